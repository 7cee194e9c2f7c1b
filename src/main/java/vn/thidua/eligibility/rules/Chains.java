package vn.thidua.eligibility.rules;

import java.util.OptionalInt;
import vn.thidua.achievement.Award;
import vn.thidua.achievement.Basis;
import vn.thidua.achievement.Rating;
import vn.thidua.eligibility.Candidate;
import vn.thidua.eligibility.Findings;

/**
 * The "5 consecutive years after the previous award" chains of upward proposals (law.md §2.2): the
 * window is the 5 years ending with the judged one, and it starts after the year of the qualifying
 * previous award, whose years cannot be counted again.
 */
final class Chains {

    static final int WINDOW = 5;

    private Chains() {}

    /** The year of the latest award of this form received up to {@code year}. */
    static OptionalInt lastAwardYear(Candidate c, Award form, int year) {
        return c.awards().stream()
                // thematic and sudden awards are not a basis for regular ones (NĐ 98/2023 Điều 4, R18)
                .filter(a -> a.form() == form
                        && a.basis() == Basis.REGULAR
                        && a.date().getYear() <= year)
                .mapToInt(a -> a.date().getYear())
                .max();
    }

    /**
     * Rejects when the prerequisite award is missing or too recent for a full window after it.
     * Returns whether the window may be judged.
     */
    static boolean requirePrerequisite(Findings findings, Candidate c, Award prerequisite, int year) {
        OptionalInt last = lastAwardYear(c, prerequisite, year);
        if (last.isEmpty()) {
            findings.reject("PREREQUISITE_MISSING", "eligibility.chain.prerequisite", prerequisite);
            return false;
        }
        if (year - last.getAsInt() < WINDOW) {
            findings.reject(
                    "WINDOW_TOO_SHORT",
                    "eligibility.chain.tooSoon",
                    prerequisite,
                    last.getAsInt(),
                    last.getAsInt() + WINDOW);
            return false;
        }
        return true;
    }

    /** Rejects every year of the window rated below {@code least} or not rated. */
    static void requireEveryYear(Findings findings, Candidate c, int year, Rating least) {
        for (int y = year - WINDOW + 1; y <= year; y++) {
            Ratings.requireAtLeast(findings, c, y, least);
        }
    }

    /** Rejects when the window holds fewer than {@code needed} Chiến sĩ thi đua cơ sở titles. */
    static void requireFighterTitles(Findings findings, Candidate c, int year, int needed) {
        int fighters = titlesInWindow(c, Award.GRASSROOTS_EMULATION_FIGHTER, year);
        if (fighters < needed) {
            findings.reject(
                    "TOO_FEW_FIGHTER_TITLES", "eligibility.chain.fighters", year - WINDOW + 1, year, fighters, needed);
        }
    }

    static int titlesInWindow(Candidate c, Award title, int year) {
        int count = 0;
        for (int y = year - WINDOW + 1; y <= year; y++) {
            count += c.holds(title, y) ? 1 : 0;
        }
        return count;
    }
}
