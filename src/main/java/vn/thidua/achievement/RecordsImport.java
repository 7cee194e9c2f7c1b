package vn.thidua.achievement;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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
import vn.thidua.organization.ImportProgress;
import vn.thidua.organization.PersonIdentities;
import vn.thidua.organization.SheetCells;
import vn.thidua.organization.SheetReader;
import vn.thidua.organization.SheetRow;
import vn.thidua.organization.StreamedSheet;
import vn.thidua.organization.Unit;
import vn.thidua.organization.UnitDirectory;
import vn.thidua.shared.AuditableChange;
import vn.thidua.shared.InvalidInput;
import vn.thidua.shared.InvalidInput.Problem;
import vn.thidua.shared.NationalId;
import vn.thidua.shared.VietnameseText;

/**
 * Back-filling legacy records from Excel, one fact a row (a rating, a title, a form received, an
 * initiative, a discipline period, a farmer's production model). Each row names its person by CCCD, or by name + birth date +
 * unit code; the header row may sit anywhere in the first rows, with the columns in any order. Every
 * row is checked — the person found exactly once in the account's scope, the words understood, the
 * fact not already in the file nor in the record — before anything is written; one bad row rejects
 * the file with every problem named, and a good file is written in one transaction.
 */
@Service
public class RecordsImport {

    /** The template's columns; a list may order them differently. */
    public static final List<String> COLUMNS = List.of(
            "STT",
            "Họ và tên (*)",
            "Ngày sinh",
            "Số CCCD",
            "Mã đơn vị",
            "Loại thành tích (*)",
            "Năm (*)",
            "Nội dung (*)",
            "Ngày quyết định",
            "Số quyết định",
            "Tên sáng kiến / Ghi chú",
            "Đến ngày",
            "Loại hình khen thưởng");

    private static final List<String> FIELDS = List.of(
            "seq",
            "fullName",
            "birthDate",
            "nationalId",
            "unitCode",
            "factKind",
            "year",
            "content",
            "decisionDate",
            "decision",
            "note",
            "until",
            "basis");
    private static final int HEADER_SEARCH = 10;
    private static final int PROGRESS_EVERY = 500;
    private static final int CHUNK = 1000;

    private final PersonIdentities identities;
    private final UnitDirectory directory;
    private final BulkAchievements bulk;
    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;
    private final SheetReader reader;

    private final java.time.Clock clock;

    RecordsImport(
            PersonIdentities identities,
            UnitDirectory directory,
            BulkAchievements bulk,
            JdbcClient jdbc,
            ApplicationEventPublisher events,
            SheetReader reader,
            java.time.Clock clock) {
        this.clock = clock;
        this.reader = reader;
        this.identities = identities;
        this.directory = directory;
        this.bulk = bulk;
        this.jdbc = jdbc;
        this.events = events;
    }

    /** The kinds of fact a row may hold, by the words of column "Loại thành tích". */
    enum FactKind {
        RATING("Xếp loại", "Xếp loại chất lượng", "Đánh giá xếp loại"),
        TITLE("Danh hiệu", "Danh hiệu thi đua"),
        AWARD("Khen thưởng", "Hình thức khen thưởng"),
        INITIATIVE("Sáng kiến", "Sáng kiến, đề tài"),
        DISCIPLINE("Kỷ luật"),
        PRODUCTION_MODEL(
                "Mô hình sản xuất",
                "Mô hình sản xuất, kinh doanh",
                "Mô hình sản xuất, kinh doanh giỏi",
                "Mô hình sản xuất kinh doanh giỏi",
                "Mô hình");

        private final List<String> words;

        FactKind(String... words) {
            this.words = List.of(words);
        }

        static Optional<FactKind> of(String text) {
            String folded = VietnameseText.fold(text);
            for (FactKind kind : values()) {
                if (kind.words.stream().anyMatch(w -> VietnameseText.fold(w).equals(folded))) {
                    return Optional.of(kind);
                }
            }
            return Optional.empty();
        }
    }

