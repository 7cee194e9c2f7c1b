package vn.thidua.report.dashboard;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.thidua.movement.LaunchingMovements;
import vn.thidua.movement.Movement;
import vn.thidua.movement.MovementStatus;

/**
 * Movements' registration and progress; dossiers by stage, the time from submission to decision (median and
 * slowest), overdue steps and the units that are late. Dossiers counted are those created in the period.
 */
@Component
class WorkflowDashboard {

    static final Set<String> CLOSED = Set.of("CONCLUDED", "WITHDRAWN");
    static final List<String> STAGES = List.of(
            "DRAFT",
            "AWAITING_APPROVAL",
            "SUBMITTED",
            "UNDER_APPRAISAL",
            "RETURNED",
            "APPRAISED",
            "AT_COUNCIL",
            "CONCLUDED",
            "WITHDRAWN");

    private final JdbcClient jdbc;
    private final LaunchingMovements movements;
    private final Clock clock;

    WorkflowDashboard(JdbcClient jdbc, LaunchingMovements movements, Clock clock) {
        this.jdbc = jdbc;
        this.movements = movements;
        this.clock = clock;
    }

    /** A dossier as the dashboard reads it. */
    record DossierFact(
            long id,
            String title,
            long unitId,
            String unitName,
            String status,
            LocalDate submittedOn,
            LocalDate decidedOn,
            LocalDate dueOn,
            long overdueConsultations,
            LocalDate today) {

        /** Days from submission to the first signed decision on it, or null. */
        public Long daysToDecision() {
            return submittedOn == null || decidedOn == null ? null : ChronoUnit.DAYS.between(submittedOn, decidedOn);
        }

        public boolean overdue() {
            return dueOn != null && dueOn.isBefore(today) && !CLOSED.contains(status) && decidedOn == null;
        }
    }

    @Transactional(readOnly = true)
    List<DossierFact> dossiers(Period period, Scope.Units scope) {
        LocalDate today = LocalDate.now(clock);
        OffsetDateTime from = period.from().atStartOfDay(clock.getZone()).toOffsetDateTime();
        OffsetDateTime end = period.end().atStartOfDay(clock.getZone()).toOffsetDateTime();
        Map<String, Object> params = new HashMap<>(Map.of("from", from, "end", end, "today", today));
        if (!scope.provinceWide()) {
            params.put("units", scope.units());
        }
        return jdbc.sql("""
                        select d.id, d.title, d.proposing_unit_id, u.name, d.status, d.due_on,
                          (select min(e.happened_at) from commendation_dossier_event e
                            where e.dossier_id = d.id and e.to_status = 'SUBMITTED'),
                          (select min(x.decided_on) from decision_recipient r
                             join decision_decision x on x.id = r.decision_id
                             join commendation_nominee n on n.id = r.nominee_id
                            where n.dossier_id = d.id and x.kind = 'AWARD' and x.status = 'SIGNED'),
                          (select count(*) from commendation_consultation c
                            where c.dossier_id = d.id and c.answered_on is null and c.due_on < :today)
                          from commendation_dossier d join organization_unit u on u.id = d.proposing_unit_id
                         where d.created_at >= :from and d.created_at < :end and %s
                         order by d.id""".formatted(scope.where("d.proposing_unit_id")))
                .params(params)
                .query((rs, n) -> {
                    OffsetDateTime submitted = rs.getObject(7, OffsetDateTime.class);
                    return new DossierFact(
                            rs.getLong(1),
                            rs.getString(2),
                            rs.getLong(3),
                            rs.getString(4),
                            rs.getString(5),
                            submitted == null
                                    ? null
                                    : submitted
                                            .atZoneSameInstant(clock.getZone())
                                            .toLocalDate(),
                            rs.getObject(8, LocalDate.class),
                            rs.getObject(6, LocalDate.class),
                            rs.getLong(9),
                            today);
                })
                .list();
    }

    /** A movement's registration in the account's scope. */
    record MovementFact(
            long id,
            String name,
            int participants,
            int registered,
            List<Long> lateUnits,
            int targets,
            int targetsMet) {}

