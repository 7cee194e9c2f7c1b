package vn.thidua.commendation;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.IntConsumer;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.thidua.achievement.Award;
import vn.thidua.achievement.Vocabulary;
import vn.thidua.organization.AccessScope;
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
 * Nominees from the lists units really send: title rows above the header, the header row anywhere
 * in the first ten rows (a second header row below it, merged cells read as their first cell), the
 * columns in any order under any of their usual wordings (diacritics, case and spacing ignored),
 * titles and forms in the words lists use ("BK tỉnh", "CSTĐCS", "Chủ tịch nước tặng Huân chương
 * Lao động hạng Ba"), individuals told from collectives by the list's own column, its section rows
 * ("A. TẬP THỂ"), a birth date or CCCD, or the name ("Thanh tra tỉnh …", "Trường …"). The file is
 * first read into a {@link Reading} shown as a preview; nothing is added until the user confirms,
 * and then all-or-nothing: every bad row is named, and nothing is added unless every row is good.
 */
@Service
public class NomineesImport {

    private static final int HEADER_SEARCH = 10;

    /**
     * The columns, each with the header wordings met in real lists. A new column (or a new wording
     * of one) is a new constant (or one more string): the reader matches any of them, folded.
     */
    enum Column {
        NAME(
                "fullName",
                "Họ và tên",
                "Họ tên",
                "Họ và tên (tên tập thể)",
                "Tên tập thể",
                "Tên cá nhân, tập thể",
                "Họ và tên cá nhân, tên tập thể",
                "Họ và tên cá nhân/tên tập thể",
                "Tên cá nhân/tập thể",
                "Tên tập thể, cá nhân",
                "Tên tập thể/cá nhân",
                "Tên đơn vị, cá nhân",
                "Tập thể, cá nhân",
                "Cá nhân, tập thể được đề nghị",
                "Tên tập thể, họ tên cá nhân",
                "Họ tên cá nhân, tên tập thể"),
        BIRTH(
                "birthDate",
                "Ngày sinh",
                "Ngày, tháng, năm sinh",
                "Ngày tháng năm sinh",
                "Năm sinh",
                "Ngày/tháng/năm sinh"),
        NATIONAL_ID(
                "nationalId",
                "Số CCCD",
                "CCCD",
                "Số căn cước",
                "Số căn cước công dân",
                "Số định danh cá nhân",
                "Số CMND/CCCD",
                "CMND/CCCD",
                "Số CCCD/CMND",
                "Căn cước công dân"),
        POSITION(
                "position",
                "Chức vụ",
                "Chức vụ, đơn vị công tác",
                "Chức vụ, đơn vị",
                "Chức danh",
                "Chức vụ/đơn vị công tác",
                "Chức vụ, nơi công tác",
                "Chức danh, đơn vị công tác"),
        UNIT("unitId", "Đơn vị", "Đơn vị công tác", "Mã đơn vị", "Cơ quan, đơn vị", "Cơ quan, đơn vị công tác"),
        TIER(
                "recipientTier",
                "Đối tượng (lãnh đạo, lao động trực tiếp)",
                "Đối tượng (lãnh đạo, trực tiếp)",
                "Lãnh đạo, lao động trực tiếp",
                "Lãnh đạo/lao động trực tiếp",
                "Lãnh đạo hay trực tiếp",
                "Lãnh đạo/trực tiếp",
                "Cấp lãnh đạo",
                "Phân loại đối tượng",
                "Phân loại cán bộ",
                "Thành phần",
                "Đối tượng thống kê"),
        ENTERPRISE(
                "enterprise",
                "Doanh nghiệp",
                "Là doanh nghiệp",
                "Tập thể là doanh nghiệp",
                "Doanh nghiệp (tập thể)",
                "DN"),
        SUBJECT("subject", "Đối tượng", "Cá nhân/Tập thể", "Loại đối tượng", "Cá nhân hay tập thể", "Loại"),
        AWARD(
                "award",
                "Hình thức đề nghị",
                "Hình thức khen thưởng",
                "Danh hiệu, hình thức đề nghị",
                "Đề nghị",
                "Hình thức, danh hiệu đề nghị",
                "Danh hiệu đề nghị",
                "Hình thức khen thưởng đề nghị",
                "Hình thức khen",
                "Danh hiệu thi đua/hình thức khen thưởng",
                "Danh hiệu thi đua, hình thức khen thưởng",
                "Hình thức khen thưởng/danh hiệu thi đua",
                "Đề nghị khen thưởng",
                "Loại hình khen thưởng"),
        SUMMARY(
                "summary",
                "Tóm tắt thành tích",
                "Thành tích",
                "Tóm tắt thành tích chủ yếu",
                "Nội dung thành tích",
                "Thành tích đạt được",
                "Tóm tắt thành tích đạt được",
                "Thành tích chủ yếu"),
        JUSTIFICATION("justification", "Giải trình", "Ghi chú");

        final String field;
        final List<String> labels;

        Column(String field, String... labels) {
            this.field = field;
            this.labels = Arrays.stream(labels).map(NomineesImport::label).toList();
        }

        /** Whether a header cell names this column, with or without its words in brackets. */
        boolean named(String headerText) {
            return labels.contains(label(headerText))
                    || labels.contains(label(headerText.replaceAll("\\([^)]*\\)", "")));
        }
    }

    /** Why a row was read as an individual, a collective or a household (shown in the preview). */
    public enum KindReason {
        /** the list's own "Cá nhân/Tập thể" column */
        COLUMN,
        /** a section row above it ("A. TẬP THỂ", "II. CÁ NHÂN") */
        SECTION,
        /** it gives a birth date or a CCCD */
        PERSONAL_DATA,
        /** its name is an organisation's ("Thanh tra tỉnh …", "Phòng …", "Trường …") */
        NAME_PATTERN,
        /** its name is one of the account's units */
        UNIT_NAME,
        /** nothing says otherwise */
        DEFAULT
    }

    /** A note on how a row was read that does not stop the import. */
    public record Note(String key, List<Object> args) {}

    /** One row as it was understood: the nominee, why its kind, its award, and any notes. */
    public record RowRead(
            int row,
            String name,
            NomineeSubject subject,
            KindReason kindReason,
            String awardText,
            Award award,
            RecipientTier tier,
            Boolean enterprise,
            List<Note> notes) {}

    /** The whole file as read: the rows understood, the nominees they make, and every problem. */
    public record Reading(List<RowRead> rows, List<NomineeInput> inputs, int[] rowNumbers, List<Problem> problems) {

        public boolean acceptable() {
            return problems.isEmpty() && !inputs.isEmpty();
        }

        public long warnings() {
            return rows.stream().mapToLong(r -> r.notes().size()).sum();
        }
    }

    /** A file held between its preview and the user's confirmation (table commendation_import_preview). */
    public record Staged(String token, Long dossierId, String fileName) {}

    private final Dossiers dossiers;
    private final UnitDirectory units;
    private final RunningImports running;
    private final ImportJobs jobs;
    private final SheetReader reader;
    private final JdbcClient jdbc;
    private final Clock clock;
    private final AccessScope scope;

    NomineesImport(
            Dossiers dossiers,
            UnitDirectory units,
            RunningImports running,
            ImportJobs jobs,
            SheetReader reader,
            JdbcClient jdbc,
            Clock clock,
            AccessScope scope) {
        this.reader = reader;
        this.dossiers = dossiers;
        this.units = units;
        this.running = running;
        this.jobs = jobs;
        this.jdbc = jdbc;
        this.clock = clock;
        this.scope = scope;
    }

    /**
     * Keeps an uploaded file for its preview, for this account and dossier only; files left
     * unconfirmed for a day are dropped. Returns the token naming it.
     */
    @Transactional
    public String stage(Long dossierId, byte[] file, String fileName) {
        Dossier d = dossiers.find(dossierId);
        if (!d.status().editableByUnit()) {
            throw InvalidInput.of("dossier", "validation.dossier.notEditable");
        }
        OffsetDateTime now = OffsetDateTime.now(clock);
        jdbc.sql("delete from commendation_import_preview where created_at < :before")
                .param("before", now.minusDays(1))
                .update();
        String token = UUID.randomUUID().toString();
        jdbc.sql("insert into commendation_import_preview (token, dossier_id, username, file_name, content, created_at)"
                        + " values (:t, :d, :u, :f, :c, :at)")
                .param("t", token)
                .param("d", dossierId)
                .param("u", scope.actor().username())
                .param("f", fileName == null || fileName.isBlank() ? "danh-sach.xlsx" : fileName)
                .param("c", file)
                .param("at", now)
                .update();
        return token;
    }

    /** The staged file of this account for this dossier, if any. */
    public Optional<Staged> staged(Long dossierId, String token) {
        return jdbc.sql("select token, dossier_id, file_name from commendation_import_preview"
                        + " where token = :t and dossier_id = :d and username = :u")
                .param("t", token)
                .param("d", dossierId)
                .param("u", scope.actor().username())
                .query((rs, n) -> new Staged(rs.getString(1), rs.getLong(2), rs.getString(3)))
                .optional();
    }

    private byte[] content(Staged staged) {
        return jdbc.sql("select content from commendation_import_preview where token = :t")
                .param("t", staged.token())
                .query((rs, n) -> rs.getBytes(1))
                .single();
    }

    /**
     * How the staged file reads, row by row, with the problems adding it would meet (the checks
     * against the people and units on record included); nothing is written.
     */
    public Reading preview(Long dossierId, Staged staged) {
        Reading reading = reading(dossierId, new ByteArrayInputStream(content(staged)), done -> {});
        if (reading.problems().isEmpty() && !reading.inputs().isEmpty()) {
            List<Problem> checked = dossiers.check(dossierId, reading.inputs(), reading.rowNumbers());
            if (!checked.isEmpty()) {
                return new Reading(reading.rows(), reading.inputs(), reading.rowNumbers(), checked);
            }
        }
        return reading;
    }

    /** The user confirmed the preview: the staged file is imported (in the background) and forgotten. */
    @Transactional
    public String confirm(Long dossierId, Staged staged, int version) {
        byte[] file = content(staged);
        jdbc.sql("delete from commendation_import_preview where token = :t")
                .param("t", staged.token())
                .update();
        return start(dossierId, version, file, staged.fileName());
    }

    /** The user gave up on the preview: the staged file is forgotten. */
    public void discard(Staged staged) {
        jdbc.sql("delete from commendation_import_preview where token = :t")
                .param("t", staged.token())
                .update();
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
        Reading reading = reading(dossierId, file, progress);
        if (!reading.problems().isEmpty()) {
            throw new InvalidInput(reading.problems());
        }
        for (int r : reading.rowNumbers()) {
            rowsRead.add(r);
        }
        return reading.inputs();
    }

    /** The file read row by row: what each row was understood as, and every problem. */
    public Reading reading(Long dossierId, InputStream file, IntConsumer progress) {
        Dossier dossier = dossiers.find(dossierId);
        Map<String, Long> unitByKey = new HashMap<>();
        for (Unit u : units.currentInScope()) {
            unitByKey.putIfAbsent(u.getCode().toUpperCase(java.util.Locale.ROOT), u.getId());
            unitByKey.putIfAbsent(VietnameseText.fold(u.getName()), u.getId());
        }
        List<Problem> problems = new ArrayList<>();
        List<NomineeInput> inputs = new ArrayList<>();
        List<RowRead> read = new ArrayList<>();
        List<Integer> rowNumbers = new ArrayList<>();
        try (StreamedSheet sheet = reader.firstSheetSpreadingMergedCells(file)) {
            Iterator<SheetRow> rows = sheet.iterator();
            Header header = columns(findHeader(rows));
            NomineeSubject section = null;
            while (rows.hasNext()) {
                SheetRow row = rows.next();
                int r = row.getRowNum();
                if (SheetCells.blank(row, 20) || onlyNumbering(row, header) || repeatsHeader(row, header)) {
                    continue;
                }
                Optional<NomineeSubject> heading = section(row, header);
                if (heading.isPresent()) {
                    section = heading.get();
                    continue;
                }
                List<Note> notes = new ArrayList<>();
                int before = problems.size();
                RowRead understood = readRow(dossier, row, header, section, unitByKey, problems, notes, inputs);
                read.add(understood);
                if (problems.size() == before) {
                    rowNumbers.add(r + 1);
                }
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
        return new Reading(
                List.copyOf(read),
                List.copyOf(inputs),
                rowNumbers.stream().mapToInt(Integer::intValue).toArray(),
                List.copyOf(problems));
    }

    private RowRead readRow(
            Dossier dossier,
            SheetRow row,
            Header header,
            NomineeSubject section,
            Map<String, Long> unitByKey,
            List<Problem> problems,
            List<Note> notes,
            List<NomineeInput> inputs) {
        int rowNumber = row.getRowNum() + 1;
        int before = problems.size();
        String name = header.cell(row, Column.NAME);
        String awardText = header.cell(row, Column.AWARD);
        Optional<Award> award = Vocabulary.awardIn(awardText);
        if (awardText.isEmpty()) {
            problems.add(new Problem(rowNumber, "award", "validation.required", List.of()));
        } else if (award.isEmpty()) {
            problems.add(new Problem(rowNumber, "award", "import.unknownWords", List.of(awardText)));
        } else if (Vocabulary.award(awardText).isEmpty()) {
            notes.add(new Note("import.note.awardReadAs", List.of(awardText, Vocabulary.name(award.get()))));
        }
        String unitText = header.cell(row, Column.UNIT);
        Long unit = dossier.proposingUnitId();
        if (!unitText.isEmpty()) {
            unit = unitByKey.getOrDefault(
                    unitText.toUpperCase(java.util.Locale.ROOT), unitByKey.get(VietnameseText.fold(unitText)));
            if (unit == null) {
                problems.add(new Problem(rowNumber, "unitId", "validation.dossier.collectiveUnit", List.of(unitText)));
            }
        }
        LocalDate birth = null;
        for (int c : header.all(Column.BIRTH)) {
            if (birth == null && !SheetCells.text(row, c).isBlank()) {
                birth = SheetCells.date(row, c, rowNumber, "birthDate", problems);
            }
        }
        String nid = header.has(Column.NATIONAL_ID) ? SheetCells.digits(row, header.first(Column.NATIONAL_ID)) : "";
        String subjectText = header.cell(row, Column.SUBJECT);
        KindReason reason;
        NomineeSubject subject;
        Optional<NomineeSubject> stated = stated(subjectText);
        if (stated.isPresent()) {
            subject = stated.get();
            reason = KindReason.COLUMN;
        } else if (birth != null || !nid.isEmpty()) {
            subject = NomineeSubject.INDIVIDUAL;
            reason = KindReason.PERSONAL_DATA;
        } else if (section != null) {
            subject = section;
            reason = KindReason.SECTION;
        } else if (CollectiveNames.looksCollective(name)) {
            subject = NomineeSubject.COLLECTIVE;
            reason = KindReason.NAME_PATTERN;
        } else if (unitByKey.containsKey(VietnameseText.fold(name))) {
            subject = NomineeSubject.COLLECTIVE;
            reason = KindReason.UNIT_NAME;
        } else {
            subject = NomineeSubject.INDIVIDUAL;
            reason = KindReason.DEFAULT;
        }
        Long collectiveUnit = unit;
        if (subject == NomineeSubject.COLLECTIVE) {
            collectiveUnit = CollectiveNames.unitNamed(name, unitByKey).orElse(null);
            if (collectiveUnit == null) {
                problems.add(new Problem(rowNumber, "unitId", "validation.dossier.collectiveUnit", List.of(name)));
            }
        }
        if (name.isEmpty()) {
            problems.add(new Problem(rowNumber, "fullName", "validation.required", List.of()));
        }
        String summary = header.cell(row, Column.SUMMARY);
        if (summary.isEmpty()) {
            notes.add(new Note("import.note.summaryMissing", List.of()));
        }
        if (!nid.isEmpty()) {
            vn.thidua.shared.NationalId.problem(nid, null, birth)
                    .ifPresent(key -> problems.add(new Problem(rowNumber, "nationalId", key, List.of())));
        }
        String tierText = header.cell(row, Column.TIER);
        RecipientTier tier = RecipientTier.fromCell(tierText).orElse(null);
        if (tier == null && !tierText.isEmpty()) {
            problems.add(new Problem(
                    rowNumber, "recipientTier", "validation.classification.tierUnknown", List.of(tierText)));
        } else if (tier != null && subject != NomineeSubject.INDIVIDUAL) {
            problems.add(new Problem(rowNumber, "recipientTier", "validation.classification.tierForPeople", List.of()));
        }
        String enterpriseText = header.cell(row, Column.ENTERPRISE);
        Boolean enterprise = enterprise(enterpriseText);
        if (enterprise == null && !enterpriseText.isEmpty()) {
            problems.add(new Problem(
                    rowNumber, "enterprise", "validation.classification.enterpriseUnknown", List.of(enterpriseText)));
        } else if (Boolean.TRUE.equals(enterprise) && subject != NomineeSubject.COLLECTIVE) {
            problems.add(new Problem(
                    rowNumber, "enterprise", "validation.classification.enterpriseForCollectives", List.of()));
        }
        if (award.isPresent() && problems.size() == before) {
            award.get()
                    .refused(NomineeChecks.recipient(subject), rowNumber, "award")
                    .ifPresent(problems::add);
        }
        if (problems.size() == before) {
            inputs.add(new NomineeInput(
                    subject,
                    null,
                    collectiveUnit,
                    name,
                    birth,
                    nid.isEmpty() ? null : nid,
                    header.cell(row, Column.POSITION),
                    award.get(),
                    summary,
                    false,
                    header.cell(row, Column.JUSTIFICATION),
                    tier,
                    subject == NomineeSubject.COLLECTIVE ? enterprise : null));
        }
        return new RowRead(
                rowNumber,
                name,
                subject,
                reason,
                awardText,
                award.orElse(null),
                tier,
                subject == NomineeSubject.COLLECTIVE ? enterprise : null,
                List.copyOf(notes));
    }

    /**
     * What an enterprise cell says: yes ("x", "Có", "Doanh nghiệp", "DN"), no ("Không", "0"), or nothing; {@code
     * null} for an empty cell (not stated) and for words it does not know (the caller names them).
     */
    static Boolean enterprise(String cell) {
        String folded = VietnameseText.fold(cell == null ? "" : cell).strip();
        return switch (folded) {
            case "x", "co", "c", "1", "true", "yes", "dn", "doanh nghiep", "la doanh nghiep" -> Boolean.TRUE;
            case "khong", "k", "0", "false", "no", "-" -> Boolean.FALSE;
            default -> null;
        };
    }

    /** What the list's own "Đối tượng" column says, if anything. */
    private static Optional<NomineeSubject> stated(String text) {
        String folded = VietnameseText.fold(text).strip();
        if (folded.startsWith("tap the") || folded.equals("tt")) {
            return Optional.of(NomineeSubject.COLLECTIVE);
        }
        if (folded.startsWith("ho gia dinh") || folded.equals("ho")) {
            return Optional.of(NomineeSubject.HOUSEHOLD);
        }
        if (folded.startsWith("ca nhan") || folded.equals("cn")) {
            return Optional.of(NomineeSubject.INDIVIDUAL);
        }
        return Optional.empty();
    }

    private static final java.util.regex.Pattern SECTION = java.util.regex.Pattern.compile(
            "^(?:[ivx]+|[a-d]|\\d+)?[.)/\\s-]*(?:danh sach\\s+)?(?:de nghi\\s+)?(?:khen thuong\\s+)?(?:cho\\s+)?"
                    + "(tap the|ca nhan|ho gia dinh)\\b.*");

    /** A section row ("A. TẬP THỂ", "II. CÁ NHÂN", "Khen thưởng cho tập thể"): no award, a heading. */
    private static Optional<NomineeSubject> section(SheetRow row, Header header) {
        if (!header.cell(row, Column.AWARD).isEmpty()) {
            return Optional.empty();
        }
        StringBuilder text = new StringBuilder();
        for (int c = 0; c < Math.min(row.getLastCellNum(), 20); c++) {
            String t = SheetCells.text(row, c).strip();
            if (!t.isEmpty() && text.indexOf(t) < 0) {
                text.append(t).append(' ');
            }
        }
        var m = SECTION.matcher(VietnameseText.fold(text.toString()).strip());
        if (!m.matches() || text.length() > 80) {
            return Optional.empty();
        }
        return stated(m.group(1));
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
                "Giải trình",
                "Đối tượng (lãnh đạo, lao động trực tiếp)",
                "Doanh nghiệp"
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
                "",
                "Lao động trực tiếp",
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

    /** A row with nothing but its number, or only column numbers ("(1)", "(2)", … under the header). */
    private static boolean onlyNumbering(SheetRow row, Header header) {
        if (header.cell(row, Column.NAME).isEmpty()
                && header.cell(row, Column.AWARD).isEmpty()) {
            return true;
        }
        for (int c = 0; c < Math.min(row.getLastCellNum(), 50); c++) {
            String t = SheetCells.text(row, c).strip();
            if (!t.isEmpty() && !t.matches("\\(?\\d{1,2}\\)?(\\s*=.*)?")) {
                return false;
            }
        }
        return true;
    }

    /** The second row of a two-row header (merged cells repeat the first row's labels into it). */
    private static boolean repeatsHeader(SheetRow row, Header header) {
        return Column.NAME.named(header.cell(row, Column.NAME)) || Column.AWARD.named(header.cell(row, Column.AWARD));
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
                String text = SheetCells.text(row, c);
                name |= Column.NAME.named(text);
                award |= Column.AWARD.named(text);
            }
            if (name && award) {
                return row;
            }
        }
        throw InvalidInput.of("file", "import.nominees.header");
    }

    /** Where each column is: every column under its label (a label merged over two columns gives both). */
    private static final class Header {
        private final Map<Column, List<Integer>> at = new java.util.EnumMap<>(Column.class);

        boolean has(Column column) {
            return at.containsKey(column);
        }

        int first(Column column) {
            return at.get(column).get(0);
        }

        List<Integer> all(Column column) {
            return at.getOrDefault(column, List.of());
        }

        String cell(SheetRow row, Column column) {
            return has(column) && row != null
                    ? SheetCells.text(row, first(column)).strip()
                    : "";
        }
    }

    private static Header columns(SheetRow header) {
        Header h = new Header();
        for (int c = 0; c < header.getLastCellNum(); c++) {
            String text = SheetCells.text(header, c);
            for (Column column : Column.values()) {
                if (column.named(text)) {
                    h.at.computeIfAbsent(column, k -> new ArrayList<>()).add(c);
                    break;
                }
            }
        }
        return h;
    }

    private static String label(String text) {
        return VietnameseText.fold(text.replace("(*)", "")).replaceAll("[^a-z0-9]", "");
    }
}
