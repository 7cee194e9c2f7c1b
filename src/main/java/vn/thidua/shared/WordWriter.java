package vn.thidua.shared;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;

/**
 * Editable Word documents the way administrative reports are typed: Times New Roman, the national
 * title and motto on top, headings in bold, simple tables (NĐ 30/2020 for the look).
 */
public final class WordWriter implements ReportWriter {

    private static final String FONT = "Times New Roman";
    private final XWPFDocument doc = new XWPFDocument();

    /** A report with the national title, the motto, and its own title lines. */
    public static WordWriter report(String... titleLines) {
        WordWriter w = new WordWriter();
        w.paragraph("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", true, ParagraphAlignment.CENTER, 13);
        w.paragraph("Độc lập - Tự do - Hạnh phúc", true, ParagraphAlignment.CENTER, 14);
        w.paragraph("", false, ParagraphAlignment.LEFT, 13);
        for (String line : titleLines) {
            w.paragraph(line, true, ParagraphAlignment.CENTER, 14);
        }
        w.paragraph("", false, ParagraphAlignment.LEFT, 13);
        return w;
    }

    @Override
    public WordWriter heading(String text) {
        return paragraph(text, true, ParagraphAlignment.LEFT, 13);
    }

    @Override
    public WordWriter text(String text) {
        return paragraph(text, false, ParagraphAlignment.BOTH, 13);
    }

    @Override
    public WordWriter note(String text) {
        return paragraph(text, false, ParagraphAlignment.BOTH, 12);
    }

    /** A table: its header in bold, then one line per row. */
    @Override
    public WordWriter table(String[] header, Iterable<String[]> rows) {
        XWPFTable table = doc.createTable(1, header.length);
        cells(table.getRow(0), true, header);
        for (String[] row : rows) {
            cells(table.createRow(), false, row);
        }
        return paragraph("", false, ParagraphAlignment.LEFT, 13);
    }

    @Override
    public byte[] bytes() {
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            doc.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        try {
            doc.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private WordWriter paragraph(String text, boolean bold, ParagraphAlignment align, int size) {
        XWPFParagraph p = doc.createParagraph();
        p.setAlignment(align);
        XWPFRun run = p.createRun();
        run.setFontFamily(FONT);
        run.setFontSize(size);
        run.setBold(bold);
        run.setText(text);
        return this;
    }

    private static void cells(XWPFTableRow row, boolean bold, String[] cells) {
        for (int i = 0; i < cells.length; i++) {
            XWPFRun run = row.getCell(i).getParagraphs().get(0).createRun();
            run.setFontFamily(FONT);
            run.setBold(bold);
            run.setText(cells[i] == null ? "" : cells[i]);
        }
    }
}
