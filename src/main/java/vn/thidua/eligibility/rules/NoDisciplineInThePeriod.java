package vn.thidua.eligibility.rules;

import vn.thidua.eligibility.Candidate;
import vn.thidua.eligibility.Findings;
import vn.thidua.eligibility.Rule;
import vn.thidua.shared.LegalBasis;

/**
 * Không xét khen thưởng khi đang bị kỷ luật; thành tích tính từ khi hết thời hạn kỷ luật (docs/legal-reference.md R06).
 * Applies to every award: no year of the achievement may fall in a discipline period.
 */
@LegalBasis(document = "Nghị định 98/2023/NĐ-CP", article = "4", inForceFrom = "2024-01-01")
public final class NoDisciplineInThePeriod implements Rule {

    private final int years;

    /** @param years how many years, ending with the judged one, the achievement covers */
    public NoDisciplineInThePeriod(int years) {
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
