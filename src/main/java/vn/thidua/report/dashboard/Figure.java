package vn.thidua.report.dashboard;

import java.util.List;

/**
 * One figure of a dashboard: a table (shown beside its chart, exported to Excel) whose cells link to the rows behind
 * them. The chart is drawn in the browser from the table itself, so the two cannot disagree.
 *
 * @param id a stable id (page anchor, Excel sheet)
 * @param titleKey message key of the title
 * @param chart how to draw it: {@code bar}, {@code line}, {@code pie} or {@code none}
 * @param columnKeys message keys of the value columns (the first column is the line's label)
 * @param lines the table's lines
 */
public record Figure(String id, String titleKey, String chart, List<String> columnKeys, List<Line> lines) {

    /**
     * A line: its label (literal text, or a message key when {@code labelKey} is set), its values (counts, or
     * percentages with one decimal) and for each value the query string of the rows behind it (null when none).
     */
    public record Line(String label, String labelKey, List<Number> values, List<String> links) {

        public Line {
            values = java.util.Collections.unmodifiableList(new java.util.ArrayList<>(values));
            links = java.util.Collections.unmodifiableList(new java.util.ArrayList<>(links));
        }

        static Line of(String label, String labelKey, List<Number> values, String link) {
            return new Line(label, labelKey, values, java.util.Collections.nCopies(values.size(), link));
        }
    }

    public Figure {
        lines = List.copyOf(lines);
    }

    /** The line with this label or label key, for tests and checks. */
    public Line line(String label) {
        return lines.stream()
                .filter(l -> label.equals(l.label()) || label.equals(l.labelKey()))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no line " + label + " in " + id));
    }

    /** Percentage with one decimal, 0 when there is nothing to share. */
    static double percent(long part, long whole) {
        return whole == 0 ? 0.0 : Math.round(1000.0 * part / whole) / 10.0;
    }
}
