package vn.thidua.eligibility.rules;

import vn.thidua.achievement.Rating;
import vn.thidua.eligibility.Candidate;
import vn.thidua.eligibility.Findings;
import vn.thidua.eligibility.Rule;
import vn.thidua.shared.LegalBasis;

/**
 * "Lao động tiên tiến": a) hoàn thành tốt nhiệm vụ trở lên; b) tự lực, đoàn kết, tích cực tham gia
 * phong trào thi đua (docs/legal-reference.md §1.3, R01). At least 6 months employed (TT 01/2024/TT-BNV).
 */
@LegalBasis(document = "Luật Thi đua, khen thưởng 2022", article = "24", clause = "1", inForceFrom = "2024-01-01")
public final class AdvancedWorkerCriteria implements Rule {

    @Override
    public Findings evaluate(Candidate c, int year) {
        Findings findings = Findings.of(this)
                .assume("eligibility.assumed.sixMonthsEmployed")
                .assume("eligibility.assumed.conduct");
        Ratings.requireAtLeast(findings, c, year, Rating.GOOD);
        return findings;
    }
}
