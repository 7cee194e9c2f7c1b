package vn.thidua.shared;

import java.util.List;

/**
 * Administrative documents laid out as NĐ 30/2020 sets them (docs/legal-reference.md §6): two-column blocks for the
 * header (issuer and number on the left, national title, motto and place-date on the right) and the
 * signature (recipients on the left, the signer on the right), styled paragraphs, tables and page
 * breaks, rendered the same way in Word and PDF.
 */
public interface DocumentWriter extends AutoCloseable {

    enum Align {
        LEFT,
        CENTER,
        RIGHT,
        JUSTIFY
    }

    /** A line of a column block: centred in its column, with a short rule below when asked. */
    record Line(String text, boolean bold, boolean italic, float size, boolean ruleBelow) {

        public static Line bold(String text, float size) {
            return new Line(text, true, false, size, false);
        }

        public static Line plain(String text, float size) {
            return new Line(text, false, false, size, false);
        }

        public static Line italic(String text, float size) {
            return new Line(text, false, true, size, false);
        }

        public Line ruled() {
            return new Line(text, bold, italic, size, true);
        }
    }

    /** Two columns side by side; {@code leftShare} of the text width goes to the left one. */
    DocumentWriter columns(float leftShare, List<Line> left, List<Line> right);

    /** A paragraph; {@code indent} indents its first line (1 cm), as body text is. */
    DocumentWriter paragraph(String text, boolean bold, boolean italic, float size, Align align, boolean indent);

    /** A table: its header in bold, then one line per row. */
    DocumentWriter grid(String[] header, Iterable<String[]> rows);

    DocumentWriter space(float points);

    DocumentWriter pageBreak();

    byte[] bytes();

    @Override
    void close();
}
