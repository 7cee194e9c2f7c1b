package vn.thidua.eligibility.rules;

import vn.thidua.achievement.Rating;
import vn.thidua.eligibility.Candidate;
import vn.thidua.eligibility.Findings;

/** The rating checks several provisions share. */
final class Ratings {

    private Ratings() {}

    /** Rejects a missing rating, or one below {@code least}, for the year. */
    static boolean requireAtLeast(Findings findings, Candidate c, int year, Rating least) {
        return c.ratingIn(year)
                .map(rating -> {
                    if (!rating.atLeast(least)) {
                        findings.reject("RATING_TOO_LOW", "eligibility.rating.tooLow", year, rating, least);
                        return false;
                    }
                    return true;
                })
                .orElseGet(() -> {
                    findings.reject("RATING_MISSING", "eligibility.rating.missing", year, least);
                    return false;
                });
    }
}
