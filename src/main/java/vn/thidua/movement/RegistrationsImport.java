package vn.thidua.movement;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.thidua.achievement.Award;
import vn.thidua.achievement.RecipientKind;
import vn.thidua.achievement.Vocabulary;
import vn.thidua.organization.AccessScope;
import vn.thidua.organization.ImportSlots;
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

/**
 * Registration lists in Excel: the export of a movement's registrations, and the import of
 * individuals' registrations — one person a row, by CCCD or name + birth date + unit code, with the
 * target title in the words lists use. Every row is checked (the unit takes part and its
 * registration can still be changed, the person works there, the title is understood, no person
 * twice) before anything is written; the file is written in one transaction or not at all.
 */
@Service
public class RegistrationsImport {

    public static final List<String> COLUMNS =
            List.of("STT", "Mã đơn vị (*)", "Họ và tên (*)", "Ngày sinh", "Số CCCD", "Danh hiệu đăng ký (*)");

    private static final List<String> FIELDS =
            List.of("seq", "unitCode", "fullName", "birthDate", "nationalId", "target");

    private final Registrations registrations;
    private final LaunchingMovements movements;
    private final PersonIdentities identities;
    private final UnitDirectory units;
    private final AccessScope scope;
    private final ApplicationEventPublisher events;
    private final SheetReader reader;
    private final ImportSlots slots;

    RegistrationsImport(
            Registrations registrations,
            LaunchingMovements movements,
            PersonIdentities identities,
            UnitDirectory units,
            AccessScope scope,
            ApplicationEventPublisher events,
            SheetReader reader,
            ImportSlots slots) {
        this.reader = reader;
        this.slots = slots;
        this.registrations = registrations;
        this.movements = movements;
        this.identities = identities;
        this.units = units;
        this.scope = scope;
        this.events = events;
    }

    /** Imports the file into the movement's registrations; returns how many people were registered. */
    @PreAuthorize(LaunchingMovements.WRITERS)
    @Transactional
    public int importFile(Long movementId, InputStream file, String fileName) {
        try (ImportSlots.Slot slot = slots.take()) {
            return importTaken(movementId, file, fileName);
        }
    }

    private int importTaken(Long movementId, InputStream file, String fileName) {
        Movement movement = movements.visible(movementId);
        if (movement.getStatus() != MovementStatus.REGISTRATION_OPEN) {
            throw InvalidInput.of("movement", "validation.registration.closed");
        }
        Set<Long> participants = movements.participants(movement);
        Map<String, Unit> byCode = units.currentInScope().stream()
                .collect(Collectors.toMap(u -> u.getCode().toUpperCase(), u -> u, (a, b) -> a));
        PersonIdentities.Index people = identities.inScope();
        Map<Long, Registration> existing = registrations.findByMovementId(movementId).stream()
                .collect(Collectors.toMap(Registration::getUnitId, r -> r));
        Map<Long, Map<Long, Award>> byUnit = new LinkedHashMap<>();
        Map<Long, Integer> rowOfPerson = new HashMap<>();
        List<Problem> problems = new ArrayList<>();
        try (StreamedSheet sheet = reader.firstSheet(file)) {
            java.util.Iterator<SheetRow> rows = sheet.iterator();
            requireHeader(rows.hasNext() ? rows.next() : null);
            while (rows.hasNext()) {
                SheetRow row = rows.next();
                int r = row.getRowNum();
                if (SheetCells.blank(row, COLUMNS.size())) {
                    continue;
                }
                readRow(row, r + 1, byCode, participants, existing, people, byUnit, rowOfPerson, problems);
            }
        } catch (InvalidInput | AccessDeniedException e) {
            throw e;
        } catch (RuntimeException e) {
            throw InvalidInput.of("file", "import.file.unreadable");
        }
        if (byUnit.isEmpty() && problems.isEmpty()) {
            throw InvalidInput.of("file", "import.file.empty");
        }
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        int registered = 0;
        for (Map.Entry<Long, Map<Long, Award>> unit : byUnit.entrySet()) {
            Registration r = existing.getOrDefault(unit.getKey(), new Registration(movementId, unit.getKey()));
            unit.getValue().forEach(r::register);
            registrations.save(r);
            registered += unit.getValue().size();
        }
        events.publishEvent(new AuditableChange(
                "registration-import",
                fileName,
                "IMPORT",
                null,
                "movement=" + movementId + "\nfile=" + fileName + "\nunits=" + byUnit.size() + "\npeople="
                        + registered));
        return registered;
    }

