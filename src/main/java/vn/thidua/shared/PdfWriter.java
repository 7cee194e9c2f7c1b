package vn.thidua.shared;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * Printable PDF reports in the look of NĐ 30/2020: A4, margins 20 mm top and bottom, 30 mm left,
 * 15 mm right, Liberation Serif (metric-compatible with Times New Roman, embedded, so Vietnamese
 * prints the same everywhere), justified text, tables whose header repeats on every page, page
 * numbers from the second page on, centred in the top margin.
 */
public final class PdfWriter implements ReportWriter, DocumentWriter {

    private static final float MM = 72f / 25.4f;
    private static final PDRectangle PAGE = PDRectangle.A4;
    private static final float LEFT = 30 * MM;
    private static final float RIGHT = PAGE.getWidth() - 15 * MM;
    private static final float TOP = PAGE.getHeight() - 20 * MM;
    private static final float BOTTOM = 20 * MM;
    private static final float WIDTH = RIGHT - LEFT;
    private static final float LEADING = 1.25f;
    private static final float CELL_PADDING = 3f;
    private static final float TABLE_SIZE = 11f;

    private final PDDocument doc = new PDDocument();
    private final PDType0Font regular;
    private final PDType0Font bold;
    private final PDType0Font italic;
    private final PDType0Font boldItalic;
    private final Map<PDType0Font, Map<Integer, Boolean>> printable = new HashMap<>();
    private PDPageContentStream page;
    private float y;

    private PdfWriter() {
        regular = font("/liberation/LiberationSerif-Regular.ttf");
        bold = font("/liberation/LiberationSerif-Bold.ttf");
        italic = font("/liberation/LiberationSerif-Italic.ttf");
        boldItalic = font("/liberation/LiberationSerif-BoldItalic.ttf");
        newPage();
    }

    /** An empty A4 page to lay out an administrative document on. */
    public static PdfWriter blank() {
        return new PdfWriter();
    }

    /** A report with the national title, the motto and its own title lines. */
    public static PdfWriter report(String... titleLines) {
        PdfWriter w = new PdfWriter();
        w.paragraph("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", w.bold, 13, Align.CENTER);
        w.paragraph("Độc lập - Tự do - Hạnh phúc", w.bold, 14, Align.CENTER);
        float motto = w.width("Độc lập - Tự do - Hạnh phúc", w.bold, 14);
        w.rule(LEFT + (WIDTH - motto) / 2, LEFT + (WIDTH + motto) / 2, w.y + 14 * 0.15f);
        w.y -= 13;
        for (String line : titleLines) {
            w.paragraph(line, w.bold, 14, Align.CENTER);
        }
        w.y -= 13;
        return w;
    }

    @Override
    public PdfWriter heading(String text) {
        y -= 4;
        return paragraph(text, bold, 13, Align.LEFT);
    }

    @Override
    public PdfWriter text(String text) {
        return paragraph(text, regular, 13, Align.JUSTIFY);
    }

    @Override
    public PdfWriter note(String text) {
        return paragraph(text, regular, 12, Align.JUSTIFY);
    }

    @Override
    public PdfWriter table(String[] header, Iterable<String[]> rows) {
        List<String[]> body = new ArrayList<>();
        rows.forEach(body::add);
        float[] widths = columnWidths(header, body);
        List<List<String>> head = wrapRow(header, widths, bold);
        drawRow(head, widths, bold);
        for (String[] row : body) {
            List<List<String>> cells = wrapRow(row, widths, regular);
            if (y - rowHeight(cells) < BOTTOM) {
                newPage();
                drawRow(head, widths, bold);
            }
            drawRow(cells, widths, regular);
        }
        y -= 13 * 0.6f;
        return this;
    }

