package vn.thidua.organization;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.util.CellReference;
import vn.thidua.shared.InvalidInput;
import vn.thidua.shared.InvalidInput.Problem;

/**
 * The first sheet of an uploaded workbook, read one row at a time from the zip (nothing but the
 * current row, the shared strings and the cell formats is held), in the order of the file. Only rows
 * holding a value are returned. Reading stops with an {@link InvalidInput} naming the limit at the
 * first row beyond {@link ImportLimits#maxRows()}, the first value beyond {@link
 * ImportLimits#maxColumns()} and the first cell longer than {@link ImportLimits#maxCellLength()}.
 * Iterate once, then close.
 */
public final class StreamedSheet implements Iterable<SheetRow>, AutoCloseable {

    private static final int MAX_ROW_INDEX = 1_048_575;

    private final XlsxPackage zip;
    private final SheetXml xml;
    private final SharedStrings strings;
    private final CellFormats formats;
    private final boolean date1904;
    private final ImportLimits limits;
    private final DataFormatter formatter = new DataFormatter();
    private final List<int[]> merges;
    private final List<Spread> spreads = new ArrayList<>();
    private final ArrayDeque<SheetRow> ready = new ArrayDeque<>();
    private int mergeCursor;
    private int lastIndex = -1;
    private int lastRowHint;
    private int rows;
    private boolean inData;
    private boolean ended;
    private boolean iterated;

    /** A merged region whose first cell has been read: every other cell of it reads as that cell. */
    private record Spread(int firstRow, int firstColumn, int lastRow, int lastColumn, SheetRow.Value origin) {}

    StreamedSheet(
            XlsxPackage zip,
            SheetXml xml,
            SharedStrings strings,
            CellFormats formats,
            boolean date1904,
            ImportLimits limits,
            List<int[]> merges) {
        this.zip = zip;
        this.xml = xml;
        this.strings = strings;
        this.formats = formats;
        this.date1904 = date1904;
        this.limits = limits;
        this.merges = merges;
        startData();
    }

    /**
     * The last row's number as the sheet declares it (its dimension), or the last read: the total
     * an import's progress is measured against.
     */
    public int lastRowNumber() {
        return Math.max(lastRowHint, lastIndex + 1);
    }

