package vn.thidua.achievement;

import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Yearly figures from the records (only facts of a kind of recipient the award admits): how many titles and forms were given, by year and award, to
 * individuals and collectives together. Public figures: counts only, no names.
 */
@Component
public class AchievementStatistics {

    private final JdbcClient jdbc;

    AchievementStatistics(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public record Count(int year, Award award, long count) {}

    /** Titles by their year, forms by the year of their decision, from {@code fromYear} on. */
    @Transactional(readOnly = true)
    public List<Count> perYear(int fromYear) {
        return jdbc.sql("""
                select y, award, sum(n) from (
                  select title_year as y, title as award, count(*) as n from achievement_title where title_year >= :f and title in (:ind) group by title_year, title
                  union all
                  select title_year, title, count(*) from achievement_collective_title where title_year >= :f and title in (:col) group by title_year, title
                  union all
                  select extract(year from award_date), form, count(*) from achievement_award
                    where award_date >= :d and form in (:ind) group by extract(year from award_date), form
                  union all
                  select extract(year from award_date), form, count(*) from achievement_collective_award
                    where award_date >= :d and form in (:col) group by extract(year from award_date), form
                ) t group by y, award order by y, award""")
                .param("f", fromYear)
                .param("d", java.time.LocalDate.of(fromYear, 1, 1))
                .param("ind", Award.admitting(RecipientKind.INDIVIDUAL))
                .param("col", Award.admitting(RecipientKind.COLLECTIVE))
                .query((rs, n) -> new Count(rs.getInt(1), Award.valueOf(rs.getString(2)), rs.getLong(3)))
                .list();
    }

    /**
     * One award in one year: individuals (of them women, and workers, farmers and others working
     * directly — the people the province asks to put first) and collectives.
     */
    public record Breakdown(Award award, long individuals, long women, long directWorkers, long collectives) {

        public long percentDirect() {
            return individuals == 0 ? 0 : Math.round(100.0 * directWorkers / individuals);
        }
    }

    /** The awards of one year: titles of that year, forms decided in that year. */
    @Transactional(readOnly = true)
    public List<Breakdown> breakdown(int year) {
        java.util.Map<Award, long[]> rows = new java.util.TreeMap<>();
        jdbc.sql("""
                select award, count(*), sum(case when p.gender = 'FEMALE' then 1 else 0 end),
                       sum(case when p.direct_worker then 1 else 0 end) from (
                  select person_id, title as award from achievement_title where title_year = :y and title in (:ind)
                  union all
                  select person_id, form from achievement_award where award_date >= :from and award_date < :to
                    and form in (:ind)
                ) r join organization_person p on p.id = r.person_id group by award""")
                .param("y", year)
                .param("ind", Award.admitting(RecipientKind.INDIVIDUAL))
                .param("from", java.time.LocalDate.of(year, 1, 1))
                .param("to", java.time.LocalDate.of(year + 1, 1, 1))
                .query((rs, n) -> new Object[] {rs.getString(1), rs.getLong(2), rs.getLong(3), rs.getLong(4)})
                .list()
                .forEach(r ->
                        rows.put(Award.valueOf((String) r[0]), new long[] {(Long) r[1], (Long) r[2], (Long) r[3], 0}));
        jdbc.sql("""
                select award, count(*) from (
                  select title as award from achievement_collective_title where title_year = :y and title in (:col)
                  union all
                  select form from achievement_collective_award where award_date >= :from and award_date < :to
                    and form in (:col)
                ) r group by award""")
                .param("y", year)
                .param("col", Award.admitting(RecipientKind.COLLECTIVE))
                .param("from", java.time.LocalDate.of(year, 1, 1))
                .param("to", java.time.LocalDate.of(year + 1, 1, 1))
                .query((rs, n) ->
                        rows.computeIfAbsent(Award.valueOf(rs.getString(1)), a -> new long[4])[3] = rs.getLong(2))
                .list();
        return rows.entrySet().stream()
                .map(e -> new Breakdown(e.getKey(), e.getValue()[0], e.getValue()[1], e.getValue()[2], e.getValue()[3]))
                .toList();
    }
}
