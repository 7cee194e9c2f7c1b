package vn.thidua.eligibility.rules;

import vn.thidua.eligibility.Candidate;
import vn.thidua.eligibility.Findings;
import vn.thidua.eligibility.Rule;
import vn.thidua.shared.LegalBasis;
import vn.thidua.shared.LegalReference.Certainty;

/**
 * Emulation titles are judged each year on the year's work; a thematic or sudden achievement is
 * rewarded with a form of commendation, not a title (docs/legal-reference.md §2.1 types of commendation [I]).
 */
@LegalBasis(
        document = "Luật Thi đua, khen thưởng 2022",
        article = "8",
        inForceFrom = "2024-01-01",
        certainty = Certainty.INFERRED)
public final class TitlesOnTheRegularBasisOnly implements Rule {

    @Override
    public Findings evaluate(Candidate c, int year) {
        return Findings.of(this).reject("TITLE_ON_REGULAR_BASIS_ONLY", "eligibility.titleRegularOnly");
    }
}
