package vn.thidua.report.form;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * A computed form in its official layout, as Excel and as PDF (A4 landscape, the Liberation Serif fonts the
 * decisions embed): the form's code and circular at the top left, the reporting and receiving units at the top
 * right, the title and period, the header in two lines (groups over columns), column letters A, B and numbers,
 * the rows, then the preparer's and the head's signature blocks.
 */
final class FormExport {

    private FormExport() {}

    static List<HeaderCell> groups(FormDefinition f) {
        List<HeaderCell> cells = new ArrayList<>();
        List<FormDefinition.Column> cols = f.columns();
        for (int i = 0; i < cols.size(); ) {
            String g = cols.get(i).group();
            int j = i;
            while (j + 1 < cols.size() && g != null && g.equals(cols.get(j + 1).group())) {
                j++;
            }
            cells.add(new HeaderCell(g == null ? cols.get(i).label() : g, i + 2, j + 2, g == null));
            i = j + 1;
        }
        return cells;
    }

    static String dateLine(String place, LocalDate day) {
        return place + ", ngày " + day.getDayOfMonth() + " tháng " + day.getMonthValue() + " năm " + day.getYear();
    }

    // ---- Excel

    static byte[] excel(FormTable t, String preparer, String head, LocalDate today) {
        FormDefinition f = t.form();
        try (XSSFWorkbook wb = new XSSFWorkbook();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet s = wb.createSheet(f.id());
            s.getPrintSetup().setLandscape(true);
            s.getPrintSetup().setPaperSize(PrintSetup.A4_PAPERSIZE);
            s.setFitToPage(true);
            s.getPrintSetup().setFitWidth((short) 1);
            s.getPrintSetup().setFitHeight((short) 0);
            CellStyle bold = style(wb, true, false, HorizontalAlignment.LEFT, false);
            CellStyle centreBold = style(wb, true, false, HorizontalAlignment.CENTER, false);
            CellStyle italic = style(wb, false, true, HorizontalAlignment.CENTER, false);
            CellStyle head1 = style(wb, true, false, HorizontalAlignment.CENTER, true);
            CellStyle text = style(wb, false, false, HorizontalAlignment.LEFT, true);
            CellStyle number = style(wb, false, false, HorizontalAlignment.RIGHT, true);
            CellStyle plain = style(wb, false, false, HorizontalAlignment.LEFT, false);
            int width = f.columns().size() + 2;
            int last = width - 1;
            int right = Math.max(2, width / 2);
            put(s, 0, 0, "Biểu số: " + f.code(), bold);
            put(s, 1, 0, "Ban hành kèm theo " + f.circular(), plain);
            put(s, 2, 0, "Ngày nhận báo cáo: " + f.deadline(), plain);
            put(s, 0, right, "Đơn vị báo cáo: " + t.unitName(), bold);
            put(s, 1, right, "Đơn vị nhận báo cáo: " + f.receiver(), plain);
            put(s, 4, 0, f.title(), centreBold);
            merge(s, 4, 4, 0, last);
            int r = 5;
            if (f.subtitle() != null && !f.subtitle().isBlank()) {
                put(s, r, 0, f.subtitle(), italic);
                merge(s, r, r, 0, last);
                r++;
            }
            put(s, r, 0, "Kỳ báo cáo: " + t.period().words(), italic);
            merge(s, r, r, 0, last);
            r++;
            put(s, r, last, "Đơn vị tính: " + f.measureUnit(), plain);
            r++;
            int h1 = r;
            int h2 = r + 1;
            put(s, h1, 0, "Chỉ tiêu", head1);
            put(s, h2, 0, "", head1);
            merge(s, h1, h2, 0, 0);
            put(s, h1, 1, "Mã số", head1);
            put(s, h2, 1, "", head1);
            merge(s, h1, h2, 1, 1);
            for (HeaderCell g : groups(f)) {
                for (int c = g.first(); c <= g.last(); c++) {
                    put(s, h1, c, c == g.first() ? g.text() : "", head1);
                    put(s, h2, c, g.twoLines() ? "" : f.columns().get(c - 2).label(), head1);
                }
                if (g.twoLines()) {
                    merge(s, h1, h2, g.first(), g.first());
                } else if (g.last() > g.first()) {
                    merge(s, h1, h1, g.first(), g.last());
                }
            }
            Row letters = s.createRow(h2 + 1);
            cell(letters, 0, "A", head1);
            cell(letters, 1, "B", head1);
            for (int c = 0; c < f.columns().size(); c++) {
                cell(letters, c + 2, f.columns().get(c).code(), head1);
            }
            r = h2 + 2;
            for (FormDefinition.Row row : f.rows()) {
                Row x = s.createRow(r++);
                cell(x, 0, "  ".repeat(row.indent()) + row.label(), row.indent() == 0 ? bold : text)
                        .getCellStyle();
                if (row.indent() == 0) {
                    x.getCell(0).setCellStyle(style(wb, true, false, HorizontalAlignment.LEFT, true));
                }
                cell(x, 1, row.code(), text);
                for (int c = 0; c < f.columns().size(); c++) {
                    FormDefinition.Column col = f.columns().get(c);
                    java.math.BigDecimal v = t.value(row.code(), col.code());
                    Cell cell = x.createCell(c + 2);
                    cell.setCellStyle(number);
                    if (v != null && col.share() == null) {
                        cell.setCellValue(v.doubleValue());
                    } else {
                        cell.setCellValue(t.printed(row.code(), col.code()));
                    }
                }
            }
            r++;
            put(s, r, right, dateLine("Tây Ninh", today), italic);
            put(s, r + 1, 0, "NGƯỜI LẬP BIỂU", centreBold);
            put(s, r + 2, 0, "(Ký, họ tên)", italic);
            put(s, r + 6, 0, preparer == null ? "" : preparer, centreBold);
            put(s, r + 1, right, "THỦ TRƯỞNG ĐƠN VỊ", centreBold);
            put(s, r + 2, right, "(Ký, họ tên, đóng dấu)", italic);
            put(s, r + 6, right, head == null ? "" : head, centreBold);
            s.setColumnWidth(0, 48 * 256);
            s.setColumnWidth(1, 7 * 256);
            for (int c = 2; c < width; c++) {
                s.setColumnWidth(c, 12 * 256);
            }
            wb.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static CellStyle style(
            XSSFWorkbook wb, boolean bold, boolean italic, HorizontalAlignment align, boolean border) {
        CellStyle st = wb.createCellStyle();
        Font font = wb.createFont();
        font.setFontName("Times New Roman");
        font.setFontHeightInPoints((short) 12);
        font.setBold(bold);
        font.setItalic(italic);
        st.setFont(font);
        st.setAlignment(align);
        st.setVerticalAlignment(VerticalAlignment.CENTER);
        st.setWrapText(border);
        if (border) {
            st.setBorderTop(BorderStyle.THIN);
            st.setBorderBottom(BorderStyle.THIN);
            st.setBorderLeft(BorderStyle.THIN);
            st.setBorderRight(BorderStyle.THIN);
        }
        return st;
    }

    private static void put(Sheet s, int r, int c, String v, CellStyle st) {
        Row row = s.getRow(r) != null ? s.getRow(r) : s.createRow(r);
        cell(row, c, v, st);
    }

    private static Cell cell(Row row, int c, String v, CellStyle st) {
        Cell cell = row.createCell(c);
        cell.setCellValue(v);
        cell.setCellStyle(st);
        return cell;
    }

    private static void merge(Sheet s, int r1, int r2, int c1, int c2) {
        if (r1 != r2 || c1 != c2) {
            s.addMergedRegion(new CellRangeAddress(r1, r2, c1, c2));
        }
    }

    // ---- PDF

    static byte[] pdf(FormTable t, String preparer, String head, LocalDate today) {
        try (PdfTable p = new PdfTable()) {
            FormDefinition f = t.form();
            float top = p.y;
            p.text("Biểu số: " + f.code(), p.bold, 10, p.left, p.width * 0.45f, false);
            p.text("Ban hành kèm theo " + f.circular(), p.regular, 9, p.left, p.width * 0.45f, false);
            p.text("Ngày nhận báo cáo: " + f.deadline(), p.regular, 9, p.left, p.width * 0.45f, false);
            float leftEnd = p.y;
            p.y = top;
            float rx = p.left + p.width * 0.6f;
            p.text("Đơn vị báo cáo: " + t.unitName(), p.bold, 10, rx, p.width * 0.4f, false);
            p.text("Đơn vị nhận báo cáo: " + f.receiver(), p.regular, 9, rx, p.width * 0.4f, false);
            p.y = Math.min(leftEnd, p.y) - 8;
            p.text(f.title(), p.bold, 13, p.left, p.width, true);
            if (f.subtitle() != null && !f.subtitle().isBlank()) {
                p.text(f.subtitle(), p.italic, 11, p.left, p.width, true);
            }
            p.text("Kỳ báo cáo: " + t.period().words(), p.italic, 11, p.left, p.width, true);
            p.textRight("Đơn vị tính: " + f.measureUnit(), p.italic, 9);
            p.grid(t);
            p.y -= 10;
            p.ensure(110);
            float half = p.width / 2;
            float sy = p.y;
            p.text(dateLine("Tây Ninh", today), p.italic, 10, p.left + half, half, true);
            p.text("THỦ TRƯỞNG ĐƠN VỊ", p.bold, 11, p.left + half, half, true);
            p.text("(Ký, họ tên, đóng dấu)", p.italic, 10, p.left + half, half, true);
            p.y -= 50;
            p.text(head == null ? "" : head, p.bold, 11, p.left + half, half, true);
            p.y = sy - 14;
            p.text("NGƯỜI LẬP BIỂU", p.bold, 11, p.left, half, true);
            p.text("(Ký, họ tên)", p.italic, 10, p.left, half, true);
            p.y -= 50;
            p.text(preparer == null ? "" : preparer, p.bold, 11, p.left, half, true);
            return p.bytes();
        }
    }

    /** A landscape A4 page writer for a form's grid. */
    private static final class PdfTable implements AutoCloseable {
        private static final float MM = 72f / 25.4f;
        private static final PDRectangle PAGE = new PDRectangle(PDRectangle.A4.getHeight(), PDRectangle.A4.getWidth());
        final PDDocument doc = new PDDocument();
        final PDType0Font regular;
        final PDType0Font bold;
        final PDType0Font italic;
        final float left = 15 * MM;
        final float width = PAGE.getWidth() - 30 * MM;
        final float bottom = 12 * MM;
        PDPageContentStream page;
        float y;

        PdfTable() {
            regular = font("/liberation/LiberationSerif-Regular.ttf");
            bold = font("/liberation/LiberationSerif-Bold.ttf");
            italic = font("/liberation/LiberationSerif-Italic.ttf");
            newPage();
        }

        private PDType0Font font(String path) {
            try (InputStream in = FormExport.class.getResourceAsStream(path)) {
                return PDType0Font.load(doc, in);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        void newPage() {
            try {
                if (page != null) {
                    page.close();
                }
                PDPage p = new PDPage(PAGE);
                doc.addPage(p);
                page = new PDPageContentStream(doc, p);
                y = PAGE.getHeight() - 12 * MM;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        void ensure(float h) {
            if (y - h < bottom) {
                newPage();
            }
        }

        float w(String s, PDType0Font f, float size) {
            try {
                return f.getStringWidth(s) / 1000 * size;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        List<String> wrap(String text, PDType0Font f, float size, float room) {
            List<String> lines = new ArrayList<>();
            StringBuilder line = new StringBuilder();
            for (String word : text.split("\\s+")) {
                String next = line.isEmpty() ? word : line + " " + word;
                if (w(next, f, size) > room && !line.isEmpty()) {
                    lines.add(line.toString());
                    line = new StringBuilder(word);
                } else {
                    line = new StringBuilder(next);
                }
            }
            lines.add(line.toString());
            return lines;
        }

        void show(String s, PDType0Font f, float size, float x, float baseline) {
            try {
                page.beginText();
                page.setFont(f, size);
                page.newLineAtOffset(x, baseline);
                page.showText(s);
                page.endText();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        void text(String s, PDType0Font f, float size, float x, float room, boolean centre) {
            for (String line : wrap(s, f, size, room)) {
                ensure(size * 1.3f);
                y -= size * 1.3f;
                float at = centre ? x + (room - w(line, f, size)) / 2 : x;
                show(line, f, size, at, y + size * 0.25f);
            }
        }

        void textRight(String s, PDType0Font f, float size) {
            y -= size * 1.3f;
            show(s, f, size, left + width - w(s, f, size), y + size * 0.25f);
        }

        void rect(float x, float top, float wd, float h) {
            try {
                page.addRect(x, top - h, wd, h);
                page.stroke();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        void cellText(String s, PDType0Font f, float size, float x, float top, float wd, float h, int align) {
            List<String> lines = wrap(s, f, size, wd - 4);
            float lead = size * 1.15f;
            float start = top - (h - lines.size() * lead) / 2;
            for (String line : lines) {
                start -= lead;
                float lw = w(line, f, size);
                float at = align == 0 ? x + 2 : align == 1 ? x + (wd - lw) / 2 : x + wd - 2 - lw;
                show(line, f, size, at, start + size * 0.3f);
            }
        }

        float height(String s, PDType0Font f, float size, float wd) {
            return wrap(s, f, size, wd - 4).size() * size * 1.15f + 4;
        }

        void grid(FormTable t) {
            FormDefinition f = t.form();
            int n = f.columns().size();
            float size = n > 16 ? 6.5f : n > 8 ? 8f : 9.5f;
            float labelW = width * (n > 16 ? 0.2f : 0.34f);
            float codeW = 22;
            float colW = (width - labelW - codeW) / n;
            float[] xs = new float[n + 2];
            xs[0] = left;
            xs[1] = left + labelW;
            for (int i = 0; i < n; i++) {
                xs[i + 2] = left + labelW + codeW + i * colW;
            }
            Runnable header = () -> {
                float h1 = 0;
                float h2 = 0;
                for (HeaderCell g : groups(f)) {
                    float gw = (g.last() - g.first() + 1) * colW;
                    h1 = Math.max(h1, g.twoLines() ? 0 : height(g.text(), bold, size, gw));
                    if (!g.twoLines()) {
                        for (int c = g.first(); c <= g.last(); c++) {
                            h2 = Math.max(h2, height(f.columns().get(c - 2).label(), bold, size, colW));
                        }
                    }
                }
                for (HeaderCell g : groups(f)) {
                    if (g.twoLines()) {
                        h2 = Math.max(h2, height(g.text(), bold, size, colW) - h1);
                    }
                }
                float total = Math.max(h1 + h2, 18);
                ensure(total + 12);
                float top = y;
                rect(xs[0], top, labelW, total);
                cellText("Chỉ tiêu", bold, size, xs[0], top, labelW, total, 1);
                rect(xs[1], top, codeW, total);
                cellText("Mã số", bold, size, xs[1], top, codeW, total, 1);
                for (HeaderCell g : groups(f)) {
                    float x = xs[g.first()];
                    float gw = (g.last() - g.first() + 1) * colW;
                    if (g.twoLines()) {
                        rect(x, top, colW, total);
                        cellText(g.text(), bold, size, x, top, colW, total, 1);
                    } else {
                        rect(x, top, gw, h1);
                        cellText(g.text(), bold, size, x, top, gw, h1, 1);
                        for (int c = g.first(); c <= g.last(); c++) {
                            rect(xs[c], top - h1, colW, total - h1);
                            cellText(f.columns().get(c - 2).label(), bold, size, xs[c], top - h1, colW, total - h1, 1);
                        }
                    }
                }
                y = top - total;
                float lh = size * 1.4f;
                rect(xs[0], y, labelW, lh);
                cellText("A", bold, size, xs[0], y, labelW, lh, 1);
                rect(xs[1], y, codeW, lh);
                cellText("B", bold, size, xs[1], y, codeW, lh, 1);
                for (int c = 0; c < n; c++) {
                    rect(xs[c + 2], y, colW, lh);
                    cellText(f.columns().get(c).code(), bold, size, xs[c + 2], y, colW, lh, 1);
                }
                y -= lh;
            };
            header.run();
            for (FormDefinition.Row row : f.rows()) {
                String label = "    ".repeat(row.indent()) + row.label();
                PDType0Font font = row.indent() == 0 ? bold : regular;
                float h = Math.max(height(label, font, size, labelW), size * 1.6f);
                if (y - h < bottom) {
                    newPage();
                    header.run();
                }
                rect(xs[0], y, labelW, h);
                cellText(label, font, size, xs[0], y, labelW, h, 0);
                rect(xs[1], y, codeW, h);
                cellText(row.code(), regular, size, xs[1], y, codeW, h, 1);
                for (int c = 0; c < n; c++) {
                    rect(xs[c + 2], y, colW, h);
                    cellText(t.printed(row.code(), f.columns().get(c).code()), font, size, xs[c + 2], y, colW, h, 2);
                }
                y -= h;
            }
        }

        byte[] bytes() {
            try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
                page.close();
                doc.save(out);
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
    }
}
