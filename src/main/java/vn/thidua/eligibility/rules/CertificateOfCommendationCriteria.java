package vn.thidua.eligibility.rules;

import vn.thidua.achievement.Rating;
import vn.thidua.eligibility.Candidate;
import vn.thidua.eligibility.Findings;
import vn.thidua.eligibility.Rule;
import vn.thidua.shared.LegalBasis;

/**
 * Giấy khen, the regular route: hoàn thành tốt nhiệm vụ, có phẩm chất đạo đức tốt (docs/legal-reference.md §2.2, Đ75).
 * The province sets the detailed criteria (Đ75 k2); a household has no rating, so its achievement
 * is judged by people and taken as met here.
 */
@LegalBasis(document = "Luật Thi đua, khen thưởng 2022", article = "75", inForceFrom = "2024-01-01")
public final class CertificateOfCommendationCriteria implements Rule {

    @Override
    public Findings evaluate(Candidate c, int year) {
        return judge(Findings.of(this), c, year);
    }

    /** At least "hoàn thành tốt" (households: the achievement confirmed); the old law's too. */
    static Findings judge(Findings findings, Candidate c, int year) {
        findings.assume("eligibility.assumed.provincialDetails");
        if (c.kind() == Candidate.Kind.HOUSEHOLD) {
            return findings.assume("eligibility.assumed.householdAchievement");
        }
        Ratings.requireAtLeast(findings, c, year, Rating.GOOD);
        return findings.assume("eligibility.assumed.lawAbidingAndEthical");
    }
}
