package vn.thidua.eligibility.rules;

import vn.thidua.eligibility.Candidate;
import vn.thidua.eligibility.Findings;
import vn.thidua.eligibility.Rule;
import vn.thidua.shared.LegalBasis;
import vn.thidua.shared.LegalReference.Certainty;

/**
 * Cờ thi đua của Chính phủ for a thematic movement (Điều 25 khoản 3, docs/legal-reference.md §1.4 [C]): the
 * collective led a movement launched by the Thủ tướng, reviewed (sơ kết, tổng kết) after 05 năm trở lên.
 * The movement and its review are not in the record and are taken as met; the regular route is R10.
 */
@LegalBasis(
        document = "Luật Thi đua, khen thưởng 2022",
        article = "25",
        clause = "3",
        inForceFrom = "2024-01-01",
        certainty = Certainty.CONFIRMED)
public final class GovernmentEmulationFlagForAMovement implements Rule {

    @Override
    public Findings evaluate(Candidate c, int year) {
        return Findings.of(this)
                .assume("eligibility.assumed.ledThematicMovement")
                .assume("eligibility.assumed.collectiveConduct");
    }
}
