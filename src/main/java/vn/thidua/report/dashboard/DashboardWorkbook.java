package vn.thidua.report.dashboard;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.context.MessageSource;

/** A dashboard's figures as an Excel workbook: one sheet per figure, its title, the period and the table. */
final class DashboardWorkbook {

    private DashboardWorkbook() {}

    static byte[] write(String title, String period, List<Figure> figures, MessageSource messages, Locale locale)
            throws IOException {
        try (XSSFWorkbook book = new XSSFWorkbook();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            CellStyle bold = book.createCellStyle();
            Font font = book.createFont();
            font.setBold(true);
            bold.setFont(font);
            for (Figure f : figures) {
                Sheet sheet = book.createSheet(f.id());
                Row r0 = sheet.createRow(0);
                r0.createCell(0).setCellValue(title + " — " + messages.getMessage(f.titleKey(), null, locale));
                r0.getCell(0).setCellStyle(bold);
                sheet.createRow(1).createCell(0).setCellValue(period);
                Row header = sheet.createRow(3);
                header.createCell(0).setCellValue("");
                for (int c = 0; c < f.columnKeys().size(); c++) {
                    header.createCell(c + 1)
                            .setCellValue(messages.getMessage(f.columnKeys().get(c), null, locale));
                    header.getCell(c + 1).setCellStyle(bold);
                }
                int r = 4;
                for (Figure.Line line : f.lines()) {
                    Row row = sheet.createRow(r++);
                    row.createCell(0)
                            .setCellValue(
                                    line.labelKey() != null && line.label() == null
                                            ? messages.getMessage(line.labelKey(), null, line.labelKey(), locale)
                                            : line.label());
                    for (int c = 0; c < line.values().size(); c++) {
                        Number v = line.values().get(c);
                        if (v != null) {
                            row.createCell(c + 1).setCellValue(v.doubleValue());
                        }
                    }
                }
                sheet.setColumnWidth(0, 60 * 256);
                for (int c = 1; c <= f.columnKeys().size(); c++) {
                    sheet.setColumnWidth(c, 16 * 256);
                }
                sheet.createFreezePane(1, 4);
            }
            book.write(out);
            return out.toByteArray();
        }
    }
}
