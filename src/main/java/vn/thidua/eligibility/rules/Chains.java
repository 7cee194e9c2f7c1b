package vn.thidua.eligibility.rules;

import java.util.OptionalInt;
import vn.thidua.achievement.Award;
import vn.thidua.achievement.Basis;
import vn.thidua.achievement.Rating;
import vn.thidua.eligibility.Candidate;
import vn.thidua.eligibility.Findings;

/**
 * The "05 năm tiếp theo trở lên" chains of upward proposals (docs/legal-reference.md §2.2, R13–R16, R32 and "Chains
 * in general"): the counting period is the whole run from the year after the qualifying previous
 * award {@code b} to the judged year {@code y}, at least 5 years long ({@code y − b ≥ 5}), not only
 * its last 5 years. A previous award of the line is a basis once (R17): when the form being judged
 * was already received at or after the prerequisite, that prerequisite and its years are used up.
 */
final class Chains {

    /** The least number of years after the prerequisite award. */
    static final int WINDOW = 5;

    private Chains() {}

    /** The year of the latest regular award of this form received up to {@code year}. */
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
     * Rejects when the prerequisite award is missing, already used for an award of the judged form,
     * or too recent for 5 full years after it. Returns the first year of the counting period
     * ({@code b + 1}), or empty when the period cannot be judged.
     */
    static OptionalInt period(Findings findings, Candidate c, Award prerequisite, Award judged, int year) {
        OptionalInt last = lastAwardYear(c, prerequisite, year);
        if (last.isEmpty()) {
            findings.reject("PREREQUISITE_MISSING", "eligibility.chain.prerequisite", prerequisite);
            return OptionalInt.empty();
        }
        int b = last.getAsInt();
        // an award of the judged form decided for this year is dated in the year or early the next
        OptionalInt judgedBefore = lastAwardYear(c, judged, year + 1);
        if (judgedBefore.isPresent() && judgedBefore.getAsInt() >= b) {
            findings.reject(
                    "PREREQUISITE_ALREADY_USED",
                    "eligibility.chain.alreadyUsed",
                    prerequisite,
                    b,
                    judged,
                    judgedBefore.getAsInt());
            return OptionalInt.empty();
        }
        if (year - b < WINDOW) {
            findings.reject("WINDOW_TOO_SHORT", "eligibility.chain.tooSoon", prerequisite, b, b + WINDOW);
            return OptionalInt.empty();
        }
        return OptionalInt.of(b + 1);
    }

    /** Rejects every year {@code from … year} rated below {@code least} or not rated. */
    static void requireEveryYear(Findings findings, Candidate c, int from, int year, Rating least) {
        for (int y = from; y <= year; y++) {
            Ratings.requireAtLeast(findings, c, y, least);
        }
    }

    /** Rejects when {@code from … year} holds fewer than {@code needed} Chiến sĩ thi đua cơ sở titles. */
    static void requireFighterTitles(Findings findings, Candidate c, int from, int year, int needed) {
        int fighters = titlesIn(c, Award.GRASSROOTS_EMULATION_FIGHTER, from, year);
        if (fighters < needed) {
            findings.reject("TOO_FEW_FIGHTER_TITLES", "eligibility.chain.fighters", from, year, fighters, needed);
        }
    }

    /** How many years of {@code from … year} hold the title. */
    static int titlesIn(Candidate c, Award title, int from, int year) {
        int count = 0;
        for (int y = from; y <= year; y++) {
            count += c.holds(title, y) ? 1 : 0;
        }
        return count;
    }

    /** Whether some year of {@code from … year} is rated at least {@code least}. */
    static boolean anyYearRated(Candidate c, int from, int year, Rating least) {
        for (int y = from; y <= year; y++) {
            if (c.ratingIn(y).filter(r -> r.atLeast(least)).isPresent()) {
                return true;
            }
        }
        return false;
    }

    /**
     * The first year a new award of {@code form} may count: the year after the latest regular one
     * received (R17), or {@code Integer.MIN_VALUE} when none was. Looks at awards dated up to the
     * year after {@code year}, since the award for a year is usually decided early the next.
     */
    static int firstUncountedYear(Candidate c, Award form, int year) {
        OptionalInt last = lastAwardYear(c, form, year + 1);
        return last.isPresent() ? last.getAsInt() + 1 : Integer.MIN_VALUE;
    }

    /**
     * Rejects when an award of {@code form} was already received for the judged year (dated in it or
     * in the next). Returns whether the year may still be judged.
     */
    static boolean requireNotYetReceived(Findings findings, Candidate c, Award form, int year) {
        OptionalInt last = lastAwardYear(c, form, year + 1);
        if (last.isPresent() && last.getAsInt() >= year) {
            findings.reject("ALREADY_RECEIVED", "eligibility.chain.alreadyReceived", form, last.getAsInt(), year);
            return false;
        }
        return true;
    }

    /**
     * The first year of the run of consecutive years rated at least {@code least} that ends at
     * {@code year} and starts no earlier than {@code earliest}; {@code year + 1} when {@code year}
     * itself is not so rated.
     */
    static int runStart(Candidate c, int year, Rating least, int earliest) {
        int from = year + 1;
        while (from - 1 >= earliest
                && c.ratingIn(from - 1).filter(r -> r.atLeast(least)).isPresent()) {
            from--;
        }
        return from;
    }

    /** Initiatives recognised in {@code from … year} at the scope or wider. */
    static long initiativesIn(Candidate c, int from, int year, vn.thidua.achievement.InitiativeScope atLeast) {
        long count = 0;
        for (int y = from; y <= year; y++) {
            count += c.initiativesIn(y, atLeast);
        }
        return count;
    }

    /**
     * Rejects a title (danh hiệu, given for a year) already held for the judged year: it is not
     * given twice for one year's achievement (R17).
     */
    static void requireTitleNotHeld(Findings findings, Candidate c, Award title, int year) {
        if (c.holds(title, year)) {
            findings.reject("ALREADY_HELD", "eligibility.title.alreadyHeld", title, year);
        }
    }
}
