package vn.thidua.commendation;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.IntConsumer;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import vn.thidua.achievement.Award;
import vn.thidua.achievement.Vocabulary;
import vn.thidua.organization.ImportJobs;
import vn.thidua.organization.RunningImports;
import vn.thidua.organization.SheetCells;
import vn.thidua.organization.SheetReader;
import vn.thidua.organization.SheetRow;
import vn.thidua.organization.StreamedSheet;
import vn.thidua.organization.Unit;
import vn.thidua.organization.UnitDirectory;
import vn.thidua.shared.InvalidInput;
import vn.thidua.shared.InvalidInput.Problem;
import vn.thidua.shared.VietnameseText;

/**
 * Nominees from the lists units really send: the header row anywhere in the first ten rows, the
 * columns in any order under their usual Vietnamese wordings, merged cells read as their first
 * cell (a unit written once for several rows), titles and forms in the words lists use ("BK tỉnh",
 * "CSTĐCS"). All-or-nothing: every bad row is named, and nothing is added unless every row is good.
 */
@Service
public class NomineesImport {

    private static final int HEADER_SEARCH = 10;

    /** The columns, each with the header wordings met in real lists. */
    enum Column {
        NAME(
                "fullName",
                "Họ và tên",
                "Họ tên",
                "Họ và tên (tên tập thể)",
                "Tên tập thể",
                "Tên cá nhân, tập thể",
                "Họ và tên cá nhân, tên tập thể"),
        BIRTH("birthDate", "Ngày sinh", "Ngày, tháng, năm sinh", "Ngày tháng năm sinh"),
        NATIONAL_ID("nationalId", "Số CCCD", "CCCD", "Số căn cước", "Số căn cước công dân", "Số định danh cá nhân"),
        POSITION("position", "Chức vụ", "Chức vụ, đơn vị công tác", "Chức vụ, đơn vị", "Chức danh"),
        UNIT("unitId", "Đơn vị", "Đơn vị công tác", "Mã đơn vị", "Cơ quan, đơn vị"),
        SUBJECT("subject", "Đối tượng", "Cá nhân/Tập thể", "Loại đối tượng"),
        AWARD(
                "award",
                "Hình thức đề nghị",
                "Hình thức khen thưởng",
                "Danh hiệu, hình thức đề nghị",
                "Đề nghị",
                "Hình thức, danh hiệu đề nghị",
                "Danh hiệu đề nghị"),
        SUMMARY("summary", "Tóm tắt thành tích", "Thành tích", "Tóm tắt thành tích chủ yếu", "Nội dung thành tích"),
        JUSTIFICATION("justification", "Giải trình", "Ghi chú");

        final String field;
        final List<String> labels;

        Column(String field, String... labels) {
            this.field = field;
            this.labels = Arrays.stream(labels).map(NomineesImport::label).toList();
        }
    }

    private final Dossiers dossiers;
    private final UnitDirectory units;
    private final RunningImports running;
    private final ImportJobs jobs;
    private final SheetReader reader;

    NomineesImport(
            Dossiers dossiers, UnitDirectory units, RunningImports running, ImportJobs jobs, SheetReader reader) {
        this.reader = reader;
        this.dossiers = dossiers;
        this.units = units;
        this.running = running;
        this.jobs = jobs;
    }

    /** Starts the import in the background; progress and problems go to the import job. */
    public String start(Long dossierId, int version, byte[] file, String fileName) {
        Dossier d = dossiers.find(dossierId);
        if (!d.status().editableByUnit()) {
            throw InvalidInput.of("dossier", "validation.dossier.notEditable");
        }
        return running.start("nominees:" + dossierId, fileName == null ? "danh-sach.xlsx" : fileName, job -> {
            List<Integer> rows = new ArrayList<>();
            List<NomineeInput> inputs = read(
                    dossierId,
                    new ByteArrayInputStream(file),
                    rows,
                    (done) -> jobs.progress(job, ImportJobs.Phase.READING, done, Math.max(done, 1)));
            int[] rowNumbers = rows.stream().mapToInt(Integer::intValue).toArray();
            return dossiers.addNominees(
                            dossierId,
                            version,
                            inputs,
                            rowNumbers,
                            done -> jobs.progress(job, ImportJobs.Phase.WRITING, done, inputs.size()))
                    .size();
        });
    }

