package vn.thidua.legacy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.thidua.organization.AccessScope;
import vn.thidua.organization.ImportSlots;
import vn.thidua.organization.SheetCells;
import vn.thidua.organization.SheetReader;
import vn.thidua.organization.SheetRow;
import vn.thidua.organization.StreamedSheet;
import vn.thidua.shared.AuditableChange;
import vn.thidua.shared.InvalidInput;
import vn.thidua.shared.InvalidInput.Problem;
import vn.thidua.shared.Role;
import vn.thidua.shared.VietnameseText;

/**
 * The legacy registers: searched by anyone who keeps records (they are the province's, kept by the
 * Ban TĐKT, with no unit of today to scope them by), written by the Ban TĐKT and the administrator
 * only — one entry from the form, or a whole file. A file is read as a stream; every row is checked
 * (words understood, dates possible, the entry not twice in the file nor already in the register)
 * before anything is written; one bad row rejects the file with every problem named by its row.
 */
@Service
class LegacyRegisters {

    /** The template's columns; a list may order them differently (found by their header). */
    static final List<String> COLUMNS = List.of(
            "STT",
            "Sổ (*)",
            "Đối tượng (*)",
            "Họ và tên (*)",
            "Năm sinh",
            "Số CCCD",
            "Quê quán, địa chỉ",
            "Hình thức khen thưởng (*)",
            "Thời kỳ kháng chiến",
            "Tỉnh cũ",
            "Số quyết định",
            "Ngày quyết định",
            "Cơ quan quyết định",
            "Ghi chú");

    private static final List<String> FIELDS = List.of(
            "seq",
            "register",
            "recipientKind",
            "fullName",
            "birthYear",
            "nationalId",
            "hometown",
            "form",
            "war",
            "formerProvince",
            "decisionNumber",
            "decidedOn",
            "issuer",
            "note");

    /** The day the former provinces were merged into Tây Ninh. */
    static final LocalDate MERGER = LocalDate.of(2025, 7, 1);

    private static final int HEADER_SEARCH = 10;

    private final JdbcClient jdbc;
    private final AccessScope scope;
    private final SheetReader reader;
    private final ImportSlots slots;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    LegacyRegisters(
            JdbcClient jdbc,
            AccessScope scope,
            SheetReader reader,
            ImportSlots slots,
            ApplicationEventPublisher events,
            Clock clock) {
        this.jdbc = jdbc;
        this.scope = scope;
        this.reader = reader;
        this.slots = slots;
        this.events = events;
        this.clock = clock;
    }

    /** Every word of the query in the name, form, decision or hometown (diacritics ignored). */
    @Transactional(readOnly = true)
    List<LegacyAward> search(String query, LegacyKinds.Register register, int limit) {
        scope.requireRecords();
        StringBuilder sql = new StringBuilder("select " + COLS + " from legacy_award where 1 = 1");
        Map<String, Object> params = new HashMap<>();
        if (register != null) {
            sql.append(" and register = :r");
            params.put("r", register.name());
        }
        int i = 0;
        for (String word : VietnameseText.fold(query).split(" ")) {
            if (!word.isBlank()) {
                sql.append(" and search_folded like :w").append(i);
                params.put("w" + i++, "%" + word + "%");
            }
        }
        sql.append(" order by name_folded, id fetch first :n rows only");
        params.put("n", limit);
        return jdbc.sql(sql.toString())
                .params(params)
                .query(LegacyRegisters::award)
                .list();
    }

    /** The entries that name the person: by CCCD, or by name and (when given) year of birth. */
    @Transactional(readOnly = true)
    List<LegacyAward> ofPerson(String fullName, Integer birthYear, String nationalId) {
        scope.requireRecords();
        return jdbc.sql("select " + COLS + " from legacy_award where (national_id = :nid)"
                        + " or (name_folded = :name and (:noYear = true or birth_year = :year or birth_year is null))"
                        + " order by decided_on, id")
                .param("nid", nationalId == null || nationalId.isBlank() ? "-" : nationalId)
                .param("name", VietnameseText.fold(fullName))
                .param("noYear", birthYear == null)
                .param("year", birthYear == null ? 0 : birthYear)
                .query(LegacyRegisters::award)
                .list();
    }

