package vn.thidua.organization;

import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.BatchPreparedStatementSetter;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.thidua.shared.VietnameseText;

/**
 * Writes many people at once (imports, demo and benchmark data) with batched inserts: the same rows
 * as {@link People#save}, at a fraction of the round trips. Callers check the rows first; the batch
 * runs in one transaction, so a failure leaves nothing written.
 */
@Component
public class BulkPeople {

    /** A person and the unit they work in from a day on. */
    public record NewPerson(PersonDetails details, Long unitId, LocalDate from) {}

    private static final int BATCH = 1000;
    private final JdbcTemplate jdbc;

    BulkPeople(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Inserts the people; returns their new ids, in the order given. */
    @Transactional
    public List<Long> insert(List<NewPerson> people) {
        return insert(people, written -> {});
    }

    /** Inserts in batches, telling {@code progress} how many rows are written so far. */
    @Transactional
    public List<Long> insert(List<NewPerson> people, java.util.function.IntConsumer progress) {
        List<Long> ids = new ArrayList<>(people.size());
        for (int from = 0; from < people.size(); from += BATCH) {
            int to = Math.min(people.size(), from + BATCH);
            ids.addAll(insertBatch(people.subList(from, to)));
            progress.accept(to);
        }
        return ids;
    }

    private List<Long> insertBatch(List<NewPerson> people) {
        KeyHolder ids = new GeneratedKeyHolder();
        jdbc.batchUpdate(
                con -> con.prepareStatement("""
        insert into organization_person (full_name, name_folded, gender, birth_date, national_id,
                                         position, direct_worker, version)
        values (?, ?, ?, ?, ?, ?, ?, 0)""", new String[] {"id"}),
                new BatchPreparedStatementSetter() {
                    @Override
                    public void setValues(PreparedStatement ps, int i) throws SQLException {
                        PersonDetails d = people.get(i).details();
                        String nationalId = VietnameseText.clean(d.nationalId());
                        set(ps, new Object[] {
                            VietnameseText.clean(d.fullName()),
                            VietnameseText.fold(d.fullName()),
                            d.gender().name(),
                            d.birthDate() == null ? null : Date.valueOf(d.birthDate()),
                            nationalId == null || nationalId.isEmpty() ? null : nationalId,
                            VietnameseText.clean(d.position()),
                            d.directWorker()
                        });
                    }

                    @Override
                    public int getBatchSize() {
                        return people.size();
                    }
                },
                ids);
        List<Object[]> keys = new ArrayList<>();
        List<Object[]> assignments = new ArrayList<>();
        List<java.util.Map<String, Object>> generated = ids.getKeyList();
        List<Long> personIds = new ArrayList<>(people.size());
        for (int i = 0; i < people.size(); i++) {
            NewPerson p = people.get(i);
            long personId = ((Number) generated.get(i).values().iterator().next()).longValue();
            personIds.add(personId);
            for (PersonNameKey key :
                    PersonNameKey.of(VietnameseText.fold(p.details().fullName()), p.unitId())) {
                keys.add(new Object[] {personId, key.nameKey(), key.unitId()});
            }
            assignments.add(new Object[] {
                personId, p.unitId(), VietnameseText.clean(p.details().position()), Date.valueOf(p.from())
            });
        }
        jdbc.batchUpdate(
                "insert into organization_person_name_key (organization_person, name_key, unit_id) values (?, ?, ?)",
                keys,
                BATCH * 4,
                BulkPeople::set);
        jdbc.batchUpdate("""
        insert into organization_assignment (organization_person, unit_id, position, from_date)
        values (?, ?, ?, ?)""", assignments, BATCH, BulkPeople::set);
        return personIds;
    }

    private static void set(PreparedStatement ps, Object[] row) throws SQLException {
        for (int i = 0; i < row.length; i++) {
            ps.setObject(i + 1, row[i]);
        }
    }
}
