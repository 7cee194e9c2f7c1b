package vn.thidua.report.dashboard;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Awards by form, unit, year and method, and the shares going to leaders, to women and to direct workers and
 * farmers, with the trend over ten years. Counts every award once; a classification not recorded is counted as
 * "not stated", never guessed (direct workers of legacy records are read from the person's {@code direct_worker}).
 */
@Component
class AwardsDashboard {

    static final Set<String> LEADER_TIERS = Set.of("CENTRAL_LEADER", "DEPARTMENT_LEADER", "OTHER_LEADER");
    static final List<String> METHODS =
            List.of("REGULAR", "THEMATIC", "EXTRAORDINARY", "FOREIGN", "DEDICATION", "SENIORITY", "RESISTANCE");
    static final String NOT_STATED = "NOT_STATED";
    static final int TREND_YEARS = 10;
    static final int TOP_UNITS = 15;
    static final String ROWS = "/dashboards/awards/rows?";

    private final JdbcClient jdbc;

    AwardsDashboard(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** One group of awards alike in every dimension the dashboard shows. */
    record Group(
            int year,
            String award,
            String subject,
            Long unitId,
            String unitName,
            String method,
            String tier,
            boolean woman,
            boolean directWorker,
            long count) {

        boolean individual() {
            return "INDIVIDUAL".equals(subject);
        }

        boolean leader() {
            return individual() && tier != null && LEADER_TIERS.contains(tier);
        }

        boolean direct() {
            return individual() && ("DIRECT_WORKER".equals(tier) || tier == null && directWorker);
        }

        boolean tierNotStated() {
            return individual() && tier == null;
        }
    }

    @Transactional(readOnly = true)
    List<Group> groups(Period period, Scope.Units scope) {
        return jdbc.sql("""
                        select extract(year from f.award_day), f.award, f.subject, f.unit_id, u.name, f.method, f.tier,
                               case when f.gender = 'FEMALE' then 1 else 0 end,
                               case when f.direct_worker then 1 else 0 end, count(*)
                          from (%s) f left join organization_unit u on u.id = f.unit_id
                         where %s
                         group by extract(year from f.award_day), f.award, f.subject, f.unit_id, u.name, f.method, f.tier,
                               case when f.gender = 'FEMALE' then 1 else 0 end,
                               case when f.direct_worker then 1 else 0 end""".formatted(AwardFacts.FACTS, scope.where("f.unit_id")))
                .param("from", period.from())
                .param("end", period.end())
                .param("fromYear", period.from().getYear())
                .param("toYear", period.to().getYear())
                .params(scope.provinceWide() ? Map.of() : Map.of("units", scope.units()))
                .query((rs, n) -> new Group(
                        rs.getInt(1),
                        rs.getString(2),
                        rs.getString(3),
                        rs.getObject(4) == null ? null : rs.getLong(4),
                        rs.getString(5),
                        rs.getString(6),
                        rs.getString(7),
                        rs.getInt(8) == 1,
                        rs.getInt(9) == 1,
                        rs.getLong(10)))
                .list();
    }

    /** The dashboard's figures for the period and scope. */
    @Transactional(readOnly = true)
    List<Figure> figures(Period period, Scope.Units scope) {
        List<Group> groups = groups(period, scope);
        int lastYear = period.to().getYear();
        List<Group> trend =
                groups(Period.range(java.time.LocalDate.of(lastYear - TREND_YEARS + 1, 1, 1), period.to()), scope);
        String q = ROWS + period.query();
        return List.of(
                byForm(groups, q), shares(groups, q), byMethod(groups, q), byUnit(groups, q), trend(trend, lastYear));
    }

    private static Figure byForm(List<Group> groups, String q) {
        Map<String, long[]> byAward = new TreeMap<>();
        for (Group g : groups) {
            long[] c = byAward.computeIfAbsent(g.award(), k -> new long[6]);
            c[0] += g.count();
            c[g.individual() ? 1 : 2] += g.count();
            if (g.individual() && g.woman()) {
                c[3] += g.count();
            }
            if (g.leader()) {
                c[4] += g.count();
            }
            if (g.direct()) {
                c[5] += g.count();
            }
        }
        List<Figure.Line> lines = new ArrayList<>();
        long[] total = new long[6];
        byAward.entrySet().stream()
                .sorted(Comparator.comparingLong((Map.Entry<String, long[]> e) -> -e.getValue()[0]))
                .forEach(e -> {
                    long[] c = e.getValue();
                    for (int i = 0; i < 6; i++) {
                        total[i] += c[i];
                    }
                    String base = q + "&award=" + e.getKey();
                    lines.add(new Figure.Line(
                            null,
                            "award." + e.getKey(),
                            values(c),
                            List.of(
                                    base,
                                    base + "&subject=INDIVIDUAL",
                                    base + "&subject=OTHER",
                                    base + "&women=true",
                                    base + "&tier=LEADER",
                                    base + "&tier=DIRECT")));
                });
        lines.add(new Figure.Line(
                null,
                "dashboard.total",
                values(total),
                List.of(
                        q,
                        q + "&subject=INDIVIDUAL",
                        q + "&subject=OTHER",
                        q + "&women=true",
                        q + "&tier=LEADER",
                        q + "&tier=DIRECT")));
        return new Figure(
                "by-form",
                "dashboard.awards.byForm",
                "bar",
                List.of(
                        "dashboard.col.total",
                        "dashboard.col.individuals",
                        "dashboard.col.collectives",
                        "dashboard.col.women",
                        "dashboard.col.leaders",
                        "dashboard.col.direct"),
                lines);
    }

    private static List<Number> values(long[] c) {
        List<Number> v = new ArrayList<>();
        for (long x : c) {
            v.add(x);
        }
        return v;
    }

    /** Individuals' shares: leaders, women, direct workers and farmers, tier not stated. */
    private static Figure shares(List<Group> groups, String q) {
        long individuals = 0;
        long leaders = 0;
        long women = 0;
        long direct = 0;
        long notStated = 0;
        for (Group g : groups) {
            if (!g.individual()) {
                continue;
            }
            individuals += g.count();
            leaders += g.leader() ? g.count() : 0;
            women += g.woman() ? g.count() : 0;
            direct += g.direct() ? g.count() : 0;
            notStated += g.tierNotStated() ? g.count() : 0;
        }
        long all = individuals;
        List<Figure.Line> lines = List.of(
                Figure.Line.of(
                        null,
                        "dashboard.share.leaders",
                        List.of(leaders, Figure.percent(leaders, all)),
                        q + "&subject=INDIVIDUAL&tier=LEADER"),
                Figure.Line.of(
                        null,
                        "dashboard.share.women",
                        List.of(women, Figure.percent(women, all)),
                        q + "&subject=INDIVIDUAL&women=true"),
                Figure.Line.of(
                        null,
                        "dashboard.share.direct",
                        List.of(direct, Figure.percent(direct, all)),
                        q + "&subject=INDIVIDUAL&tier=DIRECT"),
                Figure.Line.of(
                        null,
                        "dashboard.share.tierNotStated",
                        List.of(notStated, Figure.percent(notStated, all)),
                        q + "&subject=INDIVIDUAL&tier=NOT_STATED"),
                Figure.Line.of(
                        null,
                        "dashboard.col.individuals",
                        List.of(all, all == 0 ? 0.0 : 100.0),
                        q + "&subject=INDIVIDUAL"));
        return new Figure(
                "shares",
                "dashboard.awards.shares",
                "bar",
                List.of("dashboard.col.count", "dashboard.col.percent"),
                lines);
    }

    private static Figure byMethod(List<Group> groups, String q) {
        Map<String, Long> counts = new LinkedHashMap<>();
        METHODS.forEach(m -> counts.put(m, 0L));
        counts.put(NOT_STATED, 0L);
        long all = 0;
        for (Group g : groups) {
            counts.merge(g.method() == null ? NOT_STATED : g.method(), g.count(), Long::sum);
            all += g.count();
        }
        long total = all;
        List<Figure.Line> lines = new ArrayList<>();
        counts.forEach((m, n) -> lines.add(Figure.Line.of(
                null, "dashboard.method." + m, List.of(n, Figure.percent(n, total)), q + "&method=" + m)));
        return new Figure(
                "by-method",
                "dashboard.awards.byMethod",
                "pie",
                List.of("dashboard.col.count", "dashboard.col.percent"),
                lines);
    }

    private static Figure byUnit(List<Group> groups, String q) {
        Map<Long, long[]> counts = new LinkedHashMap<>();
        Map<Long, String> names = new java.util.HashMap<>();
        for (Group g : groups) {
            long[] c = counts.computeIfAbsent(g.unitId(), k -> new long[3]);
            c[0] += g.count();
            c[g.individual() ? 1 : 2] += g.count();
            names.put(g.unitId(), g.unitName());
        }
        List<Map.Entry<Long, long[]>> sorted = counts.entrySet().stream()
                .sorted(Comparator.comparingLong((Map.Entry<Long, long[]> e) -> -e.getValue()[0])
                        .thenComparing(e -> String.valueOf(names.get(e.getKey()))))
                .toList();
        List<Figure.Line> lines = new ArrayList<>();
        long[] rest = new long[3];
        for (int i = 0; i < sorted.size(); i++) {
            Map.Entry<Long, long[]> e = sorted.get(i);
            if (i < TOP_UNITS) {
                String base = q + "&unit=" + (e.getKey() == null ? "none" : e.getKey());
                lines.add(new Figure.Line(
                        names.get(e.getKey()),
                        e.getKey() == null ? "dashboard.unitNotStated" : null,
                        values(e.getValue()),
                        List.of(base, base + "&subject=INDIVIDUAL", base + "&subject=OTHER")));
            } else {
                for (int k = 0; k < 3; k++) {
                    rest[k] += e.getValue()[k];
                }
            }
        }
        if (sorted.size() > TOP_UNITS) {
            lines.add(new Figure.Line(
                    null, "dashboard.otherUnits", values(rest), java.util.Arrays.asList(null, null, null)));
        }
        return new Figure(
                "by-unit",
                "dashboard.awards.byUnit",
                "bar",
                List.of("dashboard.col.total", "dashboard.col.individuals", "dashboard.col.collectives"),
                lines);
    }

    private static Figure trend(List<Group> groups, int lastYear) {
        List<Figure.Line> lines = new ArrayList<>();
        for (int y = lastYear - TREND_YEARS + 1; y <= lastYear; y++) {
            long all = 0;
            long individuals = 0;
            long leaders = 0;
            long women = 0;
            long direct = 0;
            for (Group g : groups) {
                if (g.year() != y) {
                    continue;
                }
                all += g.count();
                if (g.individual()) {
                    individuals += g.count();
                    leaders += g.leader() ? g.count() : 0;
                    women += g.woman() ? g.count() : 0;
                    direct += g.direct() ? g.count() : 0;
                }
            }
            String q = ROWS + "kind=YEAR&year=" + y;
            lines.add(new Figure.Line(
                    String.valueOf(y),
                    null,
                    List.of(
                            all,
                            Figure.percent(leaders, individuals),
                            Figure.percent(women, individuals),
                            Figure.percent(direct, individuals)),
                    List.of(
                            q,
                            q + "&subject=INDIVIDUAL&tier=LEADER",
                            q + "&subject=INDIVIDUAL&women=true",
                            q + "&subject=INDIVIDUAL&tier=DIRECT")));
        }
        return new Figure(
                "trend",
                "dashboard.awards.trend",
                "line",
                List.of(
                        "dashboard.col.total",
                        "dashboard.col.leadersPct",
                        "dashboard.col.womenPct",
                        "dashboard.col.directPct"),
                lines);
    }
}
