package vn.thidua.eligibility.rules;

import vn.thidua.achievement.Rating;
import vn.thidua.eligibility.Candidate;
import vn.thidua.eligibility.Findings;
import vn.thidua.eligibility.Rule;
import vn.thidua.shared.LegalBasis;

/**
 * "Tập thể lao động xuất sắc": a) hoàn thành xuất sắc nhiệm vụ; c) 100% thành viên hoàn thành nhiệm
 * vụ, trong đó ít nhất 70% đạt Lao động tiên tiến; d) có cá nhân đạt Chiến sĩ thi đua cơ sở
 * (docs/legal-reference.md §1.4, R08). Points b) and đ) (movements, unity, obeying the law) are taken as met.
 */
@LegalBasis(document = "Luật Thi đua, khen thưởng 2022", article = "27", inForceFrom = "2024-01-01")
public final class ExcellentCollectiveCriteria implements Rule {

    @Override
    public Findings evaluate(Candidate c, int year) {
        Findings findings = Findings.of(this).assume("eligibility.assumed.collectiveConduct");
        Ratings.requireAtLeast(findings, c, year, Rating.EXCELLENT);
        Members.of(findings, c, year).ifPresent(m -> requireMembers(findings, m));
        return findings;
    }

    /** Points c) and d), shared with the old-law class. */
    static void requireMembers(Findings findings, Candidate.MemberYear m) {
        Members.requireAllCompleted(findings, m);
        Members.requireAdvancedShare(findings, m, 70, false);
        if (m.grassrootsFighters() == 0) {
            findings.reject("NO_MEMBER_FIGHTER", "eligibility.members.noFighter", m.year());
        }
    }
}
