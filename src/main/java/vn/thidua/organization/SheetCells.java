package vn.thidua.organization;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import vn.thidua.shared.VietnameseText;

/**
 * Reads cells the way officers fill them in: dates as Excel dates or as "dd/MM/yyyy" text, ID
 * numbers that Excel turned into numbers (losing the leading zero), text in any Unicode form. Rows
 * come from {@link SheetReader}, streamed.
 */
public final class SheetCells {

    /** A cell that could not be read as what its column needs. */
    static final class Unreadable extends RuntimeException {
        Unreadable() {
            super(null, null, false, false);
        }
    }

    private static final List<DateTimeFormatter> DATES = java.util.stream.Stream.of(
                    "d/M/uuuu", "d-M-uuuu", "uuuu-M-d", "d.M.uuuu")
            .map(p -> DateTimeFormatter.ofPattern(p).withResolverStyle(java.time.format.ResolverStyle.STRICT))
            .toList();

    private SheetCells() {}

    public static String text(SheetRow row, int column) {
        if (row == null) {
            return "";
        }
        String value = VietnameseText.clean(row.cell(column).text());
        return value == null ? "" : value;
    }

    /** A 12-digit number such as a CCCD, restoring zeros Excel dropped from a numeric cell. */
    public static String digits(SheetRow row, int column) {
        SheetRow.Value cell = row.cell(column);
        if (cell.numeric() && cell.date() == null) {
            double value = cell.number();
            if (value == Math.rint(value) && value >= 0 && value < 1e12) {
                return "%012d".formatted((long) value);
            }
        }
        return text(row, column).replace(" ", "").replace(".", "");
    }

    public static LocalDate date(SheetRow row, int column) {
        if (text(row, column).isEmpty()) {
            return null;
        }
        SheetRow.Value cell = row.cell(column);
        if (cell.date() != null) {
            return cell.date();
        }
        String value = text(row, column);
        for (DateTimeFormatter format : DATES) {
            try {
                return LocalDate.parse(value, format);
            } catch (DateTimeParseException ignored) {
                // try the next accepted form
            }
        }
        throw new Unreadable();
    }

    /** The date in the cell, or null after recording why it cannot be read. */
    public static LocalDate date(
            SheetRow row,
            int column,
            int rowNumber,
            String field,
            List<vn.thidua.shared.InvalidInput.Problem> problems) {
        try {
            return date(row, column);
        } catch (Unreadable e) {
            problems.add(new vn.thidua.shared.InvalidInput.Problem(
                    rowNumber, field, "import.date", List.of(text(row, column))));
            return null;
        }
    }

    public static boolean blank(SheetRow row, int columns) {
        if (row == null) {
            return true;
        }
        for (int c = 0; c < columns; c++) {
            if (!text(row, c).isEmpty()) {
                return false;
            }
        }
        return true;
    }

    /** A template's sheet "Mã đơn vị": the codes and names of the units the account may use. */
    public static void unitCodes(org.apache.poi.ss.usermodel.Workbook workbook, List<Unit> units) {
        org.apache.poi.ss.usermodel.Sheet codes = workbook.createSheet("Mã đơn vị");
        codes.createRow(0).createCell(0).setCellValue("Mã đơn vị");
        codes.getRow(0).createCell(1).setCellValue("Tên đơn vị");
        for (int i = 0; i < units.size(); i++) {
            Row row = codes.createRow(i + 1);
            row.createCell(0).setCellValue(units.get(i).getCode());
            row.createCell(1).setCellValue(units.get(i).getName());
        }
        codes.setColumnWidth(1, 50 * 256);
    }
}
