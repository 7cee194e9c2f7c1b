package vn.thidua.organization;

import java.time.LocalDate;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Walks mergers and splits in either direction, so a 2021 award to "Huyện Gò Dầu" is found from
 * the communes and wards that succeeded it on 1 July 2025, and a new unit's history is visible.
 */
@Component
public class Lineage {

    /** A unit reached through lineage, with the number of steps and the date of the first step. */
    public record Related(
            Long unitId,
            String code,
            String name,
            UnitKind kind,
            int steps,
            LocalDate effectiveDate,
            boolean partial) {}

    private final JdbcClient jdbc;

    Lineage(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Every unit this one descends from, nearest first. */
    public List<Related> predecessorsOf(Long unitId) {
        return walk(unitId, "successor_id", "predecessor_id");
    }

    /** Every unit that descends from this one, nearest first. */
    public List<Related> successorsOf(Long unitId) {
        return walk(unitId, "predecessor_id", "successor_id");
    }

    /** The unit itself and all its predecessors: whose records count as this unit's history. */
    public List<Long> historyIds(Long unitId) {
        List<Long> ids = new java.util.ArrayList<>();
        ids.add(unitId);
        predecessorsOf(unitId).forEach(r -> ids.add(r.unitId()));
        return ids;
    }

    private List<Related> walk(Long unitId, String from, String to) {
        String sql = """
        with recursive chain (unit_id, steps, effective_date, partial) as (
          select l.%2$s, 1, l.effective_date, l.partial
          from organization_unit_lineage l where l.%1$s = :unit
          union all
          select l.%2$s, c.steps + 1, c.effective_date, l.partial
          from organization_unit_lineage l join chain c on l.%1$s = c.unit_id
          where c.steps < 20)
        select u.id, u.code, u.name, u.kind, min(c.steps) as steps,
               min(c.effective_date) as effective_date, max(case when c.partial then 1 else 0 end) as partial
        from chain c join organization_unit u on u.id = c.unit_id
        group by u.id, u.code, u.name, u.kind
        order by min(c.steps), u.name""".formatted(from, to);
        return jdbc.sql(sql)
                .param("unit", unitId)
                .query((rs, n) -> new Related(
                        rs.getLong("id"),
                        rs.getString("code"),
                        rs.getString("name"),
                        UnitKind.valueOf(rs.getString("kind")),
                        rs.getInt("steps"),
                        rs.getObject("effective_date", LocalDate.class),
                        rs.getInt("partial") == 1))
                .list();
    }
}
