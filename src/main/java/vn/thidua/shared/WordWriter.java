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
public final class WordWriter implements ReportWriter, DocumentWriter {

    private static final String FONT = "Times New Roman";
    private final XWPFDocument doc = new XWPFDocument();

    private WordWriter() {
        // A4, margins 20 mm top and bottom, 30 mm left, 15 mm right (NĐ 30/2020 Phụ lục I)
        var section = doc.getDocument().getBody().addNewSectPr();
        var size = section.addNewPgSz();
        size.setW(java.math.BigInteger.valueOf(11906));
        size.setH(java.math.BigInteger.valueOf(16838));
        var margins = section.addNewPgMar();
        margins.setTop(java.math.BigInteger.valueOf(1134));
        margins.setBottom(java.math.BigInteger.valueOf(1134));
        margins.setLeft(java.math.BigInteger.valueOf(1701));
        margins.setRight(java.math.BigInteger.valueOf(850));
    }

    /** An empty A4 document to lay out an administrative document in. */
    public static WordWriter blank() {
        return new WordWriter();
    }

    @Override
    public WordWriter columns(float leftShare, java.util.List<Line> left, java.util.List<Line> right) {
        XWPFTable table = doc.createTable(1, 2);
        table.removeBorders();
        int total = 11906 - 1701 - 850;
        table.setWidth(total);
        table.getRow(0).getCell(0).setWidth(String.valueOf((int) (total * leftShare)));
        table.getRow(0).getCell(1).setWidth(String.valueOf((int) (total * (1 - leftShare))));
        fill(table.getRow(0).getCell(0), left);
        fill(table.getRow(0).getCell(1), right);
        return this;
    }

    private static void fill(org.apache.poi.xwpf.usermodel.XWPFTableCell cell, java.util.List<Line> lines) {
        boolean first = true;
        for (Line line : lines) {
            XWPFParagraph p = first ? cell.getParagraphs().get(0) : cell.addParagraph();
            first = false;
            p.setAlignment(ParagraphAlignment.CENTER);
            p.setSpacingAfter(0);
            XWPFRun run = p.createRun();
            run.setFontFamily(FONT);
            run.setFontSize((double) line.size());
            run.setBold(line.bold());
            run.setItalic(line.italic());
            if (line.ruleBelow()) {
                run.setUnderline(org.apache.poi.xwpf.usermodel.UnderlinePatterns.SINGLE);
            }
            run.setText(line.text());
        }
    }

    @Override
    public WordWriter paragraph(String text, boolean bold, boolean italic, float size, Align align, boolean indent) {
        XWPFParagraph p = doc.createParagraph();
        p.setAlignment(
                switch (align) {
                    case CENTER -> ParagraphAlignment.CENTER;
                    case RIGHT -> ParagraphAlignment.RIGHT;
                    case JUSTIFY -> ParagraphAlignment.BOTH;
                    case LEFT -> ParagraphAlignment.LEFT;
                });
        if (indent) {
            p.setFirstLineIndent(567);
        }
        p.setSpacingAfter(80);
        XWPFRun run = p.createRun();
        run.setFontFamily(FONT);
        run.setFontSize((double) size);
        run.setBold(bold);
        run.setItalic(italic);
        run.setText(text);
        return this;
    }

    @Override
    public WordWriter grid(String[] header, Iterable<String[]> rows) {
        return table(header, rows);
    }

    @Override
    public WordWriter space(float points) {
        XWPFParagraph p = doc.createParagraph();
        p.setSpacingAfter((int) (points * 20));
        return this;
    }

    @Override
    public WordWriter pageBreak() {
        doc.createParagraph().createRun().addBreak(org.apache.poi.xwpf.usermodel.BreakType.PAGE);
        return this;
    }

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
