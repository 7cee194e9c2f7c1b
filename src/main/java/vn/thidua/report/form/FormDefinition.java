package vn.thidua.report.form;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * One statistical form as data (a JSON file under {@code report/forms/<set>/}): which circular lays it down, the
 * period it is in force, its rows and columns and how each cell is computed from the facts. A newer circular's
 * annex is a new file with its own {@code validFrom}; no code changes (ADR 0029).
 *
 * <p>A cell is: the number of facts (or the sum of their amounts, {@code measure = amount}) of the column's
 * source matching both the row's and the column's {@code where}; or the sum of other columns ({@code sum}) or
 * rows; or a share in per cent of two columns ({@code share}); or a figure the Ban TĐKT enters ({@code input}).
 */
public record FormDefinition(
        String id,
        String set,
        String code,
        String circular,
        LocalDate validFrom,
        LocalDate validTo,
        String title,
        String subtitle,
        String measureUnit,
        String receiver,
        String deadline,
        String source,
        /** Whether only the province reports it (unit accounts may not open it). */
        boolean provinceOnly,
        List<Column> columns,
        List<Row> rows,
        List<Check> checks,
        List<String> uncertain) {

    public FormDefinition {
        checks = checks == null ? List.of() : checks;
        uncertain = uncertain == null ? List.of() : uncertain;
    }

    /**
     * A column: {@code group} is the upper header line it sits under (merged across neighbours with the same
     * group). {@code measure}: {@code count} (default) or {@code amount}; {@code scale} divides amounts (đồng →
     * million đồng).
     */
    public record Column(
            String code,
            String label,
            String group,
            String source,
            Map<String, List<String>> where,
            List<String> sum,
            Share share,
            boolean input,
            String measure,
            Long scale) {}

    /** A row; {@code sum} makes it the sum of other rows; {@code supplementary} marks rows the annex lacks. */
    public record Row(
            String code,
            String label,
            int indent,
            Map<String, List<String>> where,
            List<String> sum,
            boolean supplementary) {}

    /** Part over whole, in per cent. */
    public record Share(String part, String whole) {}

    /**
     * An arithmetic check run before export: a row equal to the sum of rows (in every column), or a column equal to
     * the sum of columns (in every row); every share column is also checked against its figures and 0–100 %.
     */
    public record Check(String row, String column, List<String> equals) {}

    public Column column(String code) {
        return columns.stream()
                .filter(c -> c.code().equals(code))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no column " + code + " in " + id));
    }

    public Row row(String code) {
        return rows.stream()
                .filter(r -> r.code().equals(code))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no row " + code + " in " + id));
    }

    public boolean inForce(LocalDate day) {
        return !day.isBefore(validFrom) && (validTo == null || !day.isAfter(validTo));
    }

    public boolean hasInputs() {
        return columns.stream().anyMatch(Column::input);
    }
}
