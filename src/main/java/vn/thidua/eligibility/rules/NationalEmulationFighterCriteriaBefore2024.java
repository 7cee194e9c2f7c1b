package vn.thidua.eligibility.rules;

import vn.thidua.eligibility.Candidate;
import vn.thidua.eligibility.Findings;
import vn.thidua.eligibility.Rule;
import vn.thidua.shared.LegalBasis;
import vn.thidua.shared.LegalReference.Certainty;

/**
 * "Chiến sĩ thi đua toàn quốc" before 2024: chosen among those twice consecutively Chiến sĩ thi đua
 * cấp tỉnh, with an initiative of national scope (docs/legal-reference.md §1.3, R05; the same structure
 * as the 2022 rule, whose window is itself [I]).
 */
@LegalBasis(
        document = "Luật Thi đua, khen thưởng 2003 (sửa đổi 2013)",
        article = "21",
        clause = "",
        inForceFrom = "2004-01-01",
        inForceUntil = "2023-12-31",
        certainty = Certainty.INFERRED)
public final class NationalEmulationFighterCriteriaBefore2024 implements Rule {

    @Override
    public Findings evaluate(Candidate c, int year) {
        return NationalEmulationFighterCriteria.judge(
                Findings.of(this).assume("eligibility.assumed.registered"), c, year);
    }
}
