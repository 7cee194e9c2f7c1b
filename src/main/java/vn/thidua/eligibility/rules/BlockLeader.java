package vn.thidua.eligibility.rules;

import vn.thidua.eligibility.Candidate;
import vn.thidua.eligibility.Findings;

/** The flags go to collectives that lead their emulation block in the year's vote (docs/legal-reference.md R09, R10). */
final class BlockLeader {

    private BlockLeader() {}

    static void require(Findings findings, Candidate c, int year) {
        c.standingIn(year)
                .ifPresentOrElse(
                        s -> {
                            if (s.rank() != 1) {
                                findings.reject("NOT_BLOCK_LEADER", "eligibility.flag.notLeader", year, s.rank());
                            }
                        },
                        () -> findings.reject("NO_BLOCK_STANDING", "eligibility.flag.noStanding", year));
    }
}
