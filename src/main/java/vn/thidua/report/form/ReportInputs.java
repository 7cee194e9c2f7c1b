package vn.thidua.report.form;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.HashMap;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.thidua.shared.AuditableChange;

/** Figures a form needs that no module records, entered by the Ban TĐKT per form, year, row and column. */
@Component
class ReportInputs {

    private final JdbcClient jdbc;
    private final Clock clock;
    private final org.springframework.context.ApplicationEventPublisher events;

    ReportInputs(JdbcClient jdbc, Clock clock, org.springframework.context.ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.events = events;
    }

    Map<String, Map<String, BigDecimal>> values(String formId, int year) {
        Map<String, Map<String, BigDecimal>> found = new HashMap<>();
        jdbc.sql("select row_code, col_code, amount from report_input where form_code = :f and period_year = :y")
                .param("f", formId)
                .param("y", year)
                .query(rs -> {
                    found.computeIfAbsent(rs.getString(1), k -> new HashMap<>())
                            .put(rs.getString(2), rs.getBigDecimal(3));
                });
        return found;
    }

    /** Writes every entered figure of a form and year at once (a missing one is removed). */
    @Transactional
    void save(String formId, int year, Map<String, Map<String, BigDecimal>> figures, String by) {
        Map<String, Map<String, BigDecimal>> before = values(formId, year);
        jdbc.sql("delete from report_input where form_code = :f and period_year = :y")
                .param("f", formId)
                .param("y", year)
                .update();
        figures.forEach((row, cols) -> cols.forEach((col, amount) -> {
            if (amount != null) {
                jdbc.sql("insert into report_input (form_code, period_year, row_code, col_code, amount, entered_by,"
                                + " entered_at) values (:f, :y, :r, :c, :a, :by, :at)")
                        .param("f", formId)
                        .param("y", year)
                        .param("r", row)
                        .param("c", col)
                        .param("a", amount)
                        .param("by", by)
                        .param("at", Timestamp.from(clock.instant()))
                        .update();
            }
        }));
        events.publishEvent(AuditableChange.updated(
                "report-input", formId + "/" + year, String.valueOf(before), String.valueOf(figures)));
    }
}
