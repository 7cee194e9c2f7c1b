package vn.thidua;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** Excel files as officers fill them in, for import tests. */
public final class Workbooks {

    private Workbooks() {}

    /** A one-sheet workbook: the header row, then each row's text cells. */
    public static XSSFWorkbook sheet(String name, List<String> header, List<String[]> rows) {
        XSSFWorkbook book = new XSSFWorkbook();
        Sheet sheet = book.createSheet(name);
        Row top = sheet.createRow(0);
        for (int c = 0; c < header.size(); c++) {
            top.createCell(c).setCellValue(header.get(c));
        }
        for (int r = 0; r < rows.size(); r++) {
            Row row = sheet.createRow(r + 1);
            for (int c = 0; c < rows.get(r).length; c++) {
                if (rows.get(r)[c] != null) {
                    row.createCell(c).setCellValue(rows.get(r)[c]);
                }
            }
        }
        return book;
    }

    public static byte[] bytes(XSSFWorkbook book) {
        try (book;
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            book.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
