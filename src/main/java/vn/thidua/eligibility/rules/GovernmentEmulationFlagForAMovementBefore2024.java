package vn.thidua.eligibility.rules;

import vn.thidua.eligibility.Candidate;
import vn.thidua.eligibility.Findings;
import vn.thidua.eligibility.Rule;
import vn.thidua.shared.LegalBasis;
import vn.thidua.shared.LegalReference.Certainty;

/**
 * Cờ thi đua của Chính phủ for a thematic movement before 2024 (docs/legal-reference.md §2.8): NĐ
 * 65/2014/NĐ-CP Điều 6 khoản 3 [C, text read], kept by NĐ 91/2017 [I] — the most exemplary collectives
 * of a thematic movement (phong trào thi đua theo chuyên đề) launched by the Chủ tịch nước or the Thủ
 * tướng, assessed at a review after 05 năm trở lên. The movement and its review are not in the record:
 * taken as met.
 */
@LegalBasis(
        document = "Nghị định 65/2014/NĐ-CP (giữ trong NĐ 91/2017/NĐ-CP)",
        article = "6",
        clause = "3",
        inForceFrom = "2014-08-20",
        inForceUntil = "2023-12-31",
        certainty = Certainty.INFERRED)
public final class GovernmentEmulationFlagForAMovementBefore2024 implements Rule {

    @Override
    public Findings evaluate(Candidate c, int year) {
        return Findings.of(this)
                .assume("eligibility.assumed.ledThematicMovement")
                .assume("eligibility.assumed.collectiveConduct");
    }
}
