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
}
