package vn.thidua.report.dashboard;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The awards behind a figure of the awards dashboard: the same facts, filtered, one line each. */
@Component
class AwardRows {

    static final int LIMIT = 500;

    private final JdbcClient jdbc;

    AwardRows(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * What a click selects; null fields select everything. {@code subject}: INDIVIDUAL or OTHER (collectives and
     * households); {@code tier}: LEADER, DIRECT or NOT_STATED; {@code method}: a method or NOT_STATED; {@code unit}: a
     * unit id, or "none" for awards whose unit is not stated.
     */
    record Filter(String award, String subject, Boolean women, String tier, String method, String unit) {

        Filter {
            award = checked("award", award, "[A-Z_]{1,60}");
            subject = checked("subject", subject, "INDIVIDUAL|OTHER");
            tier = checked("tier", tier, "LEADER|DIRECT|NOT_STATED");
            method = checked("method", method, String.join("|", AwardsDashboard.METHODS) + "|NOT_STATED");
            unit = checked("unit", unit, "none|[0-9]{1,18}");
        }

        private static String checked(String field, String value, String pattern) {
            if (value == null || value.isBlank()) {
                return null;
            }
            if (!value.matches(pattern)) {
                throw new IllegalArgumentException(field);
            }
            return value;
        }
    }

    record Row(
            LocalDate day,
            String award,
            String subject,
            String name,
            String unitName,
            String method,
            String tier,
            String source,
            Long personId,
            Long unitId) {}

    record Page(List<Row> rows, long total) {}

    @Transactional(readOnly = true)
    Page list(Period period, Scope.Units scope, Filter filter) {
        List<String> where = new ArrayList<>(List.of(scope.where("f.unit_id")));
        Map<String, Object> params = new HashMap<>();
        if (!scope.provinceWide()) {
            params.put("units", scope.units());
        }
        if (filter.award() != null) {
            where.add("f.award = :award");
            params.put("award", filter.award());
        }
        if ("INDIVIDUAL".equals(filter.subject())) {
            where.add("f.subject = 'INDIVIDUAL'");
        } else if ("OTHER".equals(filter.subject())) {
            where.add("f.subject <> 'INDIVIDUAL'");
        }
        if (Boolean.TRUE.equals(filter.women())) {
            where.add("f.subject = 'INDIVIDUAL' and f.gender = 'FEMALE'");
        }
        if (filter.tier() != null) {
            where.add(
                    switch (filter.tier()) {
                        case "LEADER" ->
                            "f.subject = 'INDIVIDUAL' and f.tier in ('CENTRAL_LEADER', 'DEPARTMENT_LEADER', 'OTHER_LEADER')";
                        case "DIRECT" ->
                            "f.subject = 'INDIVIDUAL' and (f.tier = 'DIRECT_WORKER' or f.tier is null and f.direct_worker)";
                        default -> "f.subject = 'INDIVIDUAL' and f.tier is null";
                    });
        }
        if (filter.method() != null) {
            if (AwardsDashboard.NOT_STATED.equals(filter.method())) {
                where.add("f.method is null");
            } else {
                where.add("f.method = :method");
                params.put("method", filter.method());
            }
        }
        if (filter.unit() != null) {
            if ("none".equals(filter.unit())) {
                where.add("f.unit_id is null");
            } else {
                where.add("f.unit_id = :unit");
                params.put("unit", Long.valueOf(filter.unit()));
            }
        }
        String from = "from (" + AwardFacts.FACTS + ") f left join organization_unit u on u.id = f.unit_id where "
                + String.join(" and ", where);
        params.put("from", period.from());
        params.put("end", period.end());
        params.put("fromYear", period.from().getYear());
        params.put("toYear", period.to().getYear());
        long total = jdbc.sql("select count(*) " + from)
                .params(params)
                .query(Long.class)
                .single();
        List<Row> rows = jdbc.sql("select f.award_day, f.award, f.subject, f.name, u.name, f.method, f.tier, f.src,"
                        + " f.person_id, f.unit_id " + from
                        + " order by f.award_day desc, f.name limit " + LIMIT)
                .params(params)
                .query((rs, n) -> new Row(
                        rs.getObject(1, LocalDate.class),
                        rs.getString(2),
                        rs.getString(3),
                        rs.getString(4),
                        rs.getString(5),
                        rs.getString(6),
                        rs.getString(7),
                        rs.getString(8),
                        rs.getObject(9) == null ? null : rs.getLong(9),
                        rs.getObject(10) == null ? null : rs.getLong(10)))
                .list();
        return new Page(rows, total);
    }
}
