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
 */
@Component
public class PersonSearch {

  /** One row of the result list. */
  public record Hit(Long id, String fullName, Gender gender, LocalDate birthDate, String position,
      boolean directWorker, Long unitId, String unitName) {}

  private static final String SELECT = """
      select p.id, p.full_name, p.gender, p.birth_date, p.position, p.direct_worker,
             u.id as unit_id, u.name as unit_name, k.name_key
      from organization_person_name_key k
      join organization_person p on p.id = k.organization_person
      left join organization_assignment a on a.organization_person = p.id and a.to_date is null
      left join organization_unit u on u.id = a.unit_id
      """;

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
    String pattern = escapeLike(folded) + "%";
    Long root = scope.scopeRoot();
    String sql = root == null
        ? SELECT + " where k.name_key like :pattern escape '\\' order by k.name_key, p.id limit :limit"
        : """
          with recursive scope_units (id) as (
            select id from organization_unit where id = :root
            union all
            select c.id from organization_unit c join scope_units s on c.parent_id = s.id)
          """ + SELECT + """
           where k.name_key like :pattern escape '\\'
             and a.unit_id in (select id from scope_units)
           order by k.name_key, p.id limit :limit""";
    JdbcClient.StatementSpec statement =
        jdbc.sql(sql).param("pattern", pattern).param("limit", limit * 2);
    if (root != null) {
      statement = statement.param("root", root);
    }
    Map<Long, Hit> hits = new LinkedHashMap<>();
    statement.query((rs, n) -> new Hit(
            rs.getLong("id"), rs.getString("full_name"), Gender.valueOf(rs.getString("gender")),
            rs.getObject("birth_date", LocalDate.class), rs.getString("position"),
            rs.getBoolean("direct_worker"), (Long) rs.getObject("unit_id", Long.class),
            rs.getString("unit_name")))
        .list()
        .forEach(hit -> hits.putIfAbsent(hit.id(), hit));
    return new ArrayList<>(hits.values()).subList(0, Math.min(limit, hits.size()));
  }

  private static String escapeLike(String text) {
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
  }
}
