package vn.thidua.achievement;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.thidua.organization.EditingPeople;
import vn.thidua.organization.Person;
import vn.thidua.shared.AuditableChange;
import vn.thidua.shared.InvalidInput;

/**
 * Reading and recording a person's achievements, within the account's unit scope (a person outside
 * it is not found). Every recorded fact is audited.
 */
@Service
public class AchievementRecords {

    private static final String WRITERS = "hasAnyRole('ADMIN', 'SPECIALIST', 'UNIT_OFFICER')";

    private final JdbcClient jdbc;
    private final EditingPeople people;
    private final ApplicationEventPublisher events;

    AchievementRecords(JdbcClient jdbc, EditingPeople people, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.people = people;
        this.events = events;
    }

    @Transactional(readOnly = true)
    public History historyOf(Long personId) {
        Person person = people.visible(personId);
        return new History(
                personId,
                person.isDirectWorker(),
                jdbc.sql("select rating_year, rating from achievement_rating where person_id = :p order by rating_year")
                        .param("p", personId)
                        .query((rs, n) -> new History.RatingEntry(rs.getInt(1), Rating.valueOf(rs.getString(2))))
                        .list(),
                jdbc.sql(
                                "select title_year, title, decision from achievement_title where person_id = :p order by title_year")
                        .param("p", personId)
                        .query((rs, n) ->
                                new History.TitleEntry(rs.getInt(1), Award.valueOf(rs.getString(2)), rs.getString(3)))
                        .list(),
                jdbc.sql(
                                "select award_date, form, decision, basis from achievement_award where person_id = :p order by award_date")
                        .param("p", personId)
                        .query((rs, n) -> new History.AwardEntry(
                                rs.getObject(1, LocalDate.class),
                                Award.valueOf(rs.getString(2)),
                                rs.getString(3),
                                Basis.valueOf(rs.getString(4))))
                        .list(),
                jdbc.sql("select initiative_year, scope, name from achievement_initiative where person_id = :p"
                                + " order by initiative_year")
                        .param("p", personId)
                        .query((rs, n) -> new History.InitiativeEntry(
                                rs.getInt(1), InitiativeScope.valueOf(rs.getString(2)), rs.getString(3)))
                        .list(),
                jdbc.sql(
                                "select from_date, to_date, form, note from achievement_discipline where person_id = :p order by from_date")
                        .param("p", personId)
                        .query((rs, n) -> new History.DisciplineEntry(
                                rs.getObject(1, LocalDate.class),
                                rs.getObject(2, LocalDate.class),
                                DisciplineForm.valueOf(rs.getString(3)),
                                rs.getString(4)))
                        .list());
    }

    /** The record as a timeline, newest year first, each fact with its id for correction. */
    @Transactional(readOnly = true)
    public Timeline timelineOf(Long personId) {
        people.visible(personId);
        List<Timeline.Entry> entries = new ArrayList<>();
        entries.addAll(jdbc.sql("select id, rating_year, rating from achievement_rating where person_id = :p")
                .param("p", personId)
                .query((rs, n) -> new Timeline.Entry(
                        Timeline.Kind.RATING, rs.getLong(1), rs.getInt(2), null, null, rs.getString(3), null))
                .list());
        entries.addAll(jdbc.sql("select id, title_year, title, decision from achievement_title where person_id = :p")
                .param("p", personId)
                .query((rs, n) -> new Timeline.Entry(
                        Timeline.Kind.TITLE, rs.getLong(1), rs.getInt(2), null, null, rs.getString(3), rs.getString(4)))
                .list());
        entries.addAll(jdbc.sql(
                        "select id, award_date, form, decision, basis from achievement_award where person_id = :p")
                .param("p", personId)
                .query((rs, n) -> {
                    LocalDate date = rs.getObject(2, LocalDate.class);
                    return new Timeline.Entry(
                            Timeline.Kind.AWARD,
                            rs.getLong(1),
                            date.getYear(),
                            date,
                            null,
                            rs.getString(3),
                            rs.getString(4),
                            Basis.valueOf(rs.getString(5)));
                })
                .list());
        entries.addAll(
                jdbc.sql("select id, initiative_year, scope, name from achievement_initiative where person_id = :p")
                        .param("p", personId)
                        .query((rs, n) -> new Timeline.Entry(
                                Timeline.Kind.INITIATIVE,
                                rs.getLong(1),
                                rs.getInt(2),
                                null,
                                null,
                                rs.getString(3),
                                rs.getString(4)))
                        .list());
        entries.addAll(jdbc.sql(
                        "select id, from_date, to_date, form, note from achievement_discipline where person_id = :p")
                .param("p", personId)
                .query((rs, n) -> {
                    LocalDate from = rs.getObject(2, LocalDate.class);
                    return new Timeline.Entry(
                            Timeline.Kind.DISCIPLINE,
                            rs.getLong(1),
                            from.getYear(),
                            from,
                            rs.getObject(3, LocalDate.class),
                            rs.getString(4),
                            rs.getString(5));
                })
                .list());
        return Timeline.of(entries);
    }