    /** The rows of a file, checked; throws {@link InvalidInput} listing every problem. */
    @Transactional(readOnly = true)
    public List<History> read(InputStream file, ImportProgress progress) {
        PersonIdentities.Index people = identities.inScope();
        Map<String, Unit> unitsByCode = directory.currentInScope().stream()
                .collect(Collectors.toMap(u -> u.getCode().toUpperCase(), u -> u, (a, b) -> a));
        List<Problem> problems = new ArrayList<>();
        Map<Long, Facts> byPerson = new LinkedHashMap<>();
        Map<String, Integer> rowOfKey = new HashMap<>();
        try (StreamedSheet sheet = reader.firstSheet(file)) {
            Iterator<SheetRow> rows = sheet.iterator();
            int[] col = columns(findHeader(rows));
            while (rows.hasNext()) {
                SheetRow row = rows.next();
                int r = row.getRowNum();
                if (SheetCells.blank(row, 16)) {
                    continue;
                }
                readRow(row, r + 1, col, people, unitsByCode, byPerson, rowOfKey, problems);
                if (r % PROGRESS_EVERY == 0) {
                    progress.at(r, sheet.lastRowNumber());
                }
            }
        } catch (InvalidInput | AccessDeniedException e) {
            throw e;
        } catch (RuntimeException e) {
            throw InvalidInput.of("file", "import.file.unreadable");
        }
        if (byPerson.isEmpty() && problems.isEmpty()) {
            throw InvalidInput.of("file", "import.file.empty");
        }
        alreadyRecorded(byPerson.keySet(), rowOfKey, problems);
        if (!problems.isEmpty()) {
            problems.sort(java.util.Comparator.comparingInt(Problem::row));
            throw new InvalidInput(problems);
        }
        return byPerson.values().stream().map(Facts::history).toList();
    }

    /** Writes checked rows in one transaction, with one audit entry for the whole file. */
    @PreAuthorize("hasAnyRole('ADMIN', 'SPECIALIST', 'UNIT_OFFICER')")
    @Transactional
    public int write(List<History> histories, String fileName, IntConsumer written) {
        int facts = bulk.insert(histories);
        written.accept(facts);
        events.publishEvent(new AuditableChange(
                "records-import",
                fileName,
                "IMPORT",
                null,
                "file=" + fileName + "\npeople=" + histories.size() + "\nfacts=" + facts));
        return facts;
    }

