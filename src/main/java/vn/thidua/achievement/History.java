package vn.thidua.achievement;

import java.time.LocalDate;
import java.util.List;

/** A person's record as eligibility reads it, oldest first. */
public record History(
        Long personId,
        boolean directWorker,
        List<RatingEntry> ratings,
        List<TitleEntry> titles,
        List<AwardEntry> awards,
        List<InitiativeEntry> initiatives,
        List<DisciplineEntry> discipline) {

    public record RatingEntry(int year, Rating rating) {}

    public record TitleEntry(int year, Award title, String decision) {}

    /** A form received; {@code basis} tells a regular award from a thematic or sudden one. */
    public record AwardEntry(LocalDate date, Award form, String decision, Basis basis) {

        public AwardEntry(LocalDate date, Award form, String decision) {
            this(date, form, decision, Basis.REGULAR);
        }
    }

    public record InitiativeEntry(int year, InitiativeScope scope, String name) {}

    public record DisciplineEntry(LocalDate from, LocalDate to, DisciplineForm form, String note) {}
}
