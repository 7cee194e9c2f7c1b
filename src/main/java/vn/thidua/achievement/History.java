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
        List<DisciplineEntry> discipline,
        List<ProductionModelEntry> productionModels) {

    /** A record without production models (everyone but farmers). */
    public History(
            Long personId,
            boolean directWorker,
            List<RatingEntry> ratings,
            List<TitleEntry> titles,
            List<AwardEntry> awards,
            List<InitiativeEntry> initiatives,
            List<DisciplineEntry> discipline) {
        this(personId, directWorker, ratings, titles, awards, initiatives, discipline, List.of());
    }

    public record RatingEntry(int year, Rating rating) {}

    public record TitleEntry(int year, Award title, String decision) {}

    /** A form received; {@code basis} tells a regular award from a thematic or sudden one. */
    public record AwardEntry(LocalDate date, Award form, String decision, Basis basis) {

        public AwardEntry(LocalDate date, Award form, String decision) {
            this(date, form, decision, Basis.REGULAR);
        }
    }

    public record InitiativeEntry(int year, InitiativeScope scope, String name) {}

    /**
     * A farmer's production model (mô hình sản xuất, kinh doanh giỏi), effective and stable from
     * {@code since} to {@code until} inclusive (null: still running), as the commune confirmed it
     * (Luật TĐKT 2022 Điều 73 khoản 2; docs/legal-reference.md R14).
     */
    public record ProductionModelEntry(int since, Integer until, String name, String note) {}

    public record DisciplineEntry(LocalDate from, LocalDate to, DisciplineForm form, String note) {}
}
