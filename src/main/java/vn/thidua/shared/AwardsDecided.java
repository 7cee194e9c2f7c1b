package vn.thidua.shared;

import java.time.LocalDate;
import java.util.List;

/**
 * A signed decision gives awards: the recipients' records gain them (titles for the achievement
 * year, forms on the decision's date), where next year's eligibility reads them. {@code decision}
 * is the text records cite ("05/QĐ-UBND ngày 27/11/2026"); awards are named by their identifiers.
 */
public record AwardsDecided(
        String decision, LocalDate decidedOn, int achievementYear, String basis, List<Entry> entries) {

    /**
     * A person (personId) or a collective (unitId, personId null); {@code awardId} names the award in
     * the decision register (the awarding decision's recipient line), null for awards from elsewhere.
     */
    public record Entry(Long personId, Long unitId, String award, Long awardId) {

        public Entry(Long personId, Long unitId, String award) {
            this(personId, unitId, award, null);
        }
    }
}
