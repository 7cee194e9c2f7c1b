package vn.thidua.eligibility.rules;

import vn.thidua.eligibility.Candidate;
import vn.thidua.eligibility.Findings;
import vn.thidua.eligibility.Rule;
import vn.thidua.shared.LegalBasis;
import vn.thidua.shared.LegalReference.Certainty;

/**
 * Cờ thi đua của UBND tỉnh for a thematic movement (Điều 26 khoản 2, docs/legal-reference.md §1.4 [I]):
 * the collective led a movement the province launched, reviewed after 05 năm trở lên. Reconstructed by
 * analogy with Điều 25 khoản 3; the movement and its review are taken as met.
 */
@LegalBasis(
        document = "Luật Thi đua, khen thưởng 2022",
        article = "26",
        clause = "2",
        inForceFrom = "2024-01-01",
        certainty = Certainty.INFERRED)
public final class ProvincialEmulationFlagForAMovement implements Rule {

    @Override
    public Findings evaluate(Candidate c, int year) {
        return Findings.of(this)
                .assume("eligibility.assumed.ledThematicMovement")
                .assume("eligibility.assumed.collectiveConduct");
    }
}
