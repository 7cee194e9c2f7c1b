package vn.thidua.eligibility.rules;

import vn.thidua.eligibility.Candidate;
import vn.thidua.eligibility.Findings;

/** The discipline check both eras share: no year of the achievement may fall in a discipline period. */
final class DisciplineWindow {

    private DisciplineWindow() {}

    static Findings check(Findings findings, Candidate c, int year, int years) {
        findings.assume("eligibility.assumed.noInvestigation");
        for (int y = year - years + 1; y <= year; y++) {
            if (c.disciplinedIn(y)) {
                findings.reject("DISCIPLINE_IN_PERIOD", "eligibility.discipline", y);
            }
        }
        return findings;
    }

    /**
     * Also refused while a discipline is in force on the review date, even one that began after the
     * achievement's years (NĐ 98/2023 Điều 4: không xét khen thưởng khi đang bị kỷ luật).
     */
    static Findings check(Findings findings, Candidate c, int year, int years, java.time.LocalDate reviewDate) {
        check(findings, c, year, years);
        if (reviewDate != null && reviewDate.getYear() > year && c.disciplinedOn(reviewDate)) {
            findings.reject("DISCIPLINE_ON_REVIEW", "eligibility.disciplineOnReview", reviewDate.toString());
        }
        return findings;
    }
}
