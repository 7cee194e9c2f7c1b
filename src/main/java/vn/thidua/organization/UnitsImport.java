package vn.thidua.organization;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.context.MessageSource;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.thidua.shared.InvalidInput;
import vn.thidua.shared.InvalidInput.Problem;
import vn.thidua.shared.VietnameseText;

/**
 * Nhập danh sách đơn vị từ Excel (Ban TĐKT): codes unique in the file and the system, kinds by
 * their Vietnamese name, parents already in the system or on an earlier row. All rows or none.
 */
@Service
@PreAuthorize("hasAnyRole('ADMIN', 'SPECIALIST')")
public class UnitsImport {

    static final List<String> COLUMNS = List.of(
            "Mã đơn vị (*)",
            "Tên đơn vị (*)",
            "Loại đơn vị (*)",
            "Mã đơn vị cấp trên",
            "Hiệu lực từ ngày",
            "Hiệu lực đến ngày",
            "Ghi chú");
    static final List<String> FIELDS = List.of("code", "name", "kind", "parentCode", "validFrom", "validTo", "note");

    /** A checked row; the parent is an existing unit id or the code of an earlier row. */
    record CheckedRow(int row, UnitDetails details, Long parentId, String parentCode) {}

    private final Units units;
    private final EditingUnits editing;
    private final MessageSource messages;
    private final SheetReader reader;

    UnitsImport(Units units, EditingUnits editing, MessageSource messages, SheetReader reader) {
        this.reader = reader;
        this.units = units;
        this.editing = editing;
        this.messages = messages;
    }

    @Transactional
    public int importAll(InputStream file, ImportProgress progress) {
        List<CheckedRow> rows = read(file, progress);
        Map<String, Long> created = new HashMap<>();
        int done = 0;
        for (CheckedRow r : rows) {
            Long parentId = r.parentId() != null ? r.parentId() : created.get(r.parentCode());
            UnitDetails d = r.details();
            Unit unit = editing.create(
                    new UnitDetails(d.code(), d.name(), d.kind(), parentId, d.validFrom(), d.validTo(), d.note()));
            created.put(d.code().toUpperCase(), unit.getId());
            progress.at(++done, rows.size());
        }
        return rows.size();
    }

    List<CheckedRow> read(InputStream file, ImportProgress progress) {
        Map<String, UnitKind> kinds = kindNames();
        List<CheckedRow> rows = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        Map<String, Integer> codesInFile = new HashMap<>();
        try (StreamedSheet sheet = reader.firstSheet(file)) {
            java.util.Iterator<SheetRow> lines = sheet.iterator();
            SheetRow header = lines.hasNext() ? lines.next() : null;
            for (int c = 0; c < COLUMNS.size(); c++) {
                if (header == null
                        || header.getRowNum() != 0
                        || !VietnameseText.fold(SheetCells.text(header, c))
                                .equals(VietnameseText.fold(COLUMNS.get(c)))) {
                    throw new InvalidInput(
                            List.of(new Problem(1, FIELDS.get(c), "import.header", List.of(COLUMNS.get(c)))));
                }
            }
            while (lines.hasNext()) {
                SheetRow row = lines.next();
                int r = row.getRowNum();
                if (SheetCells.blank(row, COLUMNS.size())) {
                    continue;
                }
                int n = r + 1;
                int before = problems.size();
                String code = SheetCells.text(row, 0).toUpperCase();
                UnitKind kind = kinds.get(VietnameseText.fold(SheetCells.text(row, 2)));
                if (kind == null && !SheetCells.text(row, 2).isEmpty()) {
                    problems.add(new Problem(n, "kind", "import.unit.kind", List.of(SheetCells.text(row, 2))));
                }
                LocalDate from = SheetCells.date(row, 4, n, FIELDS.get(4), problems);
                LocalDate to = SheetCells.date(row, 5, n, FIELDS.get(5), problems);
                String parentCode = SheetCells.text(row, 3).toUpperCase();
                Long parentId = null;
                if (!parentCode.isEmpty()) {
                    parentId = units.findByCode(parentCode).map(Unit::getId).orElse(null);
                    if (parentId == null && !codesInFile.containsKey(parentCode)) {
                        problems.add(new Problem(n, "parentCode", "import.unit.parent", List.of(parentCode)));
                    }
                }
                UnitDetails details = new UnitDetails(
                        code, SheetCells.text(row, 1), kind, parentId, from, to, SheetCells.text(row, 6));
                editing.check(details, null, n).stream()
                        .filter(p -> !(p.field().equals("kind")
                                && kind == null
                                && !SheetCells.text(row, 2).isEmpty()))
                        .forEach(problems::add);
                Integer first = code.isEmpty() ? null : codesInFile.putIfAbsent(code, n);
                if (first != null) {
                    problems.add(new Problem(n, "code", "import.unit.repeated", List.of(code, first)));
                }
                if (problems.size() == before) {
                    rows.add(new CheckedRow(n, details, parentId, parentCode));
                }
                progress.at(r, sheet.lastRowNumber());
            }
        } catch (InvalidInput e) {
            throw e;
        } catch (RuntimeException e) {
            throw InvalidInput.of("file", "import.file.unreadable");
        }
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        if (rows.isEmpty()) {
            throw InvalidInput.of("file", "import.file.empty");
        }
        return rows;
    }

    /** Kinds by their Vietnamese and English names and by the enum name, folded. */
    private Map<String, UnitKind> kindNames() {
        Map<String, UnitKind> names = new HashMap<>();
        for (UnitKind kind : UnitKind.values()) {
            names.put(VietnameseText.fold(kind.name()), kind);
            for (String lang : List.of("vi", "en")) {
                names.put(
                        VietnameseText.fold(messages.getMessage(
                                "kind." + kind, null, kind.name(), java.util.Locale.forLanguageTag(lang))),
                        kind);
            }
        }
        return names;
    }

    public byte[] template() {
        try (XSSFWorkbook workbook = new XSSFWorkbook();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet("Danh sách đơn vị");
            Row header = sheet.createRow(0);
            for (int c = 0; c < COLUMNS.size(); c++) {
                header.createCell(c).setCellValue(COLUMNS.get(c));
                sheet.setColumnWidth(c, (c == 1 ? 40 : 20) * 256);
            }
            String[] example = {"TN25-096-THCS1", "Trường THCS Gia Lộc", "Trường học", "TN25-096", "01/07/2025", "", ""
            };
            Row row = sheet.createRow(1);
            for (int c = 0; c < example.length; c++) {
                row.createCell(c).setCellValue(example[c]);
            }
            Sheet kinds = workbook.createSheet("Loại đơn vị");
            int i = 0;
            for (UnitKind kind : UnitKind.values()) {
                kinds.createRow(i++)
                        .createCell(0)
                        .setCellValue(messages.getMessage(
                                "kind." + kind, null, kind.name(), java.util.Locale.forLanguageTag("vi")));
            }
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
