package vn.thidua.eligibility.rules;

import vn.thidua.achievement.Rating;
import vn.thidua.eligibility.Candidate;
import vn.thidua.eligibility.Findings;
import vn.thidua.eligibility.Rule;
import vn.thidua.shared.LegalBasis;
import vn.thidua.shared.LegalReference.Certainty;

/**
 * "Lao động tiên tiến" before 2024: hoàn thành tốt nhiệm vụ; registration was a legal basis (Luật
 * 2003 Điều 10 khoản 1) and 10 months employed were needed (docs/legal-reference.md §1.1, R01, R28).
 */
@LegalBasis(
        document = "Luật Thi đua, khen thưởng 2003 (sửa đổi 2013)",
        article = "24",
        inForceFrom = "2004-01-01",
        inForceUntil = "2023-12-31",
        certainty = Certainty.INFERRED)
public final class AdvancedWorkerCriteriaBefore2024 implements Rule {

    @Override
    public Findings evaluate(Candidate c, int year) {
        Findings findings = Findings.of(this)
                .assume("eligibility.assumed.registered")
                .assume("eligibility.assumed.tenMonthsEmployed")
                .assume("eligibility.assumed.conduct");
        Ratings.requireAtLeast(findings, c, year, Rating.GOOD);
        return findings;
    }
}
