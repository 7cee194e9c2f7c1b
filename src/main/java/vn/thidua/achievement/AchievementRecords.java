package vn.thidua.achievement;

import java.time.LocalDate;
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
                                "select award_date, form, decision from achievement_award where person_id = :p order by award_date")
                        .param("p", personId)
                        .query((rs, n) -> new History.AwardEntry(
                                rs.getObject(1, LocalDate.class), Award.valueOf(rs.getString(2)), rs.getString(3)))
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

    /** Records (or corrects) the yearly rating. */
    @PreAuthorize(WRITERS)
    @Transactional
    public void rate(Long personId, int year, Rating rating) {
        people.visible(personId);
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
        people.visible(personId);
        jdbc.sql("insert into achievement_award (person_id, award_date, form, decision) values (:p, :d, :f, :n)")
                .param("p", personId)
                .param("d", date)
                .param("f", form.name())
                .param("n", decision)
                .update();
        audit(personId, "award", date + "=" + form + " " + decision);
    }

    @PreAuthorize(WRITERS)
    @Transactional
    public void recordInitiative(Long personId, int year, InitiativeScope scope, String name) {
        people.visible(personId);
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
