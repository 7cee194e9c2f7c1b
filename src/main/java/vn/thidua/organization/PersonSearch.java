package vn.thidua.organization;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.thidua.shared.Gender;
import vn.thidua.shared.VietnameseText;

/**
 * Finds people by any word-start of their name, ignoring diacritics and case, within the current
 * account's scope: "nguyen thi anh tuyet", "anh tuyet" and "Tuyết" all find Nguyễn Thị Ánh Tuyết.
 * A prefix is searched as a range on the name keys ({@code >= "tuyet"} and {@code < "tuyeu"}), which
 * both databases answer from an index with bound parameters (ADR 0004).
 */
@Component
public class PersonSearch {

    /** One row of the result list. */
    public record Hit(
            Long id,
            String fullName,
            Gender gender,
            LocalDate birthDate,
            String position,
            boolean directWorker,
            Long unitId,
            String unitName) {}

    /** Scopes of up to this many units are searched unit by unit; larger ones by one key scan. */
    static final int UNIT_SEEKS = 16;

    private static final String COLUMNS = """
      select p.id, p.full_name, p.gender, p.birth_date, p.position, p.direct_worker,
             u.id as unit_id, u.name as unit_name
      """;

    /** Walk the keys in name order and stop at the limit; optionally keep only some units. */
    private static final String KEY_SCAN = COLUMNS + """
      from organization_person_name_key k
      join organization_person p on p.id = k.organization_person
      left join organization_unit u on u.id = k.unit_id
      where k.name_key >= :from and k.name_key < :upTo %s
      order by k.name_key, k.organization_person limit :limit""";

    /** One bounded index seek per unit of a small scope: (unit, name range), already in name order. */
    private static final String UNIT_SEEK = """
      (select organization_person, name_key, unit_id from organization_person_name_key
       where unit_id = :unit%1$d and name_key >= :from and name_key < :upTo
       order by name_key, organization_person limit :limit)""";

    private final JdbcClient jdbc;
    private final AccessScope scope;

    PersonSearch(JdbcClient jdbc, AccessScope scope) {
        this.jdbc = jdbc;
        this.scope = scope;
    }

    /** Up to {@code limit} people whose name has a word starting with the query. */
    public List<Hit> search(String query, int limit) {
        String folded = VietnameseText.fold(query);
        if (folded.length() < 2) {
            return List.of();
        }
        String upTo = folded.substring(0, folded.length() - 1) + (char) (folded.charAt(folded.length() - 1) + 1);
        scope.requireRecords();
        Long root = scope.scopeRoot();
        JdbcClient.StatementSpec statement;
        if (root == null) {
            statement = jdbc.sql(KEY_SCAN.formatted(""));
        } else {
            List<Long> units = scope.subtree(root);
            statement = units.size() > UNIT_SEEKS
                    ? jdbc.sql(KEY_SCAN.formatted("and k.unit_id in (:units)")).param("units", units)
                    : unitSeeks(units);
        }
        Map<Long, Hit> hits = new LinkedHashMap<>();
        statement
                .param("from", folded)
                .param("upTo", upTo)
                .param("limit", limit * 2)
                .query((rs, n) -> new Hit(
                        rs.getLong("id"),
                        rs.getString("full_name"),
                        Gender.valueOf(rs.getString("gender")),
                        rs.getObject("birth_date", LocalDate.class),
                        rs.getString("position"),
                        rs.getBoolean("direct_worker"),
                        rs.getObject("unit_id", Long.class),
                        rs.getString("unit_name")))
                .list()
                .forEach(hit -> hits.putIfAbsent(hit.id(), hit));
        return new ArrayList<>(hits.values()).subList(0, Math.min(limit, hits.size()));
    }

    private JdbcClient.StatementSpec unitSeeks(List<Long> units) {
        List<String> seeks = new ArrayList<>();
        for (int i = 0; i < units.size(); i++) {
            seeks.add(UNIT_SEEK.formatted(i));
        }
        JdbcClient.StatementSpec statement = jdbc.sql(COLUMNS + """
        from (%s) k
        join organization_person p on p.id = k.organization_person
        join organization_unit u on u.id = k.unit_id
        order by k.name_key, k.organization_person limit :limit""".formatted(String.join(" union all ", seeks)));
        for (int i = 0; i < units.size(); i++) {
            statement = statement.param("unit" + i, units.get(i));
        }
        return statement;
    }
}