    /** Removes one fact entered by mistake; the audit trail keeps what it was. */
    @PreAuthorize(WRITERS)
    @Transactional
    public void remove(Long personId, Timeline.Kind kind, Long entryId) {
        people.visible(personId);
        String table = switch (kind) {
            case RATING -> "achievement_rating";
            case TITLE -> "achievement_title";
            case AWARD -> "achievement_award";
            case INITIATIVE -> "achievement_initiative";
            case DISCIPLINE -> "achievement_discipline";
            case STANDING -> throw new IllegalArgumentException("a person has no block standing");
        };
        var before = jdbc.sql("select * from " + table + " where id = :id and person_id = :p")
                .param("id", entryId)
                .param("p", personId)
                .query()
                .listOfRows();
        if (before.isEmpty()) {
            throw InvalidInput.of("entry", "validation.achievement.gone");
        }
        jdbc.sql("delete from " + table + " where id = :id")
                .param("id", entryId)
                .update();
        events.publishEvent(AuditableChange.deleted("achievement", personId, kind + " " + before.get(0)));
    }

    static void requireYear(int year) {
        if (year < 1975 || year > LocalDate.now().getYear() + 1) {
            throw InvalidInput.of("year", "validation.achievement.year", String.valueOf(year));
        }
    }

    /** Records (or corrects) the yearly rating. */
    @PreAuthorize(WRITERS)
    @Transactional
    public void rate(Long personId, int year, Rating rating) {
        people.visible(personId);
        requireYear(year);
        int updated = jdbc.sql("update achievement_rating set rating = :r where person_id = :p and rating_year = :y")
                .param("r", rating.name())
                .param("p", personId)
                .param("y", year)
                .update();
        if (updated == 0) {
            jdbc.sql("insert into achievement_rating (person_id, rating_year, rating) values (:p, :y, :r)")
                    .param("p", personId)
                    .param("y", year)
                    .param("r", rating.name())
                    .update();
        }
        audit(personId, "rating", year + "=" + rating);
    }

    @PreAuthorize(WRITERS)
    @Transactional
    public void grantTitle(Long personId, int year, Award title, String decision) {
        people.visible(personId);
        requireYear(year);
        Integer existing = jdbc.sql(
                        "select count(*) from achievement_title where person_id = :p and title_year = :y and title = :t")
                .param("p", personId)
                .param("y", year)
                .param("t", title.name())
                .query(Integer.class)
                .single();
        if (existing > 0) {
            throw InvalidInput.of("title", "validation.achievement.titleTwice", year);
        }
        jdbc.sql("insert into achievement_title (person_id, title_year, title, decision) values (:p, :y, :t, :d)")
                .param("p", personId)
                .param("y", year)
                .param("t", title.name())
                .param("d", decision)
                .update();
        audit(personId, "title", year + "=" + title + " " + decision);
    }

    @PreAuthorize(WRITERS)
    @Transactional
    public void recordAward(Long personId, LocalDate date, Award form, String decision) {
        recordAward(personId, date, form, decision, Basis.REGULAR);
    }

    /** Records a form received on a basis: regular, thematic, sudden or long service. */
    @PreAuthorize(WRITERS)
    @Transactional
    public void recordAward(Long personId, LocalDate date, Award form, String decision, Basis basis) {
        people.visible(personId);
        requireYear(date.getYear());
        jdbc.sql("insert into achievement_award (person_id, award_date, form, decision, basis)"
                        + " values (:p, :d, :f, :n, :b)")
                .param("p", personId)
                .param("d", date)
                .param("f", form.name())
                .param("n", decision)
                .param("b", basis.name())
                .update();
        audit(personId, "award", date + "=" + form + " " + basis + " " + decision);
    }

    @PreAuthorize(WRITERS)
    @Transactional
    public void recordInitiative(Long personId, int year, InitiativeScope scope, String name) {
        people.visible(personId);
        requireYear(year);
        if (name == null || name.isBlank()) {
            throw InvalidInput.of("initiativeName", "validation.required");
        }
        jdbc.sql("insert into achievement_initiative (person_id, initiative_year, scope, name) values (:p, :y, :s, :n)")
                .param("p", personId)
                .param("y", year)
                .param("s", scope.name())
                .param("n", name)
                .update();
        audit(personId, "initiative", year + "=" + scope + " " + name);
    }

    @PreAuthorize(WRITERS)
    @Transactional
    public void recordDiscipline(Long personId, LocalDate from, LocalDate to, DisciplineForm form, String note) {
        people.visible(personId);
        if (to != null && to.isBefore(from)) {
            throw InvalidInput.of("to", "validation.unit.validity");
        }
        jdbc.sql(
                        "insert into achievement_discipline (person_id, from_date, to_date, form, note) values (:p, :f, :t, :n, :o)")
                .param("p", personId)
                .param("f", from)
                .param("t", to)
                .param("n", form.name())
                .param("o", note)
                .update();
        audit(personId, "discipline", from + ".." + to + " " + form + (note == null ? "" : " " + note));
    }

    private void audit(Long personId, String what, String value) {
        events.publishEvent(AuditableChange.created("achievement", personId, what + ": " + value));
    }
}
