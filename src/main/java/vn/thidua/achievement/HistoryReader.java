package vn.thidua.achievement;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads many people's records at once, in person order: one ordered pass over each record table,
 * merged in memory, so a whole province costs seven sequential reads instead of seven queries a person.
 * Callers check scope; this reads what it is asked.
 */
@Component
public class HistoryReader {

    private static final int FETCH = 5_000;
    private final JdbcClient jdbc;

    HistoryReader(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Which people: everyone, or the people currently assigned to one of the units. With
     * {@code unitAt}, each history also carries the unit the person belonged to on that day.
     */
    public record Selection(List<Long> unitIds, LocalDate unitAt, long fromId, long toId, boolean texts) {

        public static Selection everyone(LocalDate unitAt) {
            return new Selection(null, unitAt, Long.MIN_VALUE, Long.MAX_VALUE, true);
        }

        public static Selection currentlyIn(List<Long> unitIds, LocalDate unitAt) {
            return new Selection(List.copyOf(unitIds), unitAt, Long.MIN_VALUE, Long.MAX_VALUE, true);
        }

        /** The same people, only those whose id lies in {@code from..to}: a slice for one worker. */
        public Selection slice(long from, long to) {
            return new Selection(unitIds, unitAt, from, to, texts);
        }

        /** Without decision numbers, initiative names and notes, which judging never reads. */
        public Selection factsOnly() {
            return new Selection(unitIds, unitAt, fromId, toId, false);
        }
    }

    /** The smallest and largest person id, to cut the province into slices. */
    @Transactional(readOnly = true)
    public long[] idRange() {
        return jdbc.sql("select coalesce(min(id), 0), coalesce(max(id), 0) from organization_person")
                .query((rs, n) -> new long[] {rs.getLong(1), rs.getLong(2)})
                .single();
    }

    /** A person's history, the unit they belonged to on the selection's day, and their gender. */
    public record Read(History history, Long unitAt, String fullName, String gender) {}

    /** Calls {@code each} once per selected person, in id order. */
    @Transactional(readOnly = true)
    public void forEach(Selection selection, Consumer<Read> each) {
        String people = " where %1$s between :from and :to"
                + (selection.unitIds() == null
                        ? ""
                        : " and %1$s in (select a.organization_person from organization_assignment a"
                                + " where a.to_date is null and a.unit_id in (:units))");
        try (Stream<Object[]> persons =
                        query("""
                        select p.id, p.direct_worker, p.full_name, p.gender,
                          (select max(a.unit_id) from organization_assignment a where a.organization_person = p.id
                             and a.from_date <= :at and (a.to_date is null or a.to_date >= :at))
                        from organization_person p""" + people.formatted("p.id") + " order by p.id", selection, rs -> new Object[] {
                            rs.getLong(1), rs.getBoolean(2), rs.getString(3), rs.getString(4), rs.getObject(5)
                        });
                Stream<Object[]> ratings = query(
                        "select person_id, rating_year, rating from achievement_rating" + people.formatted("person_id")
                                + " order by person_id, rating_year",
                        selection,
                        rs -> new Object[] {
                            rs.getLong(1), new History.RatingEntry(rs.getInt(2), Rating.valueOf(rs.getString(3)))
                        });
                Stream<Object[]> titles = query(
                        "select person_id, title_year, title, " + text(selection, "decision")
                                + " from achievement_title" + people.formatted("person_id")
                                + " order by person_id, title_year",
                        selection,
                        rs -> new Object[] {
                            rs.getLong(1),
                            new History.TitleEntry(rs.getInt(2), Award.valueOf(rs.getString(3)), rs.getString(4))
                        });
                Stream<Object[]> awards = query(
                        "select person_id, award_date, form, " + text(selection, "decision")
                                + ", basis from achievement_award" + people.formatted("person_id")
                                + " order by person_id, award_date",
                        selection,
                        rs -> new Object[] {
                            rs.getLong(1),
                            new History.AwardEntry(
                                    rs.getObject(2, LocalDate.class),
                                    Award.valueOf(rs.getString(3)),
                                    rs.getString(4),
                                    Basis.valueOf(rs.getString(5)))
                        });
                Stream<Object[]> initiatives = query(
                        "select person_id, initiative_year, scope, " + text(selection, "name")
                                + " from achievement_initiative" + people.formatted("person_id")
                                + " order by person_id, initiative_year",
                        selection,
                        rs -> new Object[] {
                            rs.getLong(1),
                            new History.InitiativeEntry(
                                    rs.getInt(2), InitiativeScope.valueOf(rs.getString(3)), rs.getString(4))
                        });
                Stream<Object[]> discipline = query(
                        "select person_id, from_date, to_date, form, " + text(selection, "note")
                                + " from achievement_discipline" + people.formatted("person_id")
                                + " order by person_id, from_date",
                        selection,
                        rs -> new Object[] {
                            rs.getLong(1),
                            new History.DisciplineEntry(
                                    rs.getObject(2, LocalDate.class),
                                    rs.getObject(3, LocalDate.class),
                                    DisciplineForm.valueOf(rs.getString(4)),
                                    rs.getString(5))
                        });
                Stream<Object[]> models = query(
                        "select person_id, since_year, until_year, " + text(selection, "name") + ", "
                                + text(selection, "note") + " from achievement_production_model"
                                + people.formatted("person_id") + " order by person_id, since_year, id",
                        selection,
                        rs -> new Object[] {
                            rs.getLong(1),
                            new History.ProductionModelEntry(
                                    rs.getInt(2), rs.getObject(3, Integer.class), rs.getString(4), rs.getString(5))
                        })) {
            Cursor<History.RatingEntry> r = new Cursor<>(ratings.iterator());
            Cursor<History.TitleEntry> t = new Cursor<>(titles.iterator());
            Cursor<History.AwardEntry> a = new Cursor<>(awards.iterator());
            Cursor<History.InitiativeEntry> i = new Cursor<>(initiatives.iterator());
            Cursor<History.DisciplineEntry> d = new Cursor<>(discipline.iterator());
            Cursor<History.ProductionModelEntry> m = new Cursor<>(models.iterator());
            Iterator<Object[]> it = persons.iterator();
            while (it.hasNext()) {
                Object[] p = it.next();
                long id = (Long) p[0];
                History history = new History(
                        id, (Boolean) p[1], r.take(id), t.take(id), a.take(id), i.take(id), d.take(id), m.take(id));
                Object unit = p[4];
                each.accept(new Read(
                        history, unit == null ? null : ((Number) unit).longValue(), (String) p[2], (String) p[3]));
            }
        }
    }

    private static String text(Selection selection, String column) {
        return selection.texts() ? column : "cast(null as varchar(1))";
    }

    private Stream<Object[]> query(String sql, Selection selection, RowReader reader) {
        var spec = jdbc.sql(sql)
                .withFetchSize(FETCH)
                .param("at", selection.unitAt())
                .param("from", selection.fromId())
                .param("to", selection.toId());
        if (selection.unitIds() != null) {
            spec = spec.param("units", selection.unitIds());
        }
        return spec.query((rs, n) -> reader.read(rs)).stream();
    }

    @FunctionalInterface
    private interface RowReader {
        Object[] read(ResultSet rs) throws SQLException;
    }

    /** One ordered record stream, handed out a person at a time. */
    private static final class Cursor<T> {
        private final Iterator<Object[]> rows;
        private Object[] next;

        Cursor(Iterator<Object[]> rows) {
            this.rows = rows;
            this.next = rows.hasNext() ? rows.next() : null;
        }

        @SuppressWarnings("unchecked")
        List<T> take(long personId) {
            while (next != null && (Long) next[0] < personId) { // records of people outside the selection
                next = rows.hasNext() ? rows.next() : null;
            }
            List<T> taken = new ArrayList<>(4);
            while (next != null && (Long) next[0] == personId) {
                taken.add((T) next[1]);
                next = rows.hasNext() ? rows.next() : null;
            }
            return taken;
        }
    }
}