    private void readRow(
            SheetRow row,
            int rowNumber,
            Map<String, Unit> byCode,
            Set<Long> participants,
            Map<Long, Registration> existing,
            PersonIdentities.Index people,
            Map<Long, Map<Long, Award>> byUnit,
            Map<Long, Integer> rowOfPerson,
            List<Problem> problems) {
        String code = SheetCells.text(row, 1).toUpperCase();
        Unit unit = byCode.get(code);
        if (code.isEmpty()) {
            problems.add(new Problem(rowNumber, "unitCode", "validation.required", List.of()));
            return;
        }
        if (unit == null) {
            problems.add(new Problem(rowNumber, "unitCode", "import.unit.outOfScope", List.of(code)));
            return;
        }
        if (!participants.contains(unit.getId())) {
            problems.add(new Problem(rowNumber, "unitCode", "validation.registration.notParticipant", List.of()));
            return;
        }
        Registration current = existing.get(unit.getId());
        if (current != null && !current.editable()) {
            problems.add(new Problem(rowNumber, "unitCode", "import.registration.locked", List.of(code)));
            return;
        }
        String targetText = SheetCells.text(row, 5);
        Optional<Award> target = Vocabulary.award(targetText);
        if (target.isEmpty()) {
            problems.add(new Problem(
                    rowNumber,
                    "target",
                    targetText.isEmpty() ? "validation.required" : "import.records.content",
                    targetText.isEmpty() ? List.of() : List.of(targetText)));
        }
        target.flatMap(t -> t.refused(RecipientKind.INDIVIDUAL, rowNumber, "target"))
                .ifPresent(problems::add);
        Long person = person(row, rowNumber, unit, people, problems);
        if (person == null || target.isEmpty() || !target.get().admits(RecipientKind.INDIVIDUAL)) {
            return;
        }
        Integer first = rowOfPerson.putIfAbsent(person, rowNumber);
        if (first != null) {
            problems.add(new Problem(rowNumber, "fullName", "import.registration.repeated", List.of(first)));
            return;
        }
        byUnit.computeIfAbsent(unit.getId(), u -> new LinkedHashMap<>()).put(person, target.get());
    }

    private Long person(SheetRow row, int rowNumber, Unit unit, PersonIdentities.Index people, List<Problem> problems) {
        String nationalId = SheetCells.digits(row, 4);
        PersonIdentities.Match match;
        if (!nationalId.isEmpty()) {
            match = people.byNationalId(nationalId);
            if (!match.unique()) {
                problems.add(new Problem(rowNumber, "nationalId", "import.records.noSuchId", List.of(nationalId)));
                return null;
            }
        } else {
            String name = SheetCells.text(row, 2);
            LocalDate birth = SheetCells.date(row, 3, rowNumber, "birthDate", problems);
            if (name.isEmpty() || birth == null) {
                problems.add(new Problem(rowNumber, "nationalId", "import.records.identify", List.of()));
                return null;
            }
            match = people.byNameBirthUnit(name, birth, unit.getId());
            if (match.candidates() != 1) {
                problems.add(new Problem(
                        rowNumber,
                        "fullName",
                        match.candidates() == 0 ? "import.records.noSuchPerson" : "import.records.ambiguous",
                        match.candidates() == 0 ? List.of(name, unit.getCode()) : List.of(name, match.candidates())));
                return null;
            }
        }
        Long personUnit = people.unitOf(match.personId());
        if (personUnit == null || !scope.isWithin(personUnit, unit.getId())) {
            problems.add(new Problem(rowNumber, "fullName", "validation.registration.notInUnit", List.of()));
            return null;
        }
        return match.personId();
    }

    private static void requireHeader(SheetRow header) {
        for (int c = 0; c < COLUMNS.size(); c++) {
            String expected = vn.thidua.shared.VietnameseText.fold(COLUMNS.get(c));
            if (header == null
                    || header.getRowNum() != 0
                    || !vn.thidua.shared.VietnameseText.fold(SheetCells.text(header, c))
                            .equals(expected)) {
                throw new InvalidInput(
                        List.of(new Problem(1, FIELDS.get(c), "import.header", List.of(COLUMNS.get(c)))));
            }
        }
    }

