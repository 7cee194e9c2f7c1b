package vn.thidua.achievement;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.thidua.organization.UnitDirectory;
import vn.thidua.shared.AuditableChange;
import vn.thidua.shared.InvalidInput;

/**
 * A collective's record (the unit as tập thể), within the account's unit scope; member tallies come
 * from the members' own records. Every recorded fact is audited.
 */
@Service
public class CollectiveRecords {

    private static final String WRITERS = "hasAnyRole('ADMIN', 'SPECIALIST', 'UNIT_OFFICER')";

    private final JdbcClient jdbc;
    private final UnitDirectory units;
    private final ApplicationEventPublisher events;

    CollectiveRecords(JdbcClient jdbc, UnitDirectory units, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.units = units;
        this.events = events;
    }

    /** The collective's record, with member tallies for {@code fromYear}..{@code toYear}. */
    @Transactional(readOnly = true)
    public CollectiveHistory historyOf(Long unitId, int fromYear, int toYear) {
        visible(unitId);
        List<CollectiveHistory.MemberTally> tallies = new ArrayList<>();
        for (int y = fromYear; y <= toYear; y++) {
            tallies.add(tally(unitId, y));
        }
        return new CollectiveHistory(
                unitId,
                jdbc.sql("select rating_year, rating from achievement_collective_rating where unit_id = :u"
                                + " order by rating_year")
                        .param("u", unitId)
                        .query((rs, n) -> new History.RatingEntry(rs.getInt(1), Rating.valueOf(rs.getString(2))))
                        .list(),
                jdbc.sql("select title_year, title, decision from achievement_collective_title where unit_id = :u"
                                + " order by title_year")
                        .param("u", unitId)
                        .query((rs, n) ->
                                new History.TitleEntry(rs.getInt(1), Award.valueOf(rs.getString(2)), rs.getString(3)))
                        .list(),
                jdbc.sql("select award_date, form, decision, basis from achievement_collective_award where unit_id = :u"
                                + " order by award_date")
                        .param("u", unitId)
                        .query((rs, n) -> new History.AwardEntry(
                                rs.getObject(1, LocalDate.class),
                                Award.valueOf(rs.getString(2)),
                                rs.getString(3),
                                Basis.valueOf(rs.getString(4))))
                        .list(),
                jdbc.sql("select standing_year, block_name, block_rank from achievement_block_standing"
                                + " where unit_id = :u order by standing_year")
                        .param("u", unitId)
                        .query((rs, n) -> new CollectiveHistory.Standing(rs.getInt(1), rs.getString(2), rs.getInt(3)))
                        .list(),
                tallies);
    }

