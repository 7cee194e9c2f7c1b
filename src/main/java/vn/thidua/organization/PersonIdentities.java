package vn.thidua.organization;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.thidua.shared.VietnameseText;

/**
 * Recognises a person the way lists name them: by CCCD, or by name (ignoring case, diacritics and
 * spacing) with birth date and unit. Loaded once for a whole file, within the account's scope.
 */
@Component
public class PersonIdentities {

    private final JdbcClient jdbc;
    private final AccessScope scope;

    PersonIdentities(JdbcClient jdbc, AccessScope scope) {
        this.jdbc = jdbc;
        this.scope = scope;
    }

    /** The people the current account may see, indexed both ways. */
    @Transactional(readOnly = true)
    public Index inScope() {
        scope.requireRecords();
        Long root = scope.scopeRoot();
        String where = root == null ? "" : " and a.unit_id in (:units)";
        var spec = jdbc.sql("""
                select p.id, p.national_id, p.name_folded, p.birth_date, a.unit_id
                from organization_person p
                join organization_assignment a on a.organization_person = p.id and a.to_date is null""" + where);
        if (root != null) {
            spec = spec.param("units", scope.subtree(root));
        }
        Index index = new Index();
        spec.query((rs, n) -> {
                    index.add(
                            rs.getLong(1),
                            rs.getString(2),
                            rs.getString(3),
                            rs.getObject(4, LocalDate.class),
                            rs.getLong(5));
                    return null;
                })
                .list();
        return index;
    }

    /** What a lookup found: one person, nobody, or several the row cannot tell apart. */
    public record Match(Long personId, int candidates) {

        public boolean unique() {
            return candidates == 1;
        }
    }

    /** The people in scope, by CCCD and by name + birth date + unit. */
    public static final class Index {
        private final Map<String, Long> byNationalId = new HashMap<>();
        private final Map<String, List<Long>> byNameBirthUnit = new HashMap<>();
        private final Map<Long, Long> unitOf = new HashMap<>();

        void add(long id, String nationalId, String nameFolded, LocalDate birth, long unitId) {
            if (nationalId != null) {
                byNationalId.put(nationalId, id);
            }
            byNameBirthUnit
                    .computeIfAbsent(key(nameFolded, birth, unitId), k -> new java.util.ArrayList<>(1))
                    .add(id);
            unitOf.put(id, unitId);
        }

        private static String key(String folded, LocalDate birth, long unitId) {
            return folded + "|" + birth + "|" + unitId;
        }

        public Match byNationalId(String nationalId) {
            Long id = byNationalId.get(nationalId);
            return new Match(id, id == null ? 0 : 1);
        }

        /** By the name as written (any case, diacritics, spacing), birth date and current unit. */
        public Match byNameBirthUnit(String fullName, LocalDate birth, long unitId) {
            List<Long> ids = byNameBirthUnit.getOrDefault(key(VietnameseText.fold(fullName), birth, unitId), List.of());
            return new Match(ids.size() == 1 ? ids.get(0) : null, ids.size());
        }

        public Long unitOf(long personId) {
            return unitOf.get(personId);
        }

        public int size() {
            return unitOf.size();
        }
    }
}