    /** The movement's registrations: one row per registered person, and one per unit's collective target. */
    @PreAuthorize("hasAnyRole('ADMIN', 'SPECIALIST')")
    @Transactional(readOnly = true)
    public byte[] export(Long movementId, java.util.function.Function<Award, String> names) {
        Movement movement = movements.visible(movementId);
        List<Registration> all = registrations.findByMovementId(movementId);
        Map<Long, Unit> unitsById =
                units.byId(all.stream().map(Registration::getUnitId).toList());
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(500);
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet("Đăng ký thi đua");
            sheet.createRow(0).createCell(0).setCellValue(movement.getName());
            Row header = sheet.createRow(2);
            String[] columns = {
                "STT", "Mã đơn vị", "Tên đơn vị", "Trạng thái", "Họ và tên / Tập thể", "Danh hiệu đăng ký"
            };
            for (int c = 0; c < columns.length; c++) {
                header.createCell(c).setCellValue(columns[c]);
            }
            int r = 3;
            for (Registration reg : all) {
                Unit unit = unitsById.get(reg.getUnitId());
                if (reg.getCollectiveTarget() != null) {
                    r = line(sheet, r, unit, reg, unit.getName(), names.apply(reg.getCollectiveTarget()));
                }
                Map<Long, String> personNames = units.peopleNames(
                        reg.people().stream().map(RegisteredPerson::personId).toList());
                for (RegisteredPerson p : reg.people()) {
                    r = line(sheet, r, unit, reg, personNames.get(p.personId()), names.apply(p.target()));
                }
            }
            workbook.write(out);
            workbook.dispose();
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static int line(Sheet sheet, int r, Unit unit, Registration reg, String who, String target) {
        Row row = sheet.createRow(r);
        row.createCell(0).setCellValue(r - 2);
        row.createCell(1).setCellValue(unit.getCode());
        row.createCell(2).setCellValue(unit.getName());
        row.createCell(3).setCellValue(reg.getStatus().words());
        row.createCell(4).setCellValue(who);
        row.createCell(5).setCellValue(target);
        return r + 1;
    }

    /** The template: the header, an example row, and the unit codes this account may use. */
    public byte[] template() {
        List<Unit> inScope = units.currentInScope();
        if (inScope.isEmpty()) {
            throw new AccessDeniedException("no unit in scope");
        }
        try (org.apache.poi.xssf.usermodel.XSSFWorkbook workbook = new org.apache.poi.xssf.usermodel.XSSFWorkbook();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet("Đăng ký cá nhân");
            Row header = sheet.createRow(0);
            for (int c = 0; c < COLUMNS.size(); c++) {
                header.createCell(c).setCellValue(COLUMNS.get(c));
                sheet.setColumnWidth(c, (c == 2 || c == 5 ? 30 : 16) * 256);
            }
            String[] example = {"1", inScope.get(0).getCode(), "Nguyễn Thị Ánh Tuyết", "08/03/1984", "", "CSTĐCS"};
            Row row = sheet.createRow(1);
            for (int c = 0; c < example.length; c++) {
                row.createCell(c).setCellValue(example[c]);
            }
            SheetCells.unitCodes(workbook, inScope);
            // the sheet an unreadable title points to ("xem trang “Giá trị hợp lệ” của tệp mẫu")
            Sheet words = workbook.createSheet("Giá trị hợp lệ");
            Row wordsHeader = words.createRow(0);
            wordsHeader.createCell(0).setCellValue("Danh hiệu đăng ký");
            wordsHeader.createCell(1).setCellValue("Cách viết tắt được nhận");
            String[][] titles = {
                {"Lao động tiên tiến", "LĐTT"},
                {"Chiến sĩ thi đua cơ sở", "CSTĐCS; CSTĐ cơ sở"},
                {"Chiến sĩ thi đua cấp tỉnh", "CSTĐ tỉnh; CSTĐ cấp tỉnh"},
                {"Chiến sĩ thi đua toàn quốc", "CSTĐTQ; CSTĐ toàn quốc"},
                {"Giấy khen", "GK"},
                {"Bằng khen của Chủ tịch UBND tỉnh", "BK tỉnh; BK UBND tỉnh"},
                {"Bằng khen của Thủ tướng Chính phủ", "BK TTg"}
            };
            for (int r = 0; r < titles.length; r++) {
                Row line = words.createRow(r + 1);
                line.createCell(0).setCellValue(titles[r][0]);
                line.createCell(1).setCellValue(titles[r][1]);
            }
            words.setColumnWidth(0, 40 * 256);
            words.setColumnWidth(1, 30 * 256);
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
