package vn.thidua.achievement;

import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Yearly figures from the records: how many titles and forms were given, by year and award, to
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
                  select title_year as y, title as award, count(*) as n from achievement_title where title_year >= :f group by title_year, title
                  union all
                  select title_year, title, count(*) from achievement_collective_title where title_year >= :f group by title_year, title
                  union all
                  select extract(year from award_date), form, count(*) from achievement_award
                    where award_date >= :d group by extract(year from award_date), form
                  union all
                  select extract(year from award_date), form, count(*) from achievement_collective_award
                    where award_date >= :d group by extract(year from award_date), form
                ) t group by y, award order by y, award""")
                .param("f", fromYear)
                .param("d", java.time.LocalDate.of(fromYear, 1, 1))
                .query((rs, n) -> new Count(rs.getInt(1), Award.valueOf(rs.getString(2)), rs.getLong(3)))
                .list();
    }
}
