package vn.thidua.eligibility.rules;

import vn.thidua.eligibility.Candidate;
import vn.thidua.eligibility.Findings;
import vn.thidua.eligibility.Rule;
import vn.thidua.shared.LegalBasis;
import vn.thidua.shared.LegalReference.Certainty;

/**
 * Bằng khen cấp tỉnh for one achievement before 2024 (thematic or sudden; NĐ 91/2017 Điều 39 khoản 1,
 * docs/legal-reference.md §2.2 [I]): an outstanding achievement in a movement or a sudden one, judged
 * by people; no chain of years (R18).
 */
@LegalBasis(
        document = "Nghị định 91/2017/NĐ-CP",
        article = "39",
        clause = "1",
        inForceFrom = "2017-07-31",
        inForceUntil = "2023-12-31",
        certainty = Certainty.INFERRED)
public final class ProvincialMeritCertificateForAnAchievementBefore2024 implements Rule {

    @Override
    public Findings evaluate(Candidate c, int year) {
        return Findings.of(this)
                .assume("eligibility.assumed.outstandingAchievement")
                .assume("eligibility.assumed.lawAbidingAndEthical");
    }
}
