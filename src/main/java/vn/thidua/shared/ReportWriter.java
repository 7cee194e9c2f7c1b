package vn.thidua.shared;

/**
 * A report written once and rendered as Word or PDF: headings, justified text, notes and tables, in
 * the order they are added.
 */
public interface ReportWriter extends AutoCloseable {

    ReportWriter heading(String text);

    ReportWriter text(String text);

    ReportWriter note(String text);

    /** A table: its header in bold, then one line per row. */
    ReportWriter table(String[] header, Iterable<String[]> rows);

    byte[] bytes();

    @Override
    void close();
}