    /**
     * Reads and checks the file without adding anything: the nominees, or every problem found; the
     * row number (1-based) of each nominee goes to {@code rowsRead}.
     */
    public List<NomineeInput> read(Long dossierId, InputStream file, List<Integer> rowsRead, IntConsumer progress) {
        Dossier dossier = dossiers.find(dossierId);
        Map<String, Long> unitByKey = new HashMap<>();
        for (Unit u : units.currentInScope()) {
            unitByKey.putIfAbsent(u.getCode().toUpperCase(java.util.Locale.ROOT), u.getId());
            unitByKey.putIfAbsent(VietnameseText.fold(u.getName()), u.getId());
        }
        List<Problem> problems = new ArrayList<>();
        List<NomineeInput> inputs = new ArrayList<>();
        try (StreamedSheet sheet = reader.firstSheetSpreadingMergedCells(file)) {
            Iterator<SheetRow> rows = sheet.iterator();
            Map<Column, Integer> col = columns(findHeader(rows));
            while (rows.hasNext()) {
                SheetRow row = rows.next();
                int r = row.getRowNum();
                if (SheetCells.blank(row, 20) || onlyNumbering(row, col)) {
                    continue;
                }
                readRow(dossier, row, col, unitByKey, problems).ifPresent(in -> {
                    inputs.add(in);
                    rowsRead.add(row.getRowNum() + 1);
                });
                if (r % 500 == 0) {
                    progress.accept(r);
                }
            }
        } catch (InvalidInput | AccessDeniedException e) {
            throw e;
        } catch (RuntimeException e) {
            throw InvalidInput.of("file", "import.file.unreadable");
        }
        if (inputs.isEmpty() && problems.isEmpty()) {
            throw InvalidInput.of("file", "import.file.empty");
        }
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        return inputs;
    }

    private Optional<NomineeInput> readRow(
            Dossier dossier,
            SheetRow row,
            Map<Column, Integer> col,
            Map<String, Long> unitByKey,
            List<Problem> problems) {
        int rowNumber = row.getRowNum() + 1;
        int before = problems.size();
        String name = cell(row, col, Column.NAME);
        String awardText = cell(row, col, Column.AWARD);
        Optional<Award> award = Vocabulary.award(awardText);
        if (awardText.isEmpty()) {
            problems.add(new Problem(rowNumber, "award", "validation.required", List.of()));
        } else if (award.isEmpty()) {
            problems.add(new Problem(rowNumber, "award", "import.unknownWords", List.of(awardText)));
        }
        String unitText = cell(row, col, Column.UNIT);
        Long unit = dossier.proposingUnitId();
        if (!unitText.isEmpty()) {
            unit = unitByKey.getOrDefault(
                    unitText.toUpperCase(java.util.Locale.ROOT), unitByKey.get(VietnameseText.fold(unitText)));
            if (unit == null) {
                problems.add(new Problem(rowNumber, "unitId", "validation.dossier.collectiveUnit", List.of(unitText)));
            }
        }
        LocalDate birth = col.containsKey(Column.BIRTH)
                ? SheetCells.date(row, col.get(Column.BIRTH), rowNumber, "birthDate", problems)
                : null;
        NomineeSubject subject = subject(cell(row, col, Column.SUBJECT), name, birth, unitByKey);
        Long collectiveUnit = subject == NomineeSubject.COLLECTIVE ? unitByKey.get(VietnameseText.fold(name)) : unit;
        if (subject == NomineeSubject.COLLECTIVE && collectiveUnit == null) {
            problems.add(new Problem(rowNumber, "unitId", "validation.dossier.collectiveUnit", List.of(name)));
        }
        if (name.isEmpty()) {
            problems.add(new Problem(rowNumber, "fullName", "validation.required", List.of()));
        }
        if (cell(row, col, Column.SUMMARY).isEmpty()) {
            problems.add(new Problem(rowNumber, "summary", "validation.required", List.of()));
        }
        String nid = col.containsKey(Column.NATIONAL_ID) ? SheetCells.digits(row, col.get(Column.NATIONAL_ID)) : "";
        if (!nid.isEmpty()) {
            vn.thidua.shared.NationalId.problem(nid, null, birth)
                    .ifPresent(key -> problems.add(new Problem(rowNumber, "nationalId", key, List.of())));
        }
        if (problems.size() > before) {
            return Optional.empty();
        }
        NomineeInput in = new NomineeInput(
                subject,
                null,
                collectiveUnit,
                name,
                birth,
                nid.isEmpty() ? null : nid,
                cell(row, col, Column.POSITION),
                award.get(),
                cell(row, col, Column.SUMMARY),
                false,
                cell(row, col, Column.JUSTIFICATION));
        return Optional.of(in);
    }

