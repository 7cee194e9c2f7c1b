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
import java.util.Set;
import java.util.function.IntConsumer;
import java.util.stream.Collectors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.thidua.organization.BulkPeople.NewPerson;
import vn.thidua.shared.AuditableChange;
import vn.thidua.shared.Gender;
import vn.thidua.shared.InvalidInput;
import vn.thidua.shared.InvalidInput.Problem;
import vn.thidua.shared.VietnameseText;

/**
 * Nhập danh sách cá nhân từ Excel: every row is checked (required fields, dates, CCCD, unit in the
 * account's scope, duplicates in the file and in the system) before anything is written; one bad
 * row rejects the file with every problem listed by row and column, and a good file is written in
 * one transaction.
 */
@Service
public class PeopleImport {

    /** Columns of the template, in order. */
    public static final List<String> COLUMNS = List.of(
            "STT",
            "Họ và tên (*)",
            "Giới tính (*)",
            "Ngày sinh (dd/mm/yyyy)",
            "Số CCCD",
            "Chức vụ",
            "Trực tiếp lao động (Có/Không)",
            "Mã đơn vị (*)",
            "Công tác từ ngày");

    static final List<String> FIELDS = List.of(
            "seq", "fullName", "gender", "birthDate", "nationalId", "position", "directWorker", "unitCode", "fromDate");
    private static final int PROGRESS_EVERY = 500;

    private final EditingPeople editing;
    private final BulkPeople bulk;
    private final AccessScope scope;
    private final UnitDirectory directory;
    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;
    private final SheetReader reader;

    private final java.time.Clock clock;

    PeopleImport(
            EditingPeople editing,
            BulkPeople bulk,
            AccessScope scope,
            UnitDirectory directory,
            JdbcClient jdbc,
            ApplicationEventPublisher events,
            SheetReader reader,
            java.time.Clock clock) {
        this.clock = clock;
        this.reader = reader;
        this.editing = editing;
        this.bulk = bulk;
        this.scope = scope;
        this.directory = directory;
        this.jdbc = jdbc;
        this.events = events;
    }

    /** The rows of a file, checked; throws {@link InvalidInput} listing every problem. */
    public List<NewPerson> read(InputStream file, ImportProgress progress) {
        Map<String, Unit> unitsByCode = directory.currentInScope().stream()
                .collect(Collectors.toMap(u -> u.getCode().toUpperCase(), u -> u, (a, b) -> a));
        Set<String> knownIds =
                Set.copyOf(jdbc.sql("select national_id from organization_person where national_id is not null")
                        .query(String.class)
                        .list());
        List<NewPerson> people = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        Map<String, Integer> idsInFile = new HashMap<>();
        try (StreamedSheet sheet = reader.firstSheet(file)) {
            java.util.Iterator<SheetRow> rows = sheet.iterator();
            requireHeader(rows.hasNext() ? rows.next() : null);
            while (rows.hasNext()) {
                SheetRow row = rows.next();
                int r = row.getRowNum();
                if (SheetCells.blank(row, COLUMNS.size())) {
                    continue;
                }
                String id = SheetCells.digits(row, 4);
                if (!id.isEmpty()) {
                    Integer first = idsInFile.putIfAbsent(id, r + 1);
                    if (first != null) {
                        problems.add(
                                new Problem(r + 1, "nationalId", "import.nationalId.repeated", List.of(id, first)));
                    } else if (knownIds.contains(id)) {
                        problems.add(new Problem(r + 1, "nationalId", "validation.nationalId.duplicate", List.of(id)));
                    }
                }
                NewPerson person = readRow(row, r + 1, unitsByCode, problems);
                if (person != null) {
                    people.add(person);
                }
                if (r % PROGRESS_EVERY == 0) {
                    progress.at(r, sheet.lastRowNumber());
                }
            }
        } catch (InvalidInput | AccessDeniedException e) {
            throw e;
        } catch (RuntimeException e) {
            throw InvalidInput.of("file", "import.file.unreadable");
        }
        if (people.isEmpty() && problems.isEmpty()) {
            throw InvalidInput.of("file", "import.file.empty");
        }
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        return people;
    }

