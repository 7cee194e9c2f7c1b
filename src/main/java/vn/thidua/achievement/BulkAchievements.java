package vn.thidua.achievement;

import java.sql.Date;
import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writes many records at once (demo data now, Excel back-fill of legacy records later) in batches,
 * in one transaction. Callers check the records first; nothing here checks scope.
 */
@Component
public class BulkAchievements {

    private static final int BATCH = 1000;
    private final JdbcTemplate jdbc;

    BulkAchievements(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Transactional
    public void insert(List<History> histories) {
        List<Object[]> ratings = new ArrayList<>();
        List<Object[]> titles = new ArrayList<>();
        List<Object[]> awards = new ArrayList<>();
        List<Object[]> initiatives = new ArrayList<>();
        for (History h : histories) {
            h.ratings()
                    .forEach(r -> ratings.add(
                            new Object[] {h.personId(), r.year(), r.rating().name()}));
            h.titles()
                    .forEach(t -> titles.add(
                            new Object[] {h.personId(), t.year(), t.title().name(), t.decision()}));
            h.awards()
                    .forEach(a -> awards.add(new Object[] {
                        h.personId(), Date.valueOf(a.date()), a.form().name(), a.decision()
                    }));
            h.initiatives()
                    .forEach(i -> initiatives.add(
                            new Object[] {h.personId(), i.year(), i.scope().name(), i.name()}));
        }
        jdbc.batchUpdate(
                "insert into achievement_rating (person_id, rating_year, rating) values (?, ?, ?)",
                ratings,
                BATCH,
                BulkAchievements::set);
        jdbc.batchUpdate(
                "insert into achievement_title (person_id, title_year, title, decision) values (?, ?, ?, ?)",
                titles,
                BATCH,
                BulkAchievements::set);
        jdbc.batchUpdate(
                "insert into achievement_award (person_id, award_date, form, decision) values (?, ?, ?, ?)",
                awards,
                BATCH,
                BulkAchievements::set);
        jdbc.batchUpdate(
                "insert into achievement_initiative (person_id, initiative_year, scope, name) values (?, ?, ?, ?)",
                initiatives,
                BATCH,
                BulkAchievements::set);
    }

    private static void set(java.sql.PreparedStatement ps, Object[] row) throws java.sql.SQLException {
        for (int i = 0; i < row.length; i++) {
            ps.setObject(i + 1, row[i]);
        }
    }
}