    @Transactional(readOnly = true)
    List<MovementFact> movements(Period period, Scope.Units scope) {
        LocalDate today = LocalDate.now(clock);
        List<MovementFact> facts = new ArrayList<>();
        for (Movement m : movements.visible()) {
            if (m.getStatus() == MovementStatus.DRAFT
                    || m.getPeriodFrom().isAfter(period.to())
                    || m.getPeriodTo().isBefore(period.from())) {
                continue;
            }
            List<Long> participants =
                    movements.participants(m).stream().filter(scope::covers).toList();
            Map<Long, OffsetDateTime> submitted = new HashMap<>();
            jdbc.sql("select unit_id, submitted_at, status from movement_registration where movement_id = :m")
                    .param("m", m.getId())
                    .query((rs, n) -> {
                        if (!"DRAFT".equals(rs.getString(3)) && rs.getObject(2) != null) {
                            submitted.put(rs.getLong(1), rs.getObject(2, OffsetDateTime.class));
                        }
                        return 0;
                    })
                    .list();
            LocalDate deadline = m.getRegistrationDeadline();
            List<Long> late = new ArrayList<>();
            int registered = 0;
            for (Long unit : participants) {
                OffsetDateTime at = submitted.get(unit);
                if (at != null) {
                    registered++;
                }
                if (deadline != null
                        && deadline.isBefore(today)
                        && (at == null
                                || at.atZoneSameInstant(clock.getZone())
                                        .toLocalDate()
                                        .isAfter(deadline))) {
                    late.add(unit);
                }
            }
            int[] targets = {0, 0};
            jdbc.sql("""
                            select unit_id, target_value, actual_value, higher_is_better from movement_target
                             where movement_id = :m""")
                    .param("m", m.getId())
                    .query((rs, n) -> {
                        if (scope.covers(rs.getLong(1))) {
                            targets[0]++;
                            java.math.BigDecimal actual = rs.getBigDecimal(3);
                            if (actual != null) {
                                int c = actual.compareTo(rs.getBigDecimal(2));
                                if (rs.getBoolean(4) ? c >= 0 : c <= 0) {
                                    targets[1]++;
                                }
                            }
                        }
                        return 0;
                    })
                    .list();
            facts.add(new MovementFact(
                    m.getId(), m.getName(), participants.size(), registered, late, targets[0], targets[1]));
        }
        return facts;
    }

    @Transactional(readOnly = true)
    List<Figure> figures(Period period, Scope.Units scope) {
        List<DossierFact> dossiers = dossiers(period, scope);
        List<MovementFact> moves = movements(period, scope);
        String q = "/dashboards/dossiers/rows?" + period.query();
        return List.of(
                movementsFigure(moves),
                byStage(dossiers, q),
                timeToDecision(dossiers, q),
                overdue(dossiers, q),
                lateUnits(dossiers, moves, q));
    }

    private static Figure movementsFigure(List<MovementFact> moves) {
        List<Figure.Line> lines = moves.stream()
                .map(m -> Figure.Line.of(
                        m.name(),
                        null,
                        List.of(
                                m.participants(),
                                m.registered(),
                                Figure.percent(m.registered(), m.participants()),
                                m.lateUnits().size(),
                                m.targets(),
                                m.targetsMet()),
                        "/movements/" + m.id()))
                .toList();
        return new Figure(
                "movements",
                "dashboard.flow.movements",
                "bar",
                List.of(
                        "dashboard.col.participants",
                        "dashboard.col.registered",
                        "dashboard.col.registeredPct",
                        "dashboard.col.late",
                        "dashboard.col.targets",
                        "dashboard.col.targetsMet"),
                lines);
    }

    private static Figure byStage(List<DossierFact> dossiers, String q) {
        Map<String, Long> counts = new LinkedHashMap<>();
        STAGES.forEach(s -> counts.put(s, 0L));
        dossiers.forEach(d -> counts.merge(d.status(), 1L, Long::sum));
        List<Figure.Line> lines = new ArrayList<>();
        counts.forEach((s, n) -> lines.add(Figure.Line.of(null, "dossierStatus." + s, List.of(n), q + "&status=" + s)));
        lines.add(Figure.Line.of(null, "dashboard.total", List.of((long) dossiers.size()), q));
        return new Figure("by-stage", "dashboard.flow.byStage", "bar", List.of("dashboard.col.dossiers"), lines);
    }

