package vn.thidua.movement;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.thidua.organization.AccessScope;
import vn.thidua.shared.AuditableChange;
import vn.thidua.shared.InvalidInput;

/**
 * A movement's targets and actual figures per unit and period. The Ban TĐKT sets targets; a unit's
 * officer reports its own actual figures. Progress is the share of the target reached (or, for an
 * indicator where lower is better, how far below it the unit stays).
 */
@Service
public class Targets {

    private final JdbcClient jdbc;
    private final LaunchingMovements movements;
    private final AccessScope scope;
    private final ApplicationEventPublisher events;

    Targets(JdbcClient jdbc, LaunchingMovements movements, AccessScope scope, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.movements = movements;
        this.scope = scope;
        this.events = events;
    }

    /** One target line. */
    public record Line(
            Long id,
            Long unitId,
            Indicator indicator,
            String label,
            int year,
            BigDecimal target,
            BigDecimal actual,
            String measure,
            boolean higherIsBetter,
            int version) {

        /** Percent of the target reached, capped at 100 for the bar; null before the actual is known. */
        public Integer progress() {
            if (actual == null || target.signum() == 0) {
                return null;
            }
            BigDecimal ratio = higherIsBetter
                    ? actual.divide(target, 4, RoundingMode.HALF_UP)
                    : target.divide(actual.signum() == 0 ? new BigDecimal("0.0001") : actual, 4, RoundingMode.HALF_UP);
            return Math.min(
                    100,
                    ratio.movePointRight(2).setScale(0, RoundingMode.HALF_UP).intValue());
        }

        public boolean met() {
            return actual != null && (higherIsBetter ? actual.compareTo(target) >= 0 : actual.compareTo(target) <= 0);
        }
    }

    @Transactional(readOnly = true)
    public List<Line> of(Long movementId) {
        movements.visible(movementId);
        return jdbc
                .sql("""
                select id, unit_id, indicator, label, period_year, target_value, actual_value, measure,
                  higher_is_better, version from movement_target where movement_id = :m
                order by period_year, indicator, label, unit_id""")
                .param("m", movementId)
                .query((rs, n) -> new Line(
                        rs.getLong(1),
                        rs.getLong(2),
                        Indicator.valueOf(rs.getString(3)),
                        rs.getString(4),
                        rs.getInt(5),
                        rs.getBigDecimal(6),
                        rs.getBigDecimal(7),
                        rs.getString(8),
                        rs.getBoolean(9),
                        rs.getInt(10)))
                .list()
                .stream()
                .filter(l -> scope.provinceWide() || scope.covers(l.unitId()))
                .toList();
    }

    /** Sets a unit's target for an indicator and year (the Ban TĐKT). */
    @PreAuthorize("hasAnyRole('ADMIN', 'SPECIALIST')")
    @Transactional
    public void setTarget(
            Long movementId,
            Long unitId,
            Indicator indicator,
            String label,
            int year,
            BigDecimal target,
            String measure,
            boolean higherIsBetter) {
        movements.visible(movementId);
        if (target == null) {
            throw InvalidInput.of("targetValue", "validation.required");
        }
        String text = label == null || label.isBlank() ? null : label.strip();
        if (indicator == Indicator.PLAN_TARGET && text == null) {
            throw InvalidInput.of("label", "validation.target.label");
        }
        int updated = jdbc.sql("update movement_target set target_value = :t, measure = :me, higher_is_better = :h,"
                        + " updated_by = :by, version = version + 1 where movement_id = :m and unit_id = :u"
                        + " and indicator = :i and coalesce(label, '') = coalesce(:l, '') and period_year = :y")
                .param("t", target)
                .param("me", measure)
                .param("h", higherIsBetter)
                .param("by", scope.actor().username())
                .param("m", movementId)
                .param("u", unitId)
                .param("i", indicator.name())
                .param("l", text)
                .param("y", year)
                .update();
        if (updated == 0) {
            jdbc.sql("insert into movement_target (movement_id, unit_id, indicator, label, period_year, target_value,"
                            + " measure, higher_is_better, updated_by) values (:m, :u, :i, :l, :y, :t, :me, :h, :by)")
                    .param("m", movementId)
                    .param("u", unitId)
                    .param("i", indicator.name())
                    .param("l", text)
                    .param("y", year)
                    .param("t", target)
                    .param("me", measure)
                    .param("h", higherIsBetter)
                    .param("by", scope.actor().username())
                    .update();
        }
        events.publishEvent(AuditableChange.created(
                "target",
                movementId,
                "unit=" + unitId + " " + indicator + " " + text + " " + year + " target=" + target));
    }

    /** A unit reports its actual figure; the version it read must still be current. */
    @PreAuthorize("hasAnyRole('ADMIN', 'SPECIALIST', 'UNIT_OFFICER')")
    @Transactional
    public void reportActual(Long targetId, int expectedVersion, BigDecimal actual) {
        Long unit = jdbc.sql("select unit_id from movement_target where id = :id")
                .param("id", targetId)
                .query(Long.class)
                .optional()
                .orElseThrow(() -> InvalidInput.of("targetId", "validation.target.unknown"));
        scope.requireUnit(unit);
        int updated = jdbc.sql("update movement_target set actual_value = :a, updated_by = :by, version = version + 1"
                        + " where id = :id and version = :v")
                .param("a", actual)
                .param("by", scope.actor().username())
                .param("id", targetId)
                .param("v", expectedVersion)
                .update();
        if (updated == 0) {
            throw new org.springframework.dao.OptimisticLockingFailureException("target " + targetId + " changed");
        }
        events.publishEvent(AuditableChange.created("target-actual", targetId, "actual=" + actual));
    }
}
