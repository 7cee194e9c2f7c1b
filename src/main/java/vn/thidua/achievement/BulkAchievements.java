package vn.thidua.achievement;

import java.sql.Date;
import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writes many records at once (demo data now, Excel back-fill of legacy records later) in batches,
 * in one transaction. Callers check the records first; nothing here checks scope, but a title or
 * form for a kind of recipient it does not admit refuses the whole batch.
 */
@Component
public class BulkAchievements {

    private static final int BATCH = 1000;
    private final JdbcTemplate jdbc;

    BulkAchievements(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Inserts every fact of the histories; returns how many facts were written. */
    @Transactional
    public int insert(List<History> histories) {
        List<Object[]> ratings = new ArrayList<>();
        List<Object[]> titles = new ArrayList<>();
        List<Object[]> awards = new ArrayList<>();
        List<Object[]> initiatives = new ArrayList<>();
        List<Object[]> discipline = new ArrayList<>();
        List<Object[]> models = new ArrayList<>();
        for (History h : histories) {
            h.titles().forEach(t -> RecordTables.requireFits(RecordTables.Subject.PERSON, t.title(), true));
            h.awards().forEach(a -> RecordTables.requireFits(RecordTables.Subject.PERSON, a.form(), false));
            h.ratings()
                    .forEach(r -> ratings.add(
                            new Object[] {h.personId(), r.year(), r.rating().name()}));
            h.titles()
                    .forEach(t -> titles.add(
                            new Object[] {h.personId(), t.year(), t.title().name(), t.decision()}));
            h.awards()
                    .forEach(a -> awards.add(new Object[] {
                        h.personId(),
                        Date.valueOf(a.date()),
                        a.form().name(),
                        a.decision(),
                        a.basis().name()
                    }));
            h.initiatives()
                    .forEach(i -> initiatives.add(
                            new Object[] {h.personId(), i.year(), i.scope().name(), i.name()}));
            h.discipline()
                    .forEach(d -> discipline.add(new Object[] {
                        h.personId(),
                        Date.valueOf(d.from()),
                        d.to() == null ? null : Date.valueOf(d.to()),
                        d.form().name(),
                        d.note()
                    }));
            h.productionModels()
                    .forEach(m -> models.add(new Object[] {h.personId(), m.since(), m.until(), m.name(), m.note()}));
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
                "insert into achievement_award (person_id, award_date, form, decision, basis) values (?, ?, ?, ?, ?)",
                awards,
                BATCH,
                BulkAchievements::set);
        jdbc.batchUpdate(
                "insert into achievement_initiative (person_id, initiative_year, scope, name) values (?, ?, ?, ?)",
                initiatives,
                BATCH,
                BulkAchievements::set);
        jdbc.batchUpdate(
                "insert into achievement_discipline (person_id, from_date, to_date, form, note) values (?, ?, ?, ?, ?)",
                discipline,
                BATCH,
                BulkAchievements::set);
        jdbc.batchUpdate(
                "insert into achievement_production_model (person_id, since_year, until_year, name, note)"
                        + " values (?, ?, ?, ?, ?)",
                models,
                BATCH,
                BulkAchievements::set);
        return ratings.size() + titles.size() + awards.size() + initiatives.size() + discipline.size() + models.size();
    }

    /** Inserts collectives' own records: ratings, titles, forms and block standings. */
    @Transactional
    public int insertCollectives(List<CollectiveHistory> histories) {
        List<Object[]> ratings = new ArrayList<>();
        List<Object[]> titles = new ArrayList<>();
        List<Object[]> awards = new ArrayList<>();
        List<Object[]> standings = new ArrayList<>();
        for (CollectiveHistory h : histories) {
            h.titles().forEach(t -> RecordTables.requireFits(RecordTables.Subject.COLLECTIVE, t.title(), true));
            h.awards().forEach(a -> RecordTables.requireFits(RecordTables.Subject.COLLECTIVE, a.form(), false));
            h.ratings()
                    .forEach(r -> ratings.add(
                            new Object[] {h.unitId(), r.year(), r.rating().name()}));
            h.titles()
                    .forEach(t -> titles.add(
                            new Object[] {h.unitId(), t.year(), t.title().name(), t.decision()}));
            h.awards()
                    .forEach(a -> awards.add(new Object[] {
                        h.unitId(),
                        Date.valueOf(a.date()),
                        a.form().name(),
                        a.decision(),
                        a.basis().name()
                    }));
            h.standings().forEach(st -> standings.add(new Object[] {h.unitId(), st.year(), st.block(), st.rank()}));
        }
        jdbc.batchUpdate(
                "insert into achievement_collective_rating (unit_id, rating_year, rating) values (?, ?, ?)",
                ratings,
                BATCH,
                BulkAchievements::set);
        jdbc.batchUpdate(
                "insert into achievement_collective_title (unit_id, title_year, title, decision) values (?, ?, ?, ?)",
                titles,
                BATCH,
                BulkAchievements::set);
        jdbc.batchUpdate(
                "insert into achievement_collective_award (unit_id, award_date, form, decision, basis) values (?, ?, ?, ?, ?)",
                awards,
                BATCH,
                BulkAchievements::set);
        jdbc.batchUpdate(
                "insert into achievement_block_standing (unit_id, standing_year, block_name, block_rank)"
                        + " values (?, ?, ?, ?)",
                standings,
                BATCH,
                BulkAchievements::set);
        return ratings.size() + titles.size() + awards.size() + standings.size();
    }

    private static void set(java.sql.PreparedStatement ps, Object[] row) throws java.sql.SQLException {
        for (int i = 0; i < row.length; i++) {
            if (row[i] == null) {
                ps.setNull(i + 1, ps.getParameterMetaData().getParameterType(i + 1));
            } else {
                ps.setObject(i + 1, row[i]);
            }
        }
    }
}