    private static Figure timeToDecision(List<DossierFact> dossiers, String q) {
        List<DossierFact> decided = dossiers.stream()
                .filter(d -> d.daysToDecision() != null)
                .sorted(Comparator.comparingLong(DossierFact::daysToDecision))
                .toList();
        long waiting = dossiers.stream()
                .filter(d -> d.submittedOn() != null && d.decidedOn() == null && !CLOSED.contains(d.status()))
                .count();
        List<Figure.Line> lines = new ArrayList<>();
        lines.add(Figure.Line.of(null, "dashboard.flow.decided", List.of((long) decided.size()), q + "&decided=true"));
        lines.add(Figure.Line.of(null, "dashboard.flow.median", List.of(median(decided)), q + "&decided=true"));
        DossierFact slowest = decided.isEmpty() ? null : decided.get(decided.size() - 1);
        lines.add(Figure.Line.of(
                slowest == null ? null : slowest.title(),
                slowest == null ? "dashboard.flow.slowest" : null,
                List.of(slowest == null ? 0L : slowest.daysToDecision()),
                slowest == null ? null : "/dossiers/" + slowest.id()));
        lines.add(Figure.Line.of(null, "dashboard.flow.waiting", List.of(waiting), q + "&decided=false"));
        return new Figure("time", "dashboard.flow.time", "none", List.of("dashboard.col.value"), lines);
    }

    /** The median of the days to decision (the mean of the two middle ones for an even count), one decimal. */
    static double median(List<DossierFact> sortedDecided) {
        int n = sortedDecided.size();
        if (n == 0) {
            return 0.0;
        }
        long a = sortedDecided.get((n - 1) / 2).daysToDecision();
        long b = sortedDecided.get(n / 2).daysToDecision();
        return (a + b) / 2.0;
    }

    private static Figure overdue(List<DossierFact> dossiers, String q) {
        long overdue = dossiers.stream().filter(DossierFact::overdue).count();
        long consultations =
                dossiers.stream().mapToLong(DossierFact::overdueConsultations).sum();
        return new Figure(
                "overdue",
                "dashboard.flow.overdue",
                "bar",
                List.of("dashboard.col.count"),
                List.of(
                        Figure.Line.of(null, "dashboard.flow.overdueDossiers", List.of(overdue), q + "&overdue=true"),
                        Figure.Line.of(
                                null,
                                "dashboard.flow.overdueConsultations",
                                List.of(consultations),
                                q + "&consultations=true")));
    }

    private Figure lateUnits(List<DossierFact> dossiers, List<MovementFact> moves, String q) {
        Map<Long, long[]> late = new HashMap<>();
        Map<Long, String> names = new HashMap<>();
        List<Long> lateRegistering =
                moves.stream().flatMap(m -> m.lateUnits().stream()).distinct().toList();
        if (!lateRegistering.isEmpty()) {
            jdbc.sql("select id, name from organization_unit where id in (:ids)")
                    .param("ids", lateRegistering)
                    .query((rs, n) -> names.put(rs.getLong(1), rs.getString(2)))
                    .list();
        }
        for (MovementFact m : moves) {
            m.lateUnits().forEach(u -> late.computeIfAbsent(u, k -> new long[2])[0]++);
        }
        for (DossierFact d : dossiers) {
            if (d.overdue() || d.overdueConsultations() > 0) {
                late.computeIfAbsent(d.unitId(), k -> new long[2])[1]++;
                names.put(d.unitId(), d.unitName());
            }
        }
        return new Figure(
                "late-units",
                "dashboard.flow.lateUnits",
                "bar",
                List.of("dashboard.col.lateRegistrations", "dashboard.col.overdueDossiers"),
                late.entrySet().stream()
                        .sorted(Comparator.comparingLong(
                                        (Map.Entry<Long, long[]> e) -> -(e.getValue()[0] + e.getValue()[1]))
                                .thenComparing(Map.Entry::getKey))
                        .limit(30)
                        .map(e -> new Figure.Line(
                                names.getOrDefault(e.getKey(), "#" + e.getKey()),
                                null,
                                List.of(e.getValue()[0], e.getValue()[1]),
                                java.util.Arrays.asList(null, q + "&unit=" + e.getKey() + "&overdue=true")))
                        .toList());
    }
}
