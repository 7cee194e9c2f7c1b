package vn.thidua.eligibility.rules;

import vn.thidua.eligibility.Candidate;
import vn.thidua.eligibility.Findings;

/** The flags go to collectives that lead their emulation block in the year's vote (docs/legal-reference.md R09, R10). */
final class BlockLeader {

    private BlockLeader() {}

    /**
     * The flags go to collectives that exceeded their targets ("hoàn thành vượt mức"): a record rating
     * the collective below "hoàn thành xuất sắc nhiệm vụ" contradicts that, and an assumption never
     * contradicts a fact in the record (issue 17). Exceeding beyond the rating is taken as met.
     */
    static void requireExcellentRating(Findings findings, Candidate c, int year) {
        var rating = c.ratingIn(year);
        if (rating.isEmpty()) {
            findings.reject(
                    "RATING_MISSING", "eligibility.rating.missing", year, vn.thidua.achievement.Rating.EXCELLENT);
        } else if (rating.get() != vn.thidua.achievement.Rating.EXCELLENT) {
            findings.reject("FLAG_RATING_TOO_LOW", "eligibility.flag.rating", year, rating.get());
        } else {
            findings.assume("eligibility.assumed.exceededTargets");
        }
    }

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
