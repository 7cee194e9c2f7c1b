package vn.thidua.organization;

import java.time.LocalDate;

/**
 * One row of a streamed sheet: its 0-based index (as POI numbers rows) and the values of its cells
 * as read from the file, each cell's text as Excel shows it. Read with {@link SheetCells}.
 */
public final class SheetRow {

    /** A cell: its text as shown; for a number, the number and whether its format is a date's. */
    record Value(String text, double number, boolean numeric, LocalDate date) {

        static final Value EMPTY = new Value("", 0, false, null);

        boolean empty() {
            return text.isEmpty();
        }
    }

    private final int index;
    private final Value[] cells;

    SheetRow(int index, Value[] cells) {
        this.index = index;
        this.cells = cells;
    }

    /** The row's index, 0-based: row 5 in Excel is 4. */
    public int getRowNum() {
        return index;
    }

    /** One past the last column holding a cell, as POI's {@code Row.getLastCellNum()}. */
    public int getLastCellNum() {
        return cells.length;
    }

    Value cell(int column) {
        Value v = column >= 0 && column < cells.length ? cells[column] : null;
        return v == null ? Value.EMPTY : v;
    }

    boolean empty() {
        for (Value v : cells) {
            if (v != null && !v.empty()) {
                return false;
            }
        }
        return true;
    }

    SheetRow with(int column, Value value) {
        Value[] copy = java.util.Arrays.copyOf(cells, Math.max(cells.length, column + 1));
        copy[column] = value;
        return new SheetRow(index, copy);
    }
}
