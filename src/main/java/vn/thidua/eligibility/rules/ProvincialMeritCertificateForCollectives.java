package vn.thidua.eligibility.rules;

import vn.thidua.achievement.Rating;
import vn.thidua.eligibility.Candidate;
import vn.thidua.eligibility.Findings;
import vn.thidua.eligibility.Rule;
import vn.thidua.shared.LegalBasis;
import vn.thidua.shared.LegalReference.Certainty;

/**
 * Bằng khen của Chủ tịch UBND tỉnh for a collective, the regular route: 2 năm liên tục hoàn thành
 * xuất sắc nhiệm vụ, nội bộ đoàn kết (docs/legal-reference.md §2.2, R12 [I]). The routes for outstanding or sudden
 * achievements are judged by people.
 */
@LegalBasis(
        document = "Luật Thi đua, khen thưởng 2022",
        article = "74",
        clause = "2",
        inForceFrom = "2024-01-01",
        certainty = Certainty.INFERRED)
public final class ProvincialMeritCertificateForCollectives implements Rule {

    @Override
    public Findings evaluate(Candidate c, int year) {
        Findings findings = Findings.of(this).assume("eligibility.assumed.collectiveConduct");
        Ratings.requireAtLeast(findings, c, year - 1, Rating.EXCELLENT);
        Ratings.requireAtLeast(findings, c, year, Rating.EXCELLENT);
        return findings;
    }
}