    @Override
    public Iterator<SheetRow> iterator() {
        if (iterated) {
            throw new IllegalStateException("a streamed sheet is read once");
        }
        iterated = true;
        return new Iterator<>() {
            @Override
            public boolean hasNext() {
                fill();
                return !ready.isEmpty();
            }

            @Override
            public SheetRow next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                return ready.poll();
            }
        };
    }

    @Override
    public void close() {
        xml.close();
        zip.close();
    }

    private void startData() {
        while (xml.nextTag()) {
            if (xml.isStart("dimension")) {
                lastRowHint = lastRowOf(xml.attribute("ref"));
            } else if (xml.isStart("sheetData")) {
                inData = true;
                return;
            }
        }
        ended = true;
    }

    private void fill() {
        while (ready.isEmpty() && !ended) {
            SheetRow parsed = nextParsedRow();
            int upTo = parsed == null ? Integer.MAX_VALUE : parsed.getRowNum();
            spreadOverMissingRows(upTo);
            if (parsed == null) {
                ended = true;
                return;
            }
            SheetRow row = spread(parsed);
            lastIndex = row.getRowNum();
            offer(row);
        }
    }

    private void offer(SheetRow row) {
        if (row.empty()) {
            return;
        }
        if (++rows > limits.maxRows() + ImportLimits.HEADER_ROWS) {
            throw new InvalidInput(
                    List.of(new Problem(row.getRowNum() + 1, "file", "import.limit.rows", List.of(limits.maxRows()))));
        }
        ready.add(row);
    }

    /** Rows absent from the file but covered by a merged region read as its first cell. */
    private void spreadOverMissingRows(int before) {
        while (!spreads.isEmpty()) {
            int next = lastIndex + 1;
            if (next >= before) {
                return;
            }
            final int r = next;
            spreads.removeIf(s -> s.lastRow() < r);
            if (spreads.isEmpty()) {
                return;
            }
            lastIndex = r;
            offer(spread(new SheetRow(r, new SheetRow.Value[0])));
        }
    }

    private SheetRow spread(SheetRow row) {
        if (merges.isEmpty()) {
            return row;
        }
        int r = row.getRowNum();
        spreads.removeIf(s -> s.lastRow() < r);
        while (mergeCursor < merges.size() && merges.get(mergeCursor)[0] <= r) {
            int[] m = merges.get(mergeCursor++);
            SheetRow.Value origin = row.cell(m[1]);
            if (m[0] == r && !origin.empty()) {
                spreads.add(new Spread(m[0], m[1], m[2], m[3], origin));
            }
        }
        SheetRow result = row;
        for (Spread s : spreads) {
            for (int c = s.firstColumn(); c <= s.lastColumn(); c++) {
                if (r != s.firstRow() || c != s.firstColumn()) {
                    result = result.with(c, s.origin());
                }
            }
        }
        return result;
    }

    /** The next {@code <row>} of the sheet's data, or null after its last. */
    private SheetRow nextParsedRow() {
        if (!inData) {
            return null;
        }
        while (xml.nextTag()) {
            if (xml.isEnd("sheetData")) {
                inData = false;
                return null;
            }
            if (xml.isStart("row")) {
                return row();
            }
            if (xml.isStart()) {
                xml.skip();
            }
        }
        throw new XlsxPackage.Malformed("sheet ends inside its data");
    }

    private SheetRow row() {
        String r = xml.attribute("r");
        int index = r == null ? lastIndex + 1 : parseIndex(r) - 1;
        if (index <= lastIndex || index > MAX_ROW_INDEX) {
            throw new XlsxPackage.Malformed("row " + r + " out of order");
        }
        SheetRow.Value[] cells = new SheetRow.Value[0];
        int column = -1;
        while (xml.nextTag()) {
            if (xml.isEnd("row")) {
                return new SheetRow(index, cells);
            }
            if (xml.isStart("c")) {
                String ref = xml.attribute("r");
                column = ref == null ? column + 1 : columnOf(ref);
                SheetRow.Value value = cell(index, column);
                if (!value.empty()) {
                    if (column >= limits.maxColumns()) {
                        throw new InvalidInput(List.of(new Problem(
                                index + 1,
                                "file",
                                "import.limit.columns",
                                List.of(limits.maxColumns(), letters(column)))));
                    }
                    if (column >= cells.length) {
                        cells = java.util.Arrays.copyOf(cells, column + 1);
                    }
                    cells[column] = value;
                }
            } else if (xml.isStart()) {
                xml.skip();
            }
        }
        throw new XlsxPackage.Malformed("sheet ends inside a row");
    }

    /** Positioned on {@code <c>}: its value, moving past {@code </c>}. */
    private SheetRow.Value cell(int row, int column) {
        String type = xml.attribute("t");
        String s = xml.attribute("s");
        int style = s == null ? 0 : parseIndex(s);
        StringBuilder value = null;
        StringBuilder inline = null;
        int max = limits.maxCellLength();
        while (xml.nextTag()) {
            if (xml.isEnd("c")) {
                break;
            }
            if (xml.isStart("v")) {
                value = new StringBuilder();
                if (xml.text(value, max + 1) > max) {
                    throw tooLong(row, column);
                }
            } else if (xml.isStart("is")) {
                inline = new StringBuilder();
                if (xml.text(inline, max + 1) > max) {
                    throw tooLong(row, column);
                }
            } else if (xml.isStart()) {
                xml.skip();
            }
        }
        String v = value == null ? null : value.toString();
        if (type == null || type.equals("n")) {
            return v == null || v.isBlank() ? SheetRow.Value.EMPTY : number(v.trim(), style);
        }
        return switch (type) {
            case "s" -> {
                if (v == null || v.isBlank()) {
                    yield SheetRow.Value.EMPTY;
                }
                int index = parseIndex(v.trim());
                if (index >= strings.size()) {
                    throw new XlsxPackage.Malformed("no shared string " + index);
                }
                if (strings.tooLong(index)) {
                    throw tooLong(row, column);
                }
                yield text(strings.get(index));
            }
            case "inlineStr" -> text(inline != null ? inline.toString() : v);
            case "b" -> text(v == null ? "" : v.trim().equals("1") ? "TRUE" : "FALSE");
            default -> text(v);
        };
    }

    private static SheetRow.Value text(String text) {
        return text == null || text.isEmpty() ? SheetRow.Value.EMPTY : new SheetRow.Value(text, 0, false, null);
    }

    private SheetRow.Value number(String v, int style) {
        double number;
        try {
            number = Double.parseDouble(v);
        } catch (NumberFormatException e) {
            throw new XlsxPackage.Malformed("not a number: " + v);
        }
        int id = formats.formatId(style);
        String code = formats.formatCode(style);
        String shown = formatter.formatRawCellContents(number, id, code, date1904);
        java.time.LocalDate date = DateUtil.isADateFormat(id, code) && DateUtil.isValidExcelDate(number)
                ? DateUtil.getLocalDateTime(number, date1904).toLocalDate()
                : null;
        return new SheetRow.Value(shown, number, true, date);
    }

    private InvalidInput tooLong(int row, int column) {
        return new InvalidInput(List.of(new Problem(
                row + 1,
                "file",
                "import.limit.cellLength",
                List.of(limits.maxCellLength(), letters(column), row + 1))));
    }

    static String letters(int column) {
        return CellReference.convertNumToColString(column);
    }

    private static int parseIndex(String text) {
        if (text.length() > 9) {
            throw new XlsxPackage.Malformed("index " + text);
        }
        try {
            int value = Integer.parseInt(text);
            if (value < 0) {
                throw new XlsxPackage.Malformed("index " + text);
            }
            return value;
        } catch (NumberFormatException e) {
            throw new XlsxPackage.Malformed("index " + text);
        }
    }

    /** "AB12" → 27. */
    static int columnOf(String ref) {
        int column = 0;
        int letters = 0;
        for (int i = 0; i < ref.length() && Character.isLetter(ref.charAt(i)); i++) {
            char c = Character.toUpperCase(ref.charAt(i));
            if (c < 'A' || c > 'Z' || ++letters > 3) {
                throw new XlsxPackage.Malformed("cell " + ref);
            }
            column = column * 26 + (c - 'A' + 1);
        }
        if (letters == 0) {
            throw new XlsxPackage.Malformed("cell " + ref);
        }
        return column - 1;
    }

    /** "A1:I50001" → 50001; 0 when unknown. */
    private static int lastRowOf(String ref) {
        if (ref == null) {
            return 0;
        }
        String last = ref.substring(ref.indexOf(':') + 1);
        String digits = last.replaceAll("[^0-9]", "");
        return digits.isEmpty() || digits.length() > 7 ? 0 : Integer.parseInt(digits);
    }

    /** "A5:B9" → {4, 0, 8, 1}; null when not a range. */
    static int[] range(String ref) {
        if (ref == null || ref.indexOf(':') < 0) {
            return null;
        }
        String[] ends = ref.split(":", 2);
        int[] from = corner(ends[0]);
        int[] to = corner(ends[1]);
        return new int[] {
            Math.min(from[0], to[0]), Math.min(from[1], to[1]), Math.max(from[0], to[0]), Math.max(from[1], to[1])
        };
    }

    private static int[] corner(String ref) {
        String digits = ref.replaceAll("[^0-9]", "");
        if (digits.isEmpty() || digits.length() > 7) {
            throw new XlsxPackage.Malformed("range " + ref);
        }
        return new int[] {Integer.parseInt(digits) - 1, columnOf(ref.replace("$", ""))};
    }
}
