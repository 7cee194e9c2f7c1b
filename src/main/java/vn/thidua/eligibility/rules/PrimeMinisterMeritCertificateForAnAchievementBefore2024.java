package vn.thidua.eligibility.rules;

import vn.thidua.eligibility.Candidate;
import vn.thidua.eligibility.Findings;
import vn.thidua.eligibility.Rule;
import vn.thidua.shared.LegalBasis;
import vn.thidua.shared.LegalReference.Certainty;

/**
 * Bằng khen của Thủ tướng for one achievement before 2024 (thematic or sudden, of provincial scope;
 * NĐ 91/2017 Điều 38 khoản 1, docs/legal-reference.md §2.2 [I]): judged by people; no chain (R18).
 */
@LegalBasis(
        document = "Nghị định 91/2017/NĐ-CP",
        article = "38",
        clause = "1",
        inForceFrom = "2017-07-31",
        inForceUntil = "2023-12-31",
        certainty = Certainty.INFERRED)
public final class PrimeMinisterMeritCertificateForAnAchievementBefore2024 implements Rule {

    @Override
    public Findings evaluate(Candidate c, int year) {
        return Findings.of(this)
                .assume("eligibility.assumed.outstandingAchievementProvincialScope")
                .assume("eligibility.assumed.lawAbidingAndEthical");
    }
}
