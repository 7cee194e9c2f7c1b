package vn.thidua.achievement;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.thidua.achievement.RecordTables.Subject;
import vn.thidua.organization.AccessScope;
import vn.thidua.organization.UnitDirectory;
import vn.thidua.shared.InvalidInput;

/**
 * A collective's record (the unit as tập thể), within the account's unit scope; member tallies come
 * from the members' own records. Every recorded fact is audited.
 */
@Service
public class CollectiveRecords implements RecordKeeping {

    private static final String WRITERS = "hasAnyRole('ADMIN', 'SPECIALIST', 'UNIT_OFFICER')";

    private final JdbcClient jdbc;
    private final UnitDirectory units;
    private final RecordTables tables;
    private final AccessScope scope;

    private final java.time.Clock clock;

    CollectiveRecords(
            JdbcClient jdbc, UnitDirectory units, RecordTables tables, AccessScope scope, java.time.Clock clock) {
        this.clock = clock;
        this.scope = scope;
        this.jdbc = jdbc;
        this.units = units;
        this.tables = tables;
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
                tables.ratings(Subject.COLLECTIVE, unitId),
                tables.titles(Subject.COLLECTIVE, unitId),
                tables.awards(Subject.COLLECTIVE, unitId),
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
        List<Timeline.Entry> entries = new ArrayList<>(tables.timeline(Subject.COLLECTIVE, unitId));
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

    /** Removes one fact entered by mistake; the audit trail keeps what it was. */
    @PreAuthorize(WRITERS)
    @Transactional
    public void remove(Long unitId, Timeline.Kind kind, Long entryId) {
        visible(unitId);
        tables.remove(Subject.COLLECTIVE, unitId, tables.tableOf(Subject.COLLECTIVE, kind), kind, entryId);
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
        AchievementRecords.requireYear(year, clock);
        tables.rate(Subject.COLLECTIVE, unitId, year, rating);
    }

    @PreAuthorize(WRITERS)
    @Transactional
    public void grantTitle(Long unitId, int year, Award title, String decision) {
        visible(unitId);
        AchievementRecords.requireYear(year, clock);
        tables.grantTitle(Subject.COLLECTIVE, unitId, year, title, decision);
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
        AchievementRecords.requireYear(date.getYear(), clock);
        tables.recordAward(Subject.COLLECTIVE, unitId, date, form, decision, basis);
    }

    /** Records (or corrects) the unit's place in its block's year-end vote. */
    @PreAuthorize("hasAnyRole('ADMIN', 'SPECIALIST')")
    @Transactional
    public void recordStanding(Long unitId, int year, String block, int rank) {
        visible(unitId);
        AchievementRecords.requireYear(year, clock);
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
        scope.requireRecords();
        units.require(unitId);
    }

    private void audit(Long unitId, String what, String value) {
        tables.audit(Subject.COLLECTIVE, unitId, what, value);
    }
}