    @Override
    public byte[] bytes() {
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            page.close();
            numberPages();
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

    @Override
    public PdfWriter paragraph(String text, boolean bold, boolean italic, float size, Align align, boolean indent) {
        return paragraph(text, style(bold, italic), size, align, indent ? 10 * MM : 0);
    }

    @Override
    public PdfWriter columns(float leftShare, java.util.List<Line> left, java.util.List<Line> right) {
        float split = WIDTH * leftShare;
        float top = y;
        float leftEnd = column(left, LEFT, split, top);
        float rightEnd = column(right, LEFT + split, WIDTH - split, top);
        y = Math.min(leftEnd, rightEnd);
        return this;
    }

    @Override
    public PdfWriter grid(String[] header, Iterable<String[]> rows) {
        return table(header, rows);
    }

    @Override
    public PdfWriter space(float points) {
        y -= points;
        if (y < BOTTOM) {
            newPage();
        }
        return this;
    }

    @Override
    public PdfWriter pageBreak() {
        newPage();
        return this;
    }

    /** Lines centred in a column from {@code top}; returns where the column ends. */
    private float column(java.util.List<Line> lines, float x, float width, float top) {
        float at = top;
        for (Line line : lines) {
            PDType0Font font = style(line.bold(), line.italic());
            float leading = line.size() * LEADING;
            for (String part : wrap(printable(line.text(), font), font, line.size(), width)) {
                at -= leading;
                float w = width(part, font, line.size());
                show(part, font, line.size(), x + (width - w) / 2, at + line.size() * 0.25f);
                if (line.ruleBelow() && !part.isEmpty()) {
                    float rule = Math.min(w, width * 0.6f);
                    rule(x + (width - rule) / 2, x + (width + rule) / 2, at - 1.5f);
                    at -= 3f;
                }
            }
        }
        return at;
    }

    private PDType0Font style(boolean isBold, boolean isItalic) {
        return isBold ? (isItalic ? boldItalic : bold) : (isItalic ? italic : regular);
    }

    private PdfWriter paragraph(String raw, PDType0Font font, float size, Align align) {
        return paragraph(raw, font, size, align, 0);
    }

    private PdfWriter paragraph(String raw, PDType0Font font, float size, Align align, float indent) {
        String text = printable(raw, font);
        float leading = size * LEADING;
        if (text.isBlank()) {
            y -= leading;
            return this;
        }
        List<String> lines = wrapIndented(text, font, size, indent);
        for (int i = 0; i < lines.size(); i++) {
            if (y - leading < BOTTOM) {
                newPage();
            }
            y -= leading;
            String line = lines.get(i);
            boolean last = i == lines.size() - 1;
            float start = i == 0 ? LEFT + indent : LEFT;
            float room = i == 0 ? WIDTH - indent : WIDTH;
            switch (align) {
                case CENTER -> show(line, font, size, LEFT + (WIDTH - width(line, font, size)) / 2, y + size * 0.25f);
                case RIGHT -> show(line, font, size, RIGHT - width(line, font, size), y + size * 0.25f);
                case JUSTIFY -> {
                    if (last) {
                        show(line, font, size, start, y + size * 0.25f);
                    } else {
                        justify(line, font, size, start, room, y + size * 0.25f);
                    }
                }
                default -> show(line, font, size, start, y + size * 0.25f);
            }
        }
        y -= size * 0.3f;
        return this;
    }

    /** Wraps with the first line narrower by the indent. */
    private List<String> wrapIndented(String text, PDType0Font font, float size, float indent) {
        if (indent <= 0) {
            return wrap(text, font, size, WIDTH);
        }
        text = text.replaceAll("\\s+", " ").strip();
        List<String> first = wrap(text, font, size, WIDTH - indent);
        if (first.size() <= 1) {
            return first;
        }
        List<String> lines = new ArrayList<>();
        lines.add(first.get(0));
        String rest =
                text.substring(Math.min(text.length(), first.get(0).length())).strip();
        lines.addAll(wrap(rest, font, size, WIDTH));
        return lines;
    }

    private void justify(String line, PDType0Font font, float size, float start, float room, float baseline) {
        String[] words = line.split(" ");
        if (words.length < 2) {
            show(line, font, size, start, baseline);
            return;
        }
        float used = 0;
        for (String word : words) {
            used += width(word, font, size);
        }
        float gap = (room - used) / (words.length - 1);
        float x = start;
        for (String word : words) {
            show(word, font, size, x, baseline);
            x += width(word, font, size) + gap;
        }
    }

    /** Column widths: each column gets its longest word, the rest of the line goes by text length. */
    private float[] columnWidths(String[] header, List<String[]> body) {
        int n = header.length;
        float[] least = new float[n];
        float[] wanted = new float[n];
        for (String[] row : concat(header, body)) {
            for (int c = 0; c < n; c++) {
                String cell = c < row.length && row[c] != null ? printable(row[c], regular) : "";
                PDType0Font font = row == header ? bold : regular;
                for (String word : cell.split("\\s+")) {
                    least[c] = Math.max(least[c], width(word, font, TABLE_SIZE) + 2 * CELL_PADDING);
                }
                wanted[c] = Math.max(wanted[c], width(cell, font, TABLE_SIZE) + 2 * CELL_PADDING);
            }
        }
        float leastTotal = 0;
        float extraTotal = 0;
        for (int c = 0; c < n; c++) {
            leastTotal += least[c];
            extraTotal += Math.max(0, wanted[c] - least[c]);
        }
        float[] widths = new float[n];
        if (leastTotal >= WIDTH) {
            for (int c = 0; c < n; c++) {
                widths[c] = least[c] * WIDTH / leastTotal;
            }
            return widths;
        }
        float spare = WIDTH - leastTotal;
        for (int c = 0; c < n; c++) {
            float extra = Math.max(0, wanted[c] - least[c]);
            widths[c] = least[c] + (extraTotal <= spare ? extra : spare * extra / extraTotal);
        }
        if (extraTotal < spare) {
            float stretch = WIDTH / (leastTotal + extraTotal);
            for (int c = 0; c < n; c++) {
                widths[c] *= stretch;
            }
        }
        return widths;
    }

    private static List<String[]> concat(String[] header, List<String[]> body) {
        List<String[]> all = new ArrayList<>(body.size() + 1);
        all.add(header);
        all.addAll(body);
        return all;
    }

    private List<List<String>> wrapRow(String[] row, float[] widths, PDType0Font font) {
        List<List<String>> cells = new ArrayList<>(widths.length);
        for (int c = 0; c < widths.length; c++) {
            String cell = c < row.length && row[c] != null ? printable(row[c], font) : "";
            cells.add(wrap(cell, font, TABLE_SIZE, widths[c] - 2 * CELL_PADDING));
        }
        return cells;
    }

    private static float rowHeight(List<List<String>> cells) {
        int lines = 1;
        for (List<String> cell : cells) {
            lines = Math.max(lines, cell.size());
        }
        return lines * TABLE_SIZE * LEADING + 2 * CELL_PADDING;
    }

    private void drawRow(List<List<String>> cells, float[] widths, PDType0Font font) {
        float height = rowHeight(cells);
        if (y - height < BOTTOM) {
            newPage();
        }
        float x = LEFT;
        float top = y;
        for (int c = 0; c < widths.length; c++) {
            float baseline = top - CELL_PADDING - TABLE_SIZE;
            for (String line : cells.get(c)) {
                show(line, font, TABLE_SIZE, x + CELL_PADDING, baseline);
                baseline -= TABLE_SIZE * LEADING;
            }
            x += widths[c];
        }
        try {
            page.setLineWidth(0.5f);
            page.addRect(LEFT, top - height, WIDTH, height);
            float edge = LEFT;
            for (int c = 0; c < widths.length - 1; c++) {
                edge += widths[c];
                page.moveTo(edge, top);
                page.lineTo(edge, top - height);
            }
            page.stroke();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        y = top - height;
    }

    /** Breaks text into lines no wider than {@code max}; a word longer than a line is cut. */
    private List<String> wrap(String text, PDType0Font font, float size, float max) {
        List<String> lines = new ArrayList<>();
        for (String paragraph : text.split("\n", -1)) {
            StringBuilder line = new StringBuilder();
            for (String word : paragraph.strip().split("\\s+")) {
                if (word.isEmpty()) {
                    continue;
                }
                String candidate = line.isEmpty() ? word : line + " " + word;
                if (width(candidate, font, size) <= max) {
                    line.setLength(0);
                    line.append(candidate);
                    continue;
                }
                if (!line.isEmpty()) {
                    lines.add(line.toString());
                    line.setLength(0);
                }
                while (width(word, font, size) > max && word.length() > 1) {
                    int cut = word.length() - 1;
                    while (cut > 1 && width(word.substring(0, cut), font, size) > max) {
                        cut--;
                    }
                    lines.add(word.substring(0, cut));
                    word = word.substring(cut);
                }
                line.append(word);
            }
            lines.add(line.toString());
        }
        return lines;
    }

    /** NFC text with every character the font cannot draw replaced by a question mark. */
    private String printable(String raw, PDType0Font font) {
        String text = Normalizer.normalize(raw.replace('\t', ' ').replace("\r", ""), Normalizer.Form.NFC);
        Map<Integer, Boolean> known = printable.computeIfAbsent(font, f -> new HashMap<>());
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().forEach(cp -> {
            boolean ok = cp == '\n' || known.computeIfAbsent(cp, c -> canDraw(font, c));
            out.appendCodePoint(ok ? cp : '?');
        });
        return out.toString();
    }

    private static boolean canDraw(PDType0Font font, int codePoint) {
        try {
            font.encode(new String(Character.toChars(codePoint)));
            return true;
        } catch (IOException | IllegalArgumentException e) {
            return false;
        }
    }

    private float width(String text, PDType0Font font, float size) {
        try {
            return font.getStringWidth(text) / 1000f * size;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void show(String text, PDType0Font font, float size, float x, float baseline) {
        if (text.isEmpty()) {
            return;
        }
        try {
            page.beginText();
            page.setFont(font, size);
            page.newLineAtOffset(x, baseline);
            page.showText(text);
            page.endText();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void rule(float from, float to, float at) {
        try {
            page.setLineWidth(0.6f);
            page.moveTo(from, at);
            page.lineTo(to, at);
            page.stroke();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void newPage() {
        try {
            if (page != null) {
                page.close();
            }
            PDPage next = new PDPage(PAGE);
            doc.addPage(next);
            page = new PDPageContentStream(doc, next);
            y = TOP;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void numberPages() throws IOException {
        int count = doc.getNumberOfPages();
        for (int i = 1; i < count; i++) {
            try (PDPageContentStream number =
                    new PDPageContentStream(doc, doc.getPage(i), PDPageContentStream.AppendMode.APPEND, true, true)) {
                String text = String.valueOf(i + 1);
                number.beginText();
                number.setFont(regular, 13);
                number.newLineAtOffset(LEFT + (WIDTH - width(text, regular, 13)) / 2, PAGE.getHeight() - 12 * MM);
                number.showText(text);
                number.endText();
            }
        }
    }

    private PDType0Font font(String resource) {
        try (InputStream in = PdfWriter.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("font missing from the classpath: " + resource);
            }
            return PDType0Font.load(doc, in, true);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
