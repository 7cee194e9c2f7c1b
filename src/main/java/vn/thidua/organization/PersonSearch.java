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

  /** Whole province: walk the name keys in order and stop at the limit. */
  private static final String PROVINCE = """
      select p.id, p.full_name, p.gender, p.birth_date, p.position, p.direct_worker,
             u.id as unit_id, u.name as unit_name
      from organization_person_name_key k
      join organization_person p on p.id = k.organization_person
      left join organization_assignment a on a.organization_person = p.id and a.to_date is null
      left join organization_unit u on u.id = a.unit_id
      where k.name_key >= :from and k.name_key < :upTo
      order by k.name_key, k.organization_person limit :limit""";

  /**
   * One unit's subtree: start from the people working there (a small share of the province), so
   * a name common elsewhere but rare in the unit does not make the query read the whole index.
   */
  private static final String SCOPED = """
      select p.id, p.full_name, p.gender, p.birth_date, p.position, p.direct_worker,
             u.id as unit_id, u.name as unit_name
      from organization_assignment a
      join organization_person_name_key k on k.organization_person = a.organization_person
      join organization_person p on p.id = a.organization_person
      join organization_unit u on u.id = a.unit_id
      where a.unit_id in (:units) and a.to_date is null
        and k.name_key >= :from and k.name_key < :upTo
      order by k.name_key, k.organization_person limit :limit""";

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
    // a prefix is a range: both databases use the index for a range with bound parameters
    String upTo = folded.substring(0, folded.length() - 1) + (char) (folded.charAt(folded.length() - 1) + 1);
    Long root = scope.scopeRoot();
    JdbcClient.StatementSpec statement = jdbc.sql(root == null ? PROVINCE : SCOPED)
        .param("from", folded).param("upTo", upTo).param("limit", limit * 2);
    if (root != null) {
      statement = statement.param("units", scope.subtree(root));
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
}