    private void readRow(
            SheetRow row,
            int rowNumber,
            int[] col,
            PersonIdentities.Index people,
            Map<String, Unit> unitsByCode,
            Map<Long, Facts> byPerson,
            Map<String, Integer> rowOfKey,
            List<Problem> problems) {
        int before = problems.size();
        Long personId = person(row, rowNumber, col, people, unitsByCode, problems);
        String kindText = cell(row, col, 5);
        Optional<FactKind> kind = FactKind.of(kindText);
        if (kindText.isEmpty()) {
            problems.add(new Problem(rowNumber, FIELDS.get(5), "validation.required", List.of()));
        } else if (kind.isEmpty()) {
            problems.add(new Problem(rowNumber, FIELDS.get(5), "import.records.kind", List.of(kindText)));
        }
        if (personId == null || kind.isEmpty() || problems.size() > before) {
            return;
        }
        Facts facts = byPerson.computeIfAbsent(personId, Facts::new);
        String content = cell(row, col, 7);
        String key = switch (kind.get()) {
            case RATING ->
                year(row, rowNumber, col, problems)
                        .flatMap(y -> word(Vocabulary.rating(content), content, rowNumber, problems)
                                .map(rating -> {
                                    facts.ratings.add(new History.RatingEntry(y, rating));
                                    return "R|" + personId + "|" + y;
                                }))
                        .orElse(null);
            case TITLE ->
                year(row, rowNumber, col, problems)
                        .flatMap(y -> word(Vocabulary.award(content), content, rowNumber, problems)
                                .flatMap(a -> fits(a, true, rowNumber, problems))
                                .map(title -> {
                                    facts.titles.add(new History.TitleEntry(y, title, decision(row, col)));
                                    return "T|" + personId + "|" + y + "|" + title;
                                }))
                        .orElse(null);
            case AWARD ->
                requiredDate(row, rowNumber, col, 8, problems)
                        .flatMap(d -> word(Vocabulary.award(content), content, rowNumber, problems)
                                .flatMap(a -> fits(a, false, rowNumber, problems))
                                .flatMap(form -> basis(row, rowNumber, col, problems)
                                        .map(basis -> {
                                            facts.awards.add(
                                                    new History.AwardEntry(d, form, decision(row, col), basis));
                                            return "A|" + personId + "|" + d + "|" + form;
                                        })))
                        .orElse(null);
            case INITIATIVE ->
                year(row, rowNumber, col, problems)
                        .flatMap(y -> word(Vocabulary.scope(content), content, rowNumber, problems)
                                .flatMap(scope -> {
                                    String name = cell(row, col, 10);
                                    if (name.isEmpty()) {
                                        problems.add(new Problem(
                                                rowNumber, FIELDS.get(10), "validation.required", List.of()));
                                        return Optional.empty();
                                    }
                                    facts.initiatives.add(new History.InitiativeEntry(y, scope, name));
                                    return Optional.of("I|" + personId + "|" + y + "|" + VietnameseText.fold(name));
                                }))
                        .orElse(null);
            case DISCIPLINE ->
                requiredDate(row, rowNumber, col, 8, problems)
                        .flatMap(from -> word(Vocabulary.discipline(content), content, rowNumber, problems)
                                .flatMap(form -> {
                                    LocalDate to = SheetCells.date(row, col[11], rowNumber, FIELDS.get(11), problems);
                                    if (to != null && to.isBefore(from)) {
                                        problems.add(new Problem(
                                                rowNumber, FIELDS.get(11), "validation.unit.validity", List.of()));
                                        return Optional.empty();
                                    }
                                    String note = cell(row, col, 10);
                                    facts.discipline.add(
                                            new History.DisciplineEntry(from, to, form, note.isEmpty() ? null : note));
                                    return Optional.of("D|" + personId + "|" + from + "|" + form);
                                }))
                        .orElse(null);
            case PRODUCTION_MODEL ->
                year(row, rowNumber, col, problems)
                        .flatMap(since -> model(row, rowNumber, col, since, content, problems)
                                .map(m -> {
                                    facts.models.add(m);
                                    return "M|" + personId + "|" + since + "|" + VietnameseText.fold(content);
                                }))
                        .orElse(null);
        };
        if (key != null) {
            Integer first = rowOfKey.putIfAbsent(key, rowNumber);
            if (first != null && kind.get() == FactKind.RATING) {
                // one rating a year, whatever its words: the file must say which, not its row order
                problems.add(new Problem(rowNumber, FIELDS.get(6), "import.records.ratingTwice", List.of(first)));
            } else if (first != null) {
                problems.add(new Problem(rowNumber, FIELDS.get(7), "import.records.repeated", List.of(first)));
            }
        }
    }

    /**
     * A production model row: "Năm" the first year it was effective, "Nội dung" its name, "Đến
     * ngày" the last year (a year or a date; empty: still running), "Ghi chú" who confirmed it.
     */
    private Optional<History.ProductionModelEntry> model(
            SheetRow row, int rowNumber, int[] col, int since, String name, List<Problem> problems) {
        if (name.isEmpty()) {
            problems.add(new Problem(rowNumber, FIELDS.get(7), "validation.required", List.of()));
            return Optional.empty();
        }
        Integer until = null;
        String untilText = cell(row, col, 11);
        if (!untilText.isEmpty()) {
            if (untilText.matches("\\d{4}(\\.0)?")) {
                until = Integer.parseInt(untilText.substring(0, 4));
            } else {
                LocalDate date = SheetCells.date(row, col[11], rowNumber, FIELDS.get(11), problems);
                if (date == null) {
                    return Optional.empty();
                }
                until = date.getYear();
            }
        }
        try {
            AchievementRecords.requireModel(since, until, name, clock);
        } catch (InvalidInput invalid) {
            InvalidInput.Problem p = invalid.problems().get(0);
            String field = p.field().equals("modelSince") ? FIELDS.get(6) : FIELDS.get(11);
            problems.add(new Problem(rowNumber, field, p.messageKey(), p.args()));
            return Optional.empty();
        }
        String note = cell(row, col, 10);
        return Optional.of(new History.ProductionModelEntry(since, until, name, note.isEmpty() ? null : note));
    }