    /** Individual unless the list says otherwise, or the name is one of the account's units and no birth date is given. */
    private static NomineeSubject subject(String text, String name, LocalDate birth, Map<String, Long> unitByKey) {
        String folded = VietnameseText.fold(text);
        if (folded.startsWith("tap the")) {
            return NomineeSubject.COLLECTIVE;
        }
        if (folded.startsWith("ho gia dinh") || folded.equals("ho")) {
            return NomineeSubject.HOUSEHOLD;
        }
        if (folded.startsWith("ca nhan")) {
            return NomineeSubject.INDIVIDUAL;
        }
        return birth == null && unitByKey.containsKey(VietnameseText.fold(name))
                ? NomineeSubject.COLLECTIVE
                : NomineeSubject.INDIVIDUAL;
    }

    /** A blank template with the columns and an example row. */
    public byte[] template() {
        try (XSSFWorkbook wb = new XSSFWorkbook();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = wb.createSheet("Danh sách đề nghị");
            sheet.createRow(0).createCell(0).setCellValue("DANH SÁCH ĐỀ NGHỊ KHEN THƯỞNG");
            sheet.createRow(1)
                    .createCell(0)
                    .setCellValue(
                            "(Kèm theo Tờ trình số …/TTr-… ngày … tháng … năm …; hình thức: BK tỉnh, CSTĐCS, Giấy khen …)");
            String[] headers = {
                "STT",
                "Họ và tên (tên tập thể)",
                "Ngày sinh",
                "Số CCCD",
                "Chức vụ, đơn vị công tác",
                "Đơn vị",
                "Hình thức đề nghị",
                "Tóm tắt thành tích",
                "Giải trình"
            };
            Row header = sheet.createRow(3);
            for (int i = 0; i < headers.length; i++) {
                header.createCell(i).setCellValue(headers[i]);
                sheet.setColumnWidth(i, (i == 7 ? 60 : 20) * 256);
            }
            Row example = sheet.createRow(4);
            String[] values = {
                "1",
                "Nguyễn Thị Mỹ Hạnh",
                "14/03/1985",
                "072185001234",
                "Giáo viên Trường THPT Tây Ninh",
                "",
                "Bằng khen của Chủ tịch UBND tỉnh",
                "Hoàn thành xuất sắc nhiệm vụ năm học 2023-2024 và 2024-2025",
                ""
            };
            for (int i = 0; i < values.length; i++) {
                example.createCell(i).setCellValue(values[i]);
            }
            wb.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A row with nothing but its number (lists often end with numbered empty rows). */
    private static boolean onlyNumbering(SheetRow row, Map<Column, Integer> col) {
        return cell(row, col, Column.NAME).isEmpty()
                && cell(row, col, Column.AWARD).isEmpty();
    }

    /** The header row: the first of the first rows naming both the nominee and the award. */
    private static SheetRow findHeader(Iterator<SheetRow> rows) {
        int first = -1;
        while (rows.hasNext()) {
            SheetRow row = rows.next();
            if (first < 0) {
                first = row.getRowNum();
            }
            if (row.getRowNum() >= first + HEADER_SEARCH) {
                break;
            }
            boolean name = false;
            boolean award = false;
            for (int c = 0; c < row.getLastCellNum(); c++) {
                String text = label(SheetCells.text(row, c));
                name |= Column.NAME.labels.contains(text);
                award |= Column.AWARD.labels.contains(text);
            }
            if (name && award) {
                return row;
            }
        }
        throw InvalidInput.of("file", "import.nominees.header");
    }

    private static Map<Column, Integer> columns(SheetRow header) {
        Map<Column, Integer> col = new java.util.EnumMap<>(Column.class);
        for (int c = 0; c < header.getLastCellNum(); c++) {
            String text = label(SheetCells.text(header, c));
            for (Column column : Column.values()) {
                if (!col.containsKey(column) && column.labels.contains(text)) {
                    col.put(column, c);
                }
            }
        }
        return col;
    }

    private static String cell(SheetRow row, Map<Column, Integer> col, Column column) {
        Integer c = col.get(column);
        return c == null || row == null ? "" : SheetCells.text(row, c).strip();
    }

    private static String label(String text) {
        return VietnameseText.fold(text.replace("(*)", "")).replaceAll("[^a-z0-9]", "");
    }
}