    /** Writes checked rows in one transaction, with one audit entry for the whole file. */
    @PreAuthorize(EditingPeople.WRITERS)
    @Transactional
    public int write(List<NewPerson> people, String fileName, IntConsumer rowsWritten) {
        int written = bulk.insert(people, rowsWritten).size();
        events.publishEvent(new AuditableChange(
                "person-import", fileName, "IMPORT", null, "file=" + fileName + "\nrows=" + written));
        return written;
    }

    private NewPerson readRow(SheetRow row, int rowNumber, Map<String, Unit> unitsByCode, List<Problem> problems) {
        int before = problems.size();
        LocalDate birth = SheetCells.date(row, 3, rowNumber, FIELDS.get(3), problems);
        LocalDate from = SheetCells.date(row, 8, rowNumber, FIELDS.get(8), problems);
        Gender gender = gender(SheetCells.text(row, 2));
        if (gender == null && !SheetCells.text(row, 2).isEmpty()) {
            problems.add(new Problem(rowNumber, "gender", "import.gender", List.of(SheetCells.text(row, 2))));
        }
        Boolean direct = yesNo(SheetCells.text(row, 6));
        if (direct == null) {
            problems.add(new Problem(rowNumber, "directWorker", "import.yesNo", List.of(SheetCells.text(row, 6))));
        }
        PersonDetails details = new PersonDetails(
                SheetCells.text(row, 1),
                gender,
                birth,
                SheetCells.digits(row, 4),
                SheetCells.text(row, 5),
                Boolean.TRUE.equals(direct));
        for (Problem p : editing.check(details, null, rowNumber)) {
            if (!p.messageKey().equals("validation.nationalId.duplicate")
                    && !(p.field().equals("gender")
                            && gender == null
                            && !SheetCells.text(row, 2).isEmpty())) {
                problems.add(p);
            }
        }
        String code = SheetCells.text(row, 7).toUpperCase();
        Unit unit = unitsByCode.get(code);
        if (code.isEmpty()) {
            problems.add(new Problem(rowNumber, "unitCode", "validation.required", List.of()));
        } else if (unit == null) {
            problems.add(new Problem(rowNumber, "unitCode", "import.unit.outOfScope", List.of(code)));
        }
        if (problems.size() > before) {
            return null;
        }
        return new NewPerson(details, unit.getId(), from == null ? LocalDate.now(clock) : from);
    }

    private static Gender gender(String text) {
        return switch (VietnameseText.fold(text)) {
            case "nam", "male" -> Gender.MALE;
            case "nu", "female" -> Gender.FEMALE;
            case "khac", "other" -> Gender.OTHER;
            default -> null;
        };
    }

    private static Boolean yesNo(String text) {
        return switch (VietnameseText.fold(text)) {
            case "co", "x", "yes", "1" -> true;
            case "", "khong", "no", "0" -> false;
            default -> null;
        };
    }

    private static void requireHeader(SheetRow header) {
        for (int c = 0; c < COLUMNS.size(); c++) {
            String expected = VietnameseText.fold(COLUMNS.get(c));
            if (header == null
                    || header.getRowNum() != 0
                    || !VietnameseText.fold(SheetCells.text(header, c)).equals(expected)) {
                throw new InvalidInput(
                        List.of(new Problem(1, FIELDS.get(c), "import.header", List.of(COLUMNS.get(c)))));
            }
        }
    }

    /** The template: the header, one example row, and the unit codes this account may use. */
    public byte[] template() {
        if (!scope.provinceWide() && directory.currentInScope().isEmpty()) {
            throw new AccessDeniedException("no unit in scope");
        }
        try (XSSFWorkbook workbook = new XSSFWorkbook();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet("Danh sách cá nhân");
            Row header = sheet.createRow(0);
            for (int c = 0; c < COLUMNS.size(); c++) {
                header.createCell(c).setCellValue(COLUMNS.get(c));
                sheet.setColumnWidth(c, c == 1 ? 30 * 256 : 18 * 256);
            }
            List<Unit> units = directory.currentInScope();
            Row example = sheet.createRow(1);
            String[] values = {
                "1",
                "Nguyễn Thị Ánh Tuyết",
                "Nữ",
                "08/03/1984",
                "072184000123",
                "Giáo viên",
                "Có",
                units.isEmpty() ? "" : units.get(0).getCode(),
                "01/07/2025"
            };
            for (int c = 0; c < values.length; c++) {
                example.createCell(c).setCellValue(values[c]);
            }
            SheetCells.unitCodes(workbook, units);
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