    /** The collective's own record as a timeline, newest year first. */
    @Transactional(readOnly = true)
    public Timeline timelineOf(Long unitId) {
        visible(unitId);
        List<Timeline.Entry> entries = new ArrayList<>();
        entries.addAll(jdbc.sql("select id, rating_year, rating from achievement_collective_rating where unit_id = :u")
                .param("u", unitId)
                .query((rs, n) -> new Timeline.Entry(
                        Timeline.Kind.RATING, rs.getLong(1), rs.getInt(2), null, null, rs.getString(3), null))
                .list());
        entries.addAll(jdbc.sql(
                        "select id, title_year, title, decision from achievement_collective_title where unit_id = :u")
                .param("u", unitId)
                .query((rs, n) -> new Timeline.Entry(
                        Timeline.Kind.TITLE, rs.getLong(1), rs.getInt(2), null, null, rs.getString(3), rs.getString(4)))
                .list());
        entries.addAll(jdbc.sql(
                        "select id, award_date, form, decision, basis from achievement_collective_award where unit_id = :u")
                .param("u", unitId)
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
        entries.addAll(jdbc.sql("select id, standing_year, block_rank, block_name from achievement_block_standing"
                        + " where unit_id = :u")
                .param("u", unitId)
                .query((rs, n) -> new Timeline.Entry(
                        Timeline.Kind.STANDING,
                        rs.getLong(1),
                        rs.getInt(2),
                        null,
                        null,
                        String.valueOf(rs.getInt(3)),
                        rs.getString(4)))
                .list());
        return Timeline.of(entries);
    }

    /** The members' tally for one year (members on 31 December, by their own records). */
    @Transactional(readOnly = true)
    public CollectiveHistory.MemberTally membersIn(Long unitId, int year) {
        visible(unitId);
        return tally(unitId, year);
    }

    /** Removes one fact entered by mistake; the audit trail keeps what it was. */
    @PreAuthorize(WRITERS)
    @Transactional
    public void remove(Long unitId, Timeline.Kind kind, Long entryId) {
        visible(unitId);
        String table = switch (kind) {
            case RATING -> "achievement_collective_rating";
            case TITLE -> "achievement_collective_title";
            case AWARD -> "achievement_collective_award";
            case STANDING -> "achievement_block_standing";
            case INITIATIVE, DISCIPLINE -> throw new IllegalArgumentException("not a collective fact: " + kind);
        };
        var before = jdbc.sql("select * from " + table + " where id = :id and unit_id = :u")
                .param("id", entryId)
                .param("u", unitId)
                .query()
                .listOfRows();
        if (before.isEmpty()) {
            throw InvalidInput.of("entry", "validation.achievement.gone");
        }
        jdbc.sql("delete from " + table + " where id = :id")
                .param("id", entryId)
                .update();
        events.publishEvent(AuditableChange.deleted("collective", unitId, kind + " " + before.get(0)));
    }

    /** The members on 31 December of the year, counted from their own records. */
    private CollectiveHistory.MemberTally tally(Long unitId, int year) {
        LocalDate end = CollectiveHistory.MemberTally.endOf(year);
        return jdbc.sql("""
                select count(*),
                  coalesce(sum(case when r.rating in ('EXCELLENT', 'GOOD', 'COMPLETED') then 1 else 0 end), 0),
                  coalesce(sum(case when exists (select 1 from achievement_title t where t.person_id = m.person_id
                    and t.title_year = :y and t.title = 'ADVANCED_WORKER') then 1 else 0 end), 0),
                  coalesce(sum(case when exists (select 1 from achievement_title t where t.person_id = m.person_id
                    and t.title_year = :y and t.title = 'GRASSROOTS_EMULATION_FIGHTER') then 1 else 0 end), 0),
                  coalesce(sum(case when exists (select 1 from achievement_discipline d where d.person_id = m.person_id
                    and d.form <> 'REPRIMAND' and d.from_date <= :end and (d.to_date is null or d.to_date >= :start))
                    then 1 else 0 end), 0)
                from (select distinct a.organization_person person_id from organization_assignment a
                      where a.unit_id = :u and a.from_date <= :end and (a.to_date is null or a.to_date >= :end)) m
                left join achievement_rating r on r.person_id = m.person_id and r.rating_year = :y
                """)
                .param("u", unitId)
                .param("y", year)
                .param("start", LocalDate.of(year, 1, 1))
                .param("end", end)
                .query((rs, n) -> new CollectiveHistory.MemberTally(
                        year, rs.getInt(1), rs.getInt(2), rs.getInt(3), rs.getInt(4), rs.getInt(5)))
                .single();
    }

    @PreAuthorize(WRITERS)
    @Transactional
    public void rate(Long unitId, int year, Rating rating) {
        visible(unitId);
        AchievementRecords.requireYear(year);
        int updated = jdbc.sql(
                        "update achievement_collective_rating set rating = :r where unit_id = :u and rating_year = :y")
                .param("r", rating.name())
                .param("u", unitId)
                .param("y", year)
                .update();
        if (updated == 0) {
            jdbc.sql("insert into achievement_collective_rating (unit_id, rating_year, rating) values (:u, :y, :r)")
                    .param("u", unitId)
                    .param("y", year)
                    .param("r", rating.name())
                    .update();
        }
        audit(unitId, "rating", year + "=" + rating);
    }

    @PreAuthorize(WRITERS)
    @Transactional
    public void grantTitle(Long unitId, int year, Award title, String decision) {
        visible(unitId);
        AchievementRecords.requireYear(year);
        Integer existing = jdbc.sql("select count(*) from achievement_collective_title"
                        + " where unit_id = :u and title_year = :y and title = :t")
                .param("u", unitId)
                .param("y", year)
                .param("t", title.name())
                .query(Integer.class)
                .single();
        if (existing > 0) {
            throw InvalidInput.of("title", "validation.achievement.titleTwice", year);
        }
        jdbc.sql("insert into achievement_collective_title (unit_id, title_year, title, decision)"
                        + " values (:u, :y, :t, :d)")
                .param("u", unitId)
                .param("y", year)
                .param("t", title.name())
                .param("d", decision)
                .update();
        audit(unitId, "title", year + "=" + title + " " + decision);
    }

    @PreAuthorize(WRITERS)
    @Transactional
    public void recordAward(Long unitId, LocalDate date, Award form, String decision) {
        recordAward(unitId, date, form, decision, Basis.REGULAR);
    }

    /** Records a form the collective received on a basis: regular, thematic, sudden. */
    @PreAuthorize(WRITERS)
    @Transactional
    public void recordAward(Long unitId, LocalDate date, Award form, String decision, Basis basis) {
        visible(unitId);
        AchievementRecords.requireYear(date.getYear());
        jdbc.sql("insert into achievement_collective_award (unit_id, award_date, form, decision, basis)"
                        + " values (:u, :d, :f, :n, :b)")
                .param("u", unitId)
                .param("d", date)
                .param("f", form.name())
                .param("n", decision)
                .param("b", basis.name())
                .update();
        audit(unitId, "award", date + "=" + form + " " + basis + " " + decision);
    }

    /** Records (or corrects) the unit's place in its block's year-end vote. */
    @PreAuthorize("hasAnyRole('ADMIN', 'SPECIALIST')")
    @Transactional
    public void recordStanding(Long unitId, int year, String block, int rank) {
        visible(unitId);
        AchievementRecords.requireYear(year);
        if (rank < 1) {
            throw InvalidInput.of("rank", "validation.achievement.rank");
        }
        jdbc.sql("delete from achievement_block_standing where unit_id = :u and standing_year = :y")
                .param("u", unitId)
                .param("y", year)
                .update();
        jdbc.sql("insert into achievement_block_standing (unit_id, standing_year, block_name, block_rank)"
                        + " values (:u, :y, :b, :r)")
                .param("u", unitId)
                .param("y", year)
                .param("b", block)
                .param("r", rank)
                .update();
        audit(unitId, "standing", year + "=" + rank + " " + block);
    }

    private void visible(Long unitId) {
        units.require(unitId);
    }

    private void audit(Long unitId, String what, String value) {
        events.publishEvent(AuditableChange.created("collective", unitId, what + ": " + value));
    }
}