    /** The row's person: by CCCD when given, else by name + birth date + unit code. */
    private static Long person(
            SheetRow row,
            int rowNumber,
            int[] col,
            PersonIdentities.Index people,
            Map<String, Unit> unitsByCode,
            List<Problem> problems) {
        String name = cell(row, col, 1);
        String nationalId = col[3] < 0 ? "" : SheetCells.digits(row, col[3]);
        if (!nationalId.isEmpty()) {
            Optional<String> invalid = NationalId.problem(nationalId, null, null);
            if (invalid.isPresent()) {
                problems.add(new Problem(rowNumber, "nationalId", invalid.get(), List.of()));
                return null;
            }
            PersonIdentities.Match match = people.byNationalId(nationalId);
            if (!match.unique()) {
                problems.add(new Problem(rowNumber, "nationalId", "import.records.noSuchId", List.of(nationalId)));
            }
            return match.personId();
        }
        if (name.isEmpty()) {
            problems.add(new Problem(rowNumber, FIELDS.get(1), "validation.required", List.of()));
            return null;
        }
        LocalDate birth = col[2] < 0 ? null : SheetCells.date(row, col[2], rowNumber, FIELDS.get(2), problems);
        String code = cell(row, col, 4).toUpperCase();
        Unit unit = unitsByCode.get(code);
        if (birth == null || code.isEmpty()) {
            problems.add(new Problem(rowNumber, FIELDS.get(3), "import.records.identify", List.of()));
            return null;
        }
        if (unit == null) {
            problems.add(new Problem(rowNumber, FIELDS.get(4), "import.unit.outOfScope", List.of(code)));
            return null;
        }
        PersonIdentities.Match match = people.byNameBirthUnit(name, birth, unit.getId());
        if (match.candidates() == 0) {
            problems.add(new Problem(rowNumber, FIELDS.get(1), "import.records.noSuchPerson", List.of(name, code)));
        } else if (match.candidates() > 1) {
            problems.add(new Problem(
                    rowNumber, FIELDS.get(1), "import.records.ambiguous", List.of(name, match.candidates())));
        }
        return match.personId();
    }

    /** Facts already in the record for the people in the file: the file must not enter them twice. */
    private void alreadyRecorded(java.util.Set<Long> personIds, Map<String, Integer> rowOfKey, List<Problem> problems) {
        List<Long> ids = List.copyOf(personIds);
        for (int from = 0; from < ids.size(); from += CHUNK) {
            List<Long> chunk = ids.subList(from, Math.min(ids.size(), from + CHUNK));
            List<String> existing = new ArrayList<>();
            existing.addAll(keys(
                    "select person_id, rating_year from achievement_rating where person_id in (:ids)",
                    chunk,
                    rs -> "R|" + rs.getLong(1) + "|" + rs.getInt(2)));
            existing.addAll(keys(
                    "select person_id, title_year, title from achievement_title where person_id in (:ids)",
                    chunk,
                    rs -> "T|" + rs.getLong(1) + "|" + rs.getInt(2) + "|" + rs.getString(3)));
            existing.addAll(keys(
                    "select person_id, award_date, form from achievement_award where person_id in (:ids)",
                    chunk,
                    rs -> "A|" + rs.getLong(1) + "|" + rs.getObject(2, LocalDate.class) + "|" + rs.getString(3)));
            existing.addAll(keys(
                    "select person_id, initiative_year, name from achievement_initiative where person_id in (:ids)",
                    chunk,
                    rs -> "I|" + rs.getLong(1) + "|" + rs.getInt(2) + "|" + VietnameseText.fold(rs.getString(3))));
            existing.addAll(keys(
                    "select person_id, from_date, form from achievement_discipline where person_id in (:ids)",
                    chunk,
                    rs -> "D|" + rs.getLong(1) + "|" + rs.getObject(2, LocalDate.class) + "|" + rs.getString(3)));
            existing.addAll(keys(
                    "select person_id, since_year, name from achievement_production_model where person_id in (:ids)",
                    chunk,
                    rs -> "M|" + rs.getLong(1) + "|" + rs.getInt(2) + "|" + VietnameseText.fold(rs.getString(3))));
            for (String key : existing) {
                Integer row = rowOfKey.get(key);
                if (row != null && key.startsWith("R|")) {
                    problems.add(new Problem(
                            row,
                            FIELDS.get(6),
                            "import.records.ratingRecorded",
                            List.of(key.substring(key.lastIndexOf('|') + 1))));
                } else if (row != null) {
                    problems.add(new Problem(row, FIELDS.get(7), "import.records.alreadyRecorded", List.of()));
                }
            }
        }
    }

