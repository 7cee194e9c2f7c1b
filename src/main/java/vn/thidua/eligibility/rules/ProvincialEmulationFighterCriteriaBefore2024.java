package vn.thidua.eligibility.rules;

import vn.thidua.eligibility.Candidate;
import vn.thidua.eligibility.Findings;
import vn.thidua.eligibility.Rule;
import vn.thidua.shared.LegalBasis;
import vn.thidua.shared.LegalReference.Certainty;

/**
 * "Chiến sĩ thi đua cấp tỉnh" before 2024: chosen among those with 03 consecutive Chiến sĩ thi đua cơ sở
 * titles, with an initiative of provincial scope (docs/legal-reference.md §1.3: the old law had the
 * same structure [C]; R04). Years already counted for an earlier one are not counted again (R17).
 */
@LegalBasis(
        document = "Luật Thi đua, khen thưởng 2003 (sửa đổi 2013)",
        article = "22",
        clause = "",
        inForceFrom = "2004-01-01",
        inForceUntil = "2023-12-31",
        certainty = Certainty.CONFIRMED)
public final class ProvincialEmulationFighterCriteriaBefore2024 implements Rule {

    @Override
    public Findings evaluate(Candidate c, int year) {
        return ProvincialEmulationFighterCriteria.judge(
                Findings.of(this).assume("eligibility.assumed.registered"), c, year);
    }
}
