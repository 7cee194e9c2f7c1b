package vn.thidua.achievement;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.thidua.achievement.RecordTables.Subject;
import vn.thidua.organization.EditingPeople;
import vn.thidua.organization.Person;
import vn.thidua.shared.InvalidInput;

/**
 * Reading and recording a person's achievements, within the account's unit scope (a person outside
 * it is not found). Every recorded fact is audited.
 */
@Service
public class AchievementRecords implements RecordKeeping {

    private static final String WRITERS = "hasAnyRole('ADMIN', 'SPECIALIST', 'UNIT_OFFICER')";

    private final JdbcClient jdbc;
    private final EditingPeople people;
    private final RecordTables tables;

    private final java.time.Clock clock;

    AchievementRecords(JdbcClient jdbc, EditingPeople people, RecordTables tables, java.time.Clock clock) {
        this.clock = clock;
        this.jdbc = jdbc;
        this.people = people;
        this.tables = tables;
    }

    @Transactional(readOnly = true)
    public History historyOf(Long personId) {
        Person person = people.visible(personId);
        return new History(
                personId,
                person.isDirectWorker(),
                tables.ratings(Subject.PERSON, personId),
                tables.titles(Subject.PERSON, personId),
                tables.awards(Subject.PERSON, personId),
                jdbc.sql("select initiative_year, scope, name from achievement_initiative where person_id = :p"
                                + " order by initiative_year")
                        .param("p", personId)
                        .query((rs, n) -> new History.InitiativeEntry(
                                rs.getInt(1), InitiativeScope.valueOf(rs.getString(2)), rs.getString(3)))
                        .list(),
                jdbc.sql("select from_date, to_date, form, note from achievement_discipline where person_id = :p"
                                + " order by from_date")
                        .param("p", personId)
                        .query((rs, n) -> new History.DisciplineEntry(
                                rs.getObject(1, LocalDate.class),
                                rs.getObject(2, LocalDate.class),
                                DisciplineForm.valueOf(rs.getString(3)),
                                rs.getString(4)))
                        .list(),
                productionModels(personId));
    }

    private List<History.ProductionModelEntry> productionModels(Long personId) {
        return jdbc.sql("select since_year, until_year, name, note from achievement_production_model"
                        + " where person_id = :p order by since_year, id")
                .param("p", personId)
                .query((rs, n) -> new History.ProductionModelEntry(
                        rs.getInt(1), (Integer) rs.getObject(2, Integer.class), rs.getString(3), rs.getString(4)))
                .list();
    }

    /** The record as a timeline, newest year first, each fact with its id for correction. */
    @Transactional(readOnly = true)
    public Timeline timelineOf(Long personId) {
        people.visible(personId);
        List<Timeline.Entry> entries = new ArrayList<>(tables.timeline(Subject.PERSON, personId));
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
        // a production model sits under the year it began; its words say until when it ran
        entries.addAll(jdbc.sql(
                        "select id, since_year, until_year, name from achievement_production_model where person_id = :p")
                .param("p", personId)
                .query((rs, n) -> {
                    Integer until = rs.getObject(3, Integer.class);
                    return new Timeline.Entry(
                            Timeline.Kind.PRODUCTION_MODEL,
                            rs.getLong(1),
                            rs.getInt(2),
                            null,
                            null,
                            until == null ? null : String.valueOf(until),
                            rs.getString(4));
                })
                .list());
        return Timeline.of(entries);
    }

    /** Removes one fact entered by mistake; the audit trail keeps what it was. */
    @PreAuthorize(WRITERS)
    @Transactional
    public void remove(Long personId, Timeline.Kind kind, Long entryId) {
        people.visible(personId);
        tables.remove(Subject.PERSON, personId, tables.tableOf(Subject.PERSON, kind), kind, entryId);
    }

    static void requireYear(int year, java.time.Clock clock) {
        if (year < 1975 || year > LocalDate.now(clock).getYear() + 1) {
            throw InvalidInput.of("year", "validation.achievement.year", String.valueOf(year));
        }
    }

