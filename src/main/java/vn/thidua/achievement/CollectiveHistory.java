package vn.thidua.achievement;

import java.time.LocalDate;
import java.util.List;

/**
 * A collective's record as eligibility reads it: its own ratings, titles, forms and block standings,
 * and the tallies of its members' records for the years asked.
 */
public record CollectiveHistory(
        Long unitId,
        List<History.RatingEntry> ratings,
        List<History.TitleEntry> titles,
        List<History.AwardEntry> awards,
        List<Standing> standings,
        List<MemberTally> members) {

    /** The unit's place in its block's year-end vote. */
    public record Standing(int year, String block, int rank) {}

    /**
     * The members at the end of the year (assigned to the unit on 31 December) and what their own
     * records show for that year.
     */
    public record MemberTally(
            int year,
            int members,
            int completedDuties,
            int advancedWorkers,
            int grassrootsFighters,
            int disciplinedAtWarningOrAbove) {

        static LocalDate endOf(int year) {
            return LocalDate.of(year, 12, 31);
        }
    }
}