    @Transactional(readOnly = true)
    int count() {
        return jdbc.sql("select count(*) from legacy_award")
                .query(Integer.class)
                .single();
    }

    /** Adds one entry typed in the form. */
    @Transactional
    long add(Map<String, String> values) {
        requireKeeper();
        List<Problem> problems = new ArrayList<>();
        Entry entry = check(0, values, problems, new HashSet<>());
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        return write(List.of(entry), "nhập tay", false);
    }

    /** Imports a whole file, all or nothing; returns the number of entries written. */
    @Transactional
    int importFile(InputStream file, String fileName) {
        requireKeeper();
        try (ImportSlots.Slot slot = slots.take()) {
            List<Entry> entries = read(file);
            write(entries, "tệp " + VietnameseText.clean(fileName), false);
            return entries.size();
        }
    }

    /** The entries of a file, checked; {@link InvalidInput} with every problem otherwise. */
    List<Entry> read(InputStream file) {
        List<Problem> problems = new ArrayList<>();
        List<Entry> entries = new ArrayList<>();
        Set<String> keys = new HashSet<>();
        try (StreamedSheet sheet = reader.firstSheet(file)) {
            Map<String, Integer> columns = null;
            for (SheetRow row : sheet) {
                if (columns == null) {
                    columns = header(row);
                    if (columns == null && row.getRowNum() >= HEADER_SEARCH) {
                        throw InvalidInput.of("file", "validation.legacy.noHeader");
                    }
                    continue;
                }
                Map<String, String> values = new HashMap<>();
                boolean any = false;
                for (var c : columns.entrySet()) {
                    String v = c.getKey().equals("decidedOn")
                            ? dateText(row, c.getValue())
                            : SheetCells.text(row, c.getValue());
                    if (c.getKey().equals("nationalId")) {
                        v = SheetCells.digits(row, c.getValue());
                    }
                    values.put(c.getKey(), v);
                    any |= !c.getKey().equals("seq") && v != null && !v.isEmpty();
                }
                if (!any) {
                    continue;
                }
                Entry entry = check(row.getRowNum() + 1, values, problems, keys);
                if (entry != null) {
                    entries.add(entry);
                }
                if (problems.size() >= 200) {
                    break;
                }
            }
            if (columns == null) {
                throw InvalidInput.of("file", "validation.legacy.noHeader");
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        if (entries.isEmpty()) {
            throw InvalidInput.of("file", "import.file.empty");
        }
        return entries;
    }

    private static String dateText(SheetRow row, int column) {
        try {
            LocalDate d = SheetCells.date(row, column);
            return d == null ? "" : d.toString();
        } catch (RuntimeException unreadable) {
            return "?" + SheetCells.text(row, column);
        }
    }

    /** The header row: a row with the columns "Họ và tên" and "Hình thức khen thưởng"; null otherwise. */
    private static Map<String, Integer> header(SheetRow row) {
        Map<String, Integer> found = new HashMap<>();
        for (int c = 0; c < Math.max(0, row.getLastCellNum()); c++) {
            String folded = VietnameseText.fold(SheetCells.text(row, c).replace("(*)", ""));
            for (int f = 0; f < COLUMNS.size(); f++) {
                if (folded.equals(VietnameseText.fold(COLUMNS.get(f).replace("(*)", "")))) {
                    found.put(FIELDS.get(f), c);
                }
            }
        }
        return found.containsKey("fullName") && found.containsKey("form") ? found : null;
    }

    /** One checked entry, ready to write. */
    record Entry(LegacyAward award, String key) {}

    private Entry check(int row, Map<String, String> v, List<Problem> problems, Set<String> keys) {
        int before = problems.size();
        var register = LegacyKinds.register(v.get("register"));
        if (register.isEmpty()) {
            problems.add(new Problem(row, "register", "validation.legacy.register", List.of(text(v, "register"))));
        }
        var recipient = LegacyKinds.recipient(v.get("recipientKind"));
        if (recipient.isEmpty()) {
            problems.add(new Problem(
                    row, "recipientKind", "validation.legacy.recipient", List.of(text(v, "recipientKind"))));
        }
        String name = text(v, "fullName");
        required(row, "fullName", name, 200, problems);
        String form = text(v, "form");
        required(row, "form", form, 300, problems);
        Integer birthYear = null;
        String by = text(v, "birthYear");
        if (!by.isEmpty()) {
            try {
                birthYear = Integer.valueOf(by.replace(".0", ""));
                if (birthYear < 1850 || birthYear > LocalDate.now(clock).getYear()) {
                    problems.add(new Problem(row, "birthYear", "validation.legacy.birthYear", List.of(by)));
                }
            } catch (NumberFormatException e) {
                problems.add(new Problem(row, "birthYear", "validation.legacy.birthYear", List.of(by)));
            }
        }
        String nid = text(v, "nationalId");
        if (!nid.isEmpty() && !nid.matches("\\d{12}")) {
            problems.add(new Problem(row, "nationalId", "validation.nationalId.format", List.of()));
        }
        var war =
                text(v, "war").isEmpty() ? java.util.Optional.<LegacyKinds.War>empty() : LegacyKinds.war(v.get("war"));
        if (!text(v, "war").isEmpty() && war.isEmpty()) {
            problems.add(new Problem(row, "war", "validation.legacy.war", List.of(text(v, "war"))));
        } else if (register.orElse(null) == LegacyKinds.Register.RESISTANCE && war.isEmpty()) {
            problems.add(new Problem(row, "war", "validation.legacy.warRequired", List.of()));
        }
        var province = text(v, "formerProvince").isEmpty()
                ? java.util.Optional.<LegacyKinds.FormerProvince>empty()
                : LegacyKinds.province(v.get("formerProvince"));
        if (!text(v, "formerProvince").isEmpty() && province.isEmpty()) {
            problems.add(new Problem(
                    row, "formerProvince", "validation.legacy.province", List.of(text(v, "formerProvince"))));
        } else if (register.orElse(null) == LegacyKinds.Register.FORMER_PROVINCE && province.isEmpty()) {
            problems.add(new Problem(row, "formerProvince", "validation.legacy.provinceRequired", List.of()));
        }
        LocalDate decidedOn = null;
        String d = text(v, "decidedOn");
        if (d.startsWith("?")) {
            problems.add(new Problem(row, "decidedOn", "validation.legacy.date", List.of(d.substring(1))));
        } else if (!d.isEmpty()) {
            try {
                decidedOn = LocalDate.parse(d);
            } catch (java.time.format.DateTimeParseException e) {
                problems.add(new Problem(row, "decidedOn", "validation.legacy.date", List.of(d)));
            }
        }
        if (decidedOn != null && decidedOn.isAfter(LocalDate.now(clock))) {
            problems.add(new Problem(row, "decidedOn", "validation.legacy.future", List.of()));
        }
        if (register.orElse(null) == LegacyKinds.Register.FORMER_PROVINCE) {
            if (decidedOn == null) {
                problems.add(new Problem(row, "decidedOn", "validation.legacy.dateRequired", List.of()));
            } else if (!decidedOn.isBefore(MERGER)) {
                problems.add(new Problem(row, "decidedOn", "validation.legacy.afterMerger", List.of()));
            }
        }
        if (recipient.orElse(null) == LegacyKinds.Recipient.FAMILY
                && register.orElse(null) != LegacyKinds.Register.RESISTANCE) {
            problems.add(new Problem(row, "recipientKind", "validation.legacy.familyOnlyResistance", List.of()));
        }
        String hometown = text(v, "hometown");
        String decision = text(v, "decisionNumber");
        String issuer = text(v, "issuer");
        String note = text(v, "note");
        fits(row, "hometown", hometown, 300, problems);
        fits(row, "decisionNumber", decision, 100, problems);
        fits(row, "issuer", issuer, 300, problems);
        fits(row, "note", note, 1000, problems);
        if (problems.size() > before) {
            return null;
        }
        String key = register.get() + "|" + VietnameseText.fold(name) + "|" + birthYear + "|"
                + VietnameseText.fold(form) + "|" + VietnameseText.fold(decision);
        if (!keys.add(key)) {
            problems.add(new Problem(row, "fullName", "validation.legacy.twiceInFile", List.of(name)));
            return null;
        }
        if (exists(register.get(), name, birthYear, form, decision)) {
            problems.add(new Problem(row, "fullName", "validation.legacy.alreadyKept", List.of(name)));
            return null;
        }
        return new Entry(
                new LegacyAward(
                        null,
                        register.get(),
                        recipient.get(),
                        name,
                        birthYear,
                        nid.isEmpty() ? null : nid,
                        empty(hometown),
                        form,
                        war.orElse(null),
                        province.orElse(null),
                        empty(decision),
                        decidedOn,
                        empty(issuer),
                        empty(note),
                        false),
                key);
    }

    private boolean exists(
            LegacyKinds.Register register, String name, Integer birthYear, String form, String decision) {
        return jdbc.sql(
                        "select form, decision_number, birth_year from legacy_award where register = :r and name_folded = :n")
                .param("r", register.name())
                .param("n", VietnameseText.fold(name))
                .query((rs, n) -> VietnameseText.fold(rs.getString(1)).equals(VietnameseText.fold(form))
                        && VietnameseText.fold(rs.getString(2)).equals(VietnameseText.fold(decision))
                        && java.util.Objects.equals(rs.getObject(3) == null ? null : rs.getInt(3), birthYear))
                .list()
                .contains(true);
    }

    /** Writes checked entries in the caller's transaction; one audit entry for the batch. */
    long write(List<Entry> entries, String source, boolean illustrative) {
        long last = 0;
        String by = actor();
        Timestamp at = Timestamp.from(clock.instant());
        for (Entry e : entries) {
            LegacyAward a = e.award();
            var keys = new org.springframework.jdbc.support.GeneratedKeyHolder();
            jdbc.sql("""
                    insert into legacy_award (register, recipient_kind, full_name, name_folded, birth_year, national_id,
                      hometown, form, war, former_province, decision_number, decided_on, issuer, note, search_folded,
                      source, illustrative, recorded_by, recorded_at)
                    values (:register, :kind, :name, :folded, :year, :nid, :hometown, :form, :war, :province, :decision,
                      :on, :issuer, :note, :search, :source, :illustrative, :by, :at)""")
                    .param("register", a.register().name())
                    .param("kind", a.recipient().name())
                    .param("name", a.fullName())
                    .param("folded", VietnameseText.fold(a.fullName()))
                    .param("year", a.birthYear())
                    .param("nid", a.nationalId())
                    .param("hometown", a.hometown())
                    .param("form", a.form())
                    .param("war", a.war() == null ? null : a.war().name())
                    .param(
                            "province",
                            a.formerProvince() == null
                                    ? null
                                    : a.formerProvince().name())
                    .param("decision", a.decisionNumber())
                    .param("on", a.decidedOn())
                    .param("issuer", a.issuer())
                    .param("note", a.note())
                    .param(
                            "search",
                            VietnameseText.fold(a.fullName() + " " + a.form() + " " + nz(a.decisionNumber()) + " "
                                    + nz(a.hometown()) + " " + nz(a.issuer()) + " " + nz(a.nationalId())))
                    .param("source", source.length() > 300 ? source.substring(0, 300) : source)
                    .param("illustrative", illustrative)
                    .param("by", by)
                    .param("at", at)
                    .update(keys, "id");
            last = keys.getKeyAs(Number.class).longValue();
        }
        events.publishEvent(AuditableChange.created(
                "legacy_award",
                entries.size() == 1 ? String.valueOf(last) : "batch",
                "source=" + source + "\nentries=" + entries.size() + "\nlast=" + last
                        + (entries.size() == 1 ? "\n" + describe(entries.get(0).award()) : "")));
        return last;
    }

    /** The template to fill in, with one example row. */
    byte[] template() {
        List<LegacyAward> example = List.of(new LegacyAward(
                null,
                LegacyKinds.Register.RESISTANCE,
                LegacyKinds.Recipient.INDIVIDUAL,
                "Nguyễn Văn Mẫu",
                1940,
                null,
                "Xã Hòa Thành, tỉnh Tây Ninh",
                "Huân chương Kháng chiến hạng Nhì",
                LegacyKinds.War.ANTI_US,
                null,
                "123/KT-CTN",
                LocalDate.of(1988, 4, 30),
                "Chủ tịch Hội đồng Nhà nước",
                "Dòng mẫu: xóa trước khi nhập",
                true));
        return workbook(example);
    }

    @Transactional(readOnly = true)
    byte[] export(String query, LegacyKinds.Register register) {
        return workbook(search(query, register, 50_000));
    }

    private static byte[] workbook(List<LegacyAward> awards) {
        try (XSSFWorkbook book = new XSSFWorkbook();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = book.createSheet("Sổ khen thưởng");
            Row top = sheet.createRow(0);
            for (int c = 0; c < COLUMNS.size(); c++) {
                top.createCell(c).setCellValue(COLUMNS.get(c));
            }
            int r = 1;
            for (LegacyAward a : awards) {
                Row row = sheet.createRow(r);
                String[] cells = {
                    String.valueOf(r++),
                    a.register().words.get(0),
                    a.recipient().words.get(0),
                    a.fullName(),
                    a.birthYear() == null ? "" : String.valueOf(a.birthYear()),
                    nz(a.nationalId()),
                    nz(a.hometown()),
                    a.form(),
                    a.war() == null ? "" : a.war().words.get(0),
                    a.formerProvince() == null ? "" : a.formerProvince().words.get(0),
                    nz(a.decisionNumber()),
                    a.decidedOn() == null
                            ? ""
                            : a.decidedOn().format(java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy")),
                    nz(a.issuer()),
                    nz(a.note())
                };
                for (int c = 0; c < cells.length; c++) {
                    row.createCell(c).setCellValue(cells[c]);
                }
            }
            book.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static final String COLS = "id, register, recipient_kind, full_name, birth_year, national_id, hometown, form, war,"
            + " former_province, decision_number, decided_on, issuer, note, illustrative";

    static LegacyAward award(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        return new LegacyAward(
                rs.getLong(1),
                LegacyKinds.Register.valueOf(rs.getString(2)),
                LegacyKinds.Recipient.valueOf(rs.getString(3)),
                rs.getString(4),
                rs.getObject(5) == null ? null : rs.getInt(5),
                rs.getString(6),
                rs.getString(7),
                rs.getString(8),
                rs.getString(9) == null ? null : LegacyKinds.War.valueOf(rs.getString(9)),
                rs.getString(10) == null ? null : LegacyKinds.FormerProvince.valueOf(rs.getString(10)),
                rs.getString(11),
                rs.getObject(12, LocalDate.class),
                rs.getString(13),
                rs.getString(14),
                rs.getBoolean(15));
    }

    private static String describe(LegacyAward a) {
        return "register=" + a.register() + "\nrecipient=" + a.recipient() + "\nname=" + a.fullName() + "\nbirthYear="
                + a.birthYear() + "\nform=" + a.form() + "\ndecision=" + a.decisionNumber() + "\ndecidedOn="
                + a.decidedOn();
    }

    private void requireKeeper() {
        Role role = scope.actor().role();
        if (role != Role.ADMIN && role != Role.SPECIALIST) {
            throw new AccessDeniedException("role " + role + " may not write the legacy registers");
        }
    }

    private String actor() {
        try {
            return scope.actor().username();
        } catch (AccessDeniedException none) {
            return "demo";
        }
    }

    private static void required(int row, String field, String value, int max, List<Problem> problems) {
        if (value.isEmpty()) {
            problems.add(new Problem(row, field, "validation.required", List.of()));
        } else {
            fits(row, field, value, max, problems);
        }
    }

    private static void fits(int row, String field, String value, int max, List<Problem> problems) {
        if (value != null && value.length() > max) {
            problems.add(new Problem(row, field, "validation.tooLong", List.of(max)));
        }
    }

    private static String text(Map<String, String> v, String key) {
        String s = VietnameseText.clean(v.get(key));
        return s == null ? "" : s;
    }

    private static String empty(String s) {
        return s == null || s.isEmpty() ? null : s;
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
