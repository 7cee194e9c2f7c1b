package vn.thidua.eligibility.rules;

import vn.thidua.eligibility.Candidate;
import vn.thidua.eligibility.Findings;
import vn.thidua.eligibility.Rule;
import vn.thidua.shared.LegalBasis;
import vn.thidua.shared.LegalReference.Certainty;

/** The same principle for achievements before 2024; docs/legal-reference.md gives no article for it (R06). */
@LegalBasis(
        document = "Nghị định 91/2017/NĐ-CP",
        article = "",
        inForceFrom = "2017-07-31",
        inForceUntil = "2023-12-31",
        certainty = Certainty.INFERRED)
public final class NoDisciplineInThePeriodBefore2024 implements Rule {

    private final int years;

    public NoDisciplineInThePeriodBefore2024(int years) {
        this.years = years;
    }

    @Override
    public Findings evaluate(Candidate c, int year) {
        return DisciplineWindow.check(Findings.of(this), c, year, years);
    }

    @Override
    public Findings evaluate(Candidate c, int year, java.time.LocalDate reviewDate) {
        return DisciplineWindow.check(Findings.of(this), c, year, years, reviewDate);
    }
}