    @FunctionalInterface
    private interface KeyReader {
        String read(java.sql.ResultSet rs) throws java.sql.SQLException;
    }

    private List<String> keys(String sql, List<Long> ids, KeyReader reader) {
        return jdbc.sql(sql).param("ids", ids).query((rs, n) -> reader.read(rs)).list();
    }

    private Optional<Integer> year(SheetRow row, int rowNumber, int[] col, List<Problem> problems) {
        String text = cell(row, col, 6);
        if (text.isEmpty()) {
            problems.add(new Problem(rowNumber, FIELDS.get(6), "validation.required", List.of()));
            return Optional.empty();
        }
        try {
            int year = Integer.parseInt(text.replace(".", "").replace(",", ""));
            if (year < 1975 || year > LocalDate.now(clock).getYear() + 1) {
                throw new NumberFormatException();
            }
            return Optional.of(year);
        } catch (NumberFormatException e) {
            problems.add(new Problem(rowNumber, FIELDS.get(6), "validation.achievement.year", List.of(text)));
            return Optional.empty();
        }
    }

    private static Optional<LocalDate> requiredDate(
            SheetRow row, int rowNumber, int[] col, int column, List<Problem> problems) {
        if (cell(row, col, column).isEmpty()) {
            problems.add(new Problem(rowNumber, FIELDS.get(column), "validation.required", List.of()));
            return Optional.empty();
        }
        return Optional.ofNullable(SheetCells.date(row, col[column], rowNumber, FIELDS.get(column), problems));
    }

    private static <T> Optional<T> word(Optional<T> value, String text, int rowNumber, List<Problem> problems) {
        if (value.isEmpty()) {
            problems.add(new Problem(
                    rowNumber,
                    FIELDS.get(7),
                    text.isEmpty() ? "validation.required" : "import.records.content",
                    text.isEmpty() ? List.of() : List.of(text)));
        }
        return value;
    }

    /**
     * A title on a "Danh hiệu" row, a form on a "Khen thưởng" row, and either one a person may
     * receive ({@link Award#recipients()}): the rows of this file are individuals' facts.
     */
    private static Optional<Award> fits(Award award, boolean asTitle, int rowNumber, List<Problem> problems) {
        if (award.isTitle() != asTitle) {
            problems.add(new Problem(
                    rowNumber,
                    FIELDS.get(7),
                    asTitle ? "validation.award.notATitle" : "validation.award.notAForm",
                    List.of(Vocabulary.name(award))));
            return Optional.empty();
        }
        Optional<Problem> refused = award.refused(RecipientKind.INDIVIDUAL, rowNumber, FIELDS.get(7));
        refused.ifPresent(problems::add);
        return refused.isPresent() ? Optional.empty() : Optional.of(award);
    }