    /** Records (or corrects) the yearly rating. */
    @PreAuthorize(WRITERS)
    @Transactional
    public void rate(Long personId, int year, Rating rating) {
        people.visible(personId);
        requireYear(year, clock);
        tables.rate(Subject.PERSON, personId, year, rating);
    }

    @PreAuthorize(WRITERS)
    @Transactional
    public void grantTitle(Long personId, int year, Award title, String decision) {
        people.visible(personId);
        requireYear(year, clock);
        tables.grantTitle(Subject.PERSON, personId, year, title, decision);
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
        requireYear(date.getYear(), clock);
        tables.recordAward(Subject.PERSON, personId, date, form, decision, basis);
    }

    @PreAuthorize(WRITERS)
    @Transactional
    public void recordInitiative(Long personId, int year, InitiativeScope scope, String name) {
        people.visible(personId);
        requireYear(year, clock);
        if (name == null || name.isBlank()) {
            throw InvalidInput.of("initiativeName", "validation.required");
        }
        if (!scope.existedIn(year)) {
            // districts ended on 30/6/2025 (NĐ 129/2025): no district initiative can be dated later
            throw InvalidInput.of("scope", "validation.achievement.districtAfter2025", String.valueOf(year));
        }
        jdbc.sql("insert into achievement_initiative (person_id, initiative_year, scope, name) values (:p, :y, :s, :n)")
                .param("p", personId)
                .param("y", year)
                .param("s", scope.name())
                .param("n", name)
                .update();
        tables.audit(Subject.PERSON, personId, "initiative", year + "=" + scope + " " + name);
    }

    /**
     * Records a farmer's production model (mô hình sản xuất, kinh doanh giỏi) effective and stable from
     * {@code since} to {@code until} (null: still running), as the commune confirmed it: the
     * achievement of the farmer routes (Luật TĐKT 2022 Điều 73 khoản 2, Đ74, Đ75).
     */
    @PreAuthorize(WRITERS)
    @Transactional
    public void recordProductionModel(Long personId, int since, Integer until, String name, String note) {
        people.visible(personId);
        requireModel(since, until, name, clock);
        jdbc.sql("insert into achievement_production_model (person_id, since_year, until_year, name, note)"
                        + " values (:p, :s, :u, :n, :o)")
                .param("p", personId)
                .param("s", since)
                .param("u", until)
                .param("n", name.strip())
                .param("o", note == null || note.isBlank() ? null : note.strip())
                .update();
        tables.audit(
                Subject.PERSON,
                personId,
                "production model",
                since + ".." + (until == null ? "" : until) + " " + name.strip());
    }

    /** A model's years lie within the record's years, and it cannot end before it began. */
    static void requireModel(int since, Integer until, String name, java.time.Clock clock) {
        if (name == null || name.isBlank()) {
            throw InvalidInput.of("modelName", "validation.required");
        }
        requireYear(since, clock);
        if (since > LocalDate.now(clock).getYear()) {
            throw InvalidInput.of("modelSince", "validation.achievement.modelFuture", String.valueOf(since));
        }
        if (until != null) {
            if (until > LocalDate.now(clock).getYear()) {
                // "effective and stable" is a fact about years already past, not a plan
                throw InvalidInput.of("modelUntil", "validation.achievement.modelFuture", String.valueOf(until));
            }
            if (until < since) {
                throw InvalidInput.of("modelUntil", "validation.achievement.modelEnds", String.valueOf(since));
            }
        }
    }

    @PreAuthorize(WRITERS)
    @Transactional
    public void recordDiscipline(Long personId, LocalDate from, LocalDate to, DisciplineForm form, String note) {
        people.visible(personId);
        if (to != null && to.isBefore(from)) {
            throw InvalidInput.of("to", "validation.unit.validity");
        }
        jdbc.sql("insert into achievement_discipline (person_id, from_date, to_date, form, note)"
                        + " values (:p, :f, :t, :n, :o)")
                .param("p", personId)
                .param("f", from)
                .param("t", to)
                .param("n", form.name())
                .param("o", note)
                .update();
        tables.audit(
                Subject.PERSON,
                personId,
                "discipline",
                from + ".." + to + " " + form + (note == null ? "" : " " + note));
    }
}