    /** Column "Loại hình khen thưởng": empty means regular. */
    private static Optional<Basis> basis(SheetRow row, int rowNumber, int[] col, List<Problem> problems) {
        String text = cell(row, col, 12);
        if (text.isEmpty()) {
            return Optional.of(Basis.REGULAR);
        }
        Optional<Basis> basis = Vocabulary.basis(text);
        if (basis.isEmpty()) {
            problems.add(new Problem(rowNumber, FIELDS.get(12), "import.records.basis", List.of(text)));
        }
        return basis;
    }

    private static String decision(SheetRow row, int[] col) {
        String d = cell(row, col, 9);
        return d.isEmpty() ? null : d;
    }

    private static String cell(SheetRow row, int[] col, int field) {
        return col[field] < 0 ? "" : SheetCells.text(row, col[field]);
    }

    /** The header row: the first of the first rows with a "Họ và tên" cell; the rows after it follow. */
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
            for (int c = 0; c < row.getLastCellNum(); c++) {
                if (label(SheetCells.text(row, c)).equals(label(COLUMNS.get(1)))) {
                    return row;
                }
            }
        }
        throw InvalidInput.of("fullName", "import.header", COLUMNS.get(1));
    }

    /** Where each known column sits in the header; -1 when absent. Required ones must be present. */
    private static int[] columns(SheetRow header) {
        int[] col = new int[COLUMNS.size()];
        java.util.Arrays.fill(col, -1);
        for (int c = 0; c < header.getLastCellNum(); c++) {
            String text = label(SheetCells.text(header, c));
            for (int f = 0; f < COLUMNS.size(); f++) {
                if (col[f] < 0 && !text.isEmpty() && text.equals(label(COLUMNS.get(f)))) {
                    col[f] = c;
                }
            }
        }
        for (int f = 0; f < COLUMNS.size(); f++) {
            if (col[f] < 0 && COLUMNS.get(f).endsWith("(*)")) {
                throw new InvalidInput(List.of(
                        new Problem(header.getRowNum() + 1, FIELDS.get(f), "import.header", List.of(COLUMNS.get(f)))));
            }
        }
        return col;
    }

    private static String label(String text) {
        return VietnameseText.fold(text.replace("(*)", "")).replaceAll("[^a-z0-9]", "");
    }

    /** One person's facts from the file. */
    private static final class Facts {
        private final Long personId;
        private final List<History.RatingEntry> ratings = new ArrayList<>();
        private final List<History.TitleEntry> titles = new ArrayList<>();
        private final List<History.AwardEntry> awards = new ArrayList<>();
        private final List<History.InitiativeEntry> initiatives = new ArrayList<>();
        private final List<History.DisciplineEntry> discipline = new ArrayList<>();
        private final List<History.ProductionModelEntry> models = new ArrayList<>();

        Facts(Long personId) {
            this.personId = personId;
        }

        History history() {
            return new History(personId, false, ratings, titles, awards, initiatives, discipline, models);
        }
    }

    /** The template: the header, one example row of each kind, and the words each column accepts. */
    public byte[] template() {
        List<Unit> units = directory.currentInScope();
        if (units.isEmpty()) {
            throw new AccessDeniedException("no unit in scope");
        }
        try (XSSFWorkbook workbook = new XSSFWorkbook();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet("Hồ sơ thành tích");
            Row header = sheet.createRow(0);
            for (int c = 0; c < COLUMNS.size(); c++) {
                header.createCell(c).setCellValue(COLUMNS.get(c));
                sheet.setColumnWidth(c, (c == 1 || c == 7 || c == 10 ? 32 : 16) * 256);
            }
            String code = units.get(0).getCode();
            String[][] examples = {
                {"1", "Nguyễn Thị Ánh Tuyết", "08/03/1984", "072184000123", "", "Xếp loại", "2022", "HTXSNV"},
                {
                    "2",
                    "Nguyễn Thị Ánh Tuyết",
                    "08/03/1984",
                    "072184000123",
                    "",
                    "Danh hiệu",
                    "2022",
                    "CSTĐCS",
                    "",
                    "15/QĐ-SGDĐT"
                },
                {
                    "3",
                    "Trần Văn Minh",
                    "20/11/1979",
                    "",
                    code,
                    "Khen thưởng",
                    "2021",
                    "Bằng khen của Chủ tịch UBND tỉnh",
                    "25/03/2022",
                    "812/QĐ-UBND"
                },
                {
                    "4",
                    "Trần Văn Minh",
                    "20/11/1979",
                    "",
                    code,
                    "Sáng kiến",
                    "2022",
                    "Cơ sở",
                    "",
                    "",
                    "Ứng dụng bảng tính theo dõi hồ sơ"
                },
                {
                    "5",
                    "Trần Văn Minh",
                    "20/11/1979",
                    "",
                    code,
                    "Kỷ luật",
                    "2020",
                    "Khiển trách",
                    "01/06/2020",
                    "",
                    "Chậm nộp báo cáo",
                    "31/05/2021"
                },
                {
                    "6",
                    "Trần Văn Minh",
                    "20/11/1979",
                    "",
                    code,
                    "Mô hình sản xuất",
                    "2022",
                    "Trồng mãng cầu VietGAP kết hợp nuôi gà thả vườn",
                    "",
                    "",
                    "UBND xã xác nhận hiệu quả, ổn định",
                    ""
                }
            };
            for (int r = 0; r < examples.length; r++) {
                Row row = sheet.createRow(r + 1);
                for (int c = 0; c < examples[r].length; c++) {
                    row.createCell(c).setCellValue(examples[r][c]);
                }
            }
            Sheet words = workbook.createSheet("Giá trị hợp lệ");
            String[][] accepted = {
                {"Loại thành tích", "Xếp loại; Danh hiệu; Khen thưởng; Sáng kiến; Kỷ luật; Mô hình sản xuất"},
                {
                    "Mô hình sản xuất (nông dân)",
                    "Năm: năm đầu tiên mô hình hiệu quả; Nội dung: tên mô hình; Đến ngày: năm cuối"
                            + " (để trống nếu vẫn đang hiệu quả); Ghi chú: xác nhận của UBND xã"
                },
                {
                    "Nội dung — Xếp loại",
                    "Hoàn thành xuất sắc nhiệm vụ (HTXSNV); Hoàn thành tốt nhiệm vụ (HTTNV);"
                            + " Hoàn thành nhiệm vụ (HTNV); Không hoàn thành nhiệm vụ"
                },
                {"Nội dung — Danh hiệu (cá nhân)", "LĐTT; CSTĐCS; CSTĐ tỉnh; CSTĐTQ"},
                {
                    "Nội dung — Khen thưởng (cá nhân)",
                    "Giấy khen; Bằng khen của Chủ tịch UBND tỉnh (BK tỉnh); Bằng khen của Thủ"
                            + " tướng Chính phủ (BK TTg); Huân chương Lao động hạng Ba"
                },
                {"Nội dung — Sáng kiến (phạm vi)", "Cơ sở; Tỉnh; Toàn quốc"},
                {
                    "Loại hình khen thưởng (để trống: thường xuyên)",
                    "Thường xuyên; Chuyên đề; Đột xuất; Quá trình cống hiến"
                },
                {"Nội dung — Kỷ luật", "Khiển trách; Cảnh cáo; Hạ bậc lương; Giáng chức; Cách chức; Buộc thôi việc"},
                {"Nhận diện cá nhân", "Số CCCD; hoặc Họ và tên + Ngày sinh + Mã đơn vị hiện tại"}
            };
            for (int r = 0; r < accepted.length; r++) {
                Row row = words.createRow(r);
                row.createCell(0).setCellValue(accepted[r][0]);
                row.createCell(1).setCellValue(accepted[r][1]);
            }
            words.setColumnWidth(0, 36 * 256);
            words.setColumnWidth(1, 120 * 256);
            SheetCells.unitCodes(workbook, units);
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
