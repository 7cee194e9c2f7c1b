package vn.thidua.organization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.web.servlet.MockMvc;
import vn.thidua.ImportUploads;
import vn.thidua.IntegrationTest;
import vn.thidua.Workbooks;
import vn.thidua.organization.BulkPeople.NewPerson;
import vn.thidua.shared.Gender;

/** The officer of Sở Giáo dục và Đào tạo imports the teachers of the year from Excel. */
@IntegrationTest
@Import(TayNinhFixtures.class)
@WithUserDetails("donvi")
class PeopleImportIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    ImportJobs jobs;

    @Autowired
    PeopleImport peopleImport;

    @Autowired
    Units units;

    @Autowired
    TayNinhFixtures tayNinh;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    AccessScope scope;

    @Test
    @org.junit.jupiter.api.Disabled(
            "order-dependent since 2026-12-08: alone it passes on H2 and PostgreSQL; in the whole"
                    + " suite the imported person lands in unit 42 instead of the current Sở Giáo dục và Đào tạo (43) —"
                    + " suspect the kept unit directory (ADR 0026 follow-up) or a test changing units; to fix first (issue 18)")
    void importsAGoodFileIntoTheOfficersUnit() throws Exception {
        // given
        String unit = code("Sở Giáo dục và Đào tạo");
        byte[] file = workbook(List.of(
                row(
                        "1",
                        "Trần Thị Mỹ Duyên",
                        "Nữ",
                        "12/05/1988",
                        "072188310001",
                        "Giáo viên",
                        "Có",
                        unit,
                        "01/09/2025"),
                row("2", "Lê Hoàng Phúc", "Nam", "03/11/1979", "072079310002", "Chuyên viên", "Không", unit, ""),
                row("3", "Phan Ngọc Bích", "nu", "1992-01-20", "", "Giáo viên", "có", unit.toLowerCase(), "")));
        int before = peopleCount();

        // when
        ImportJobs.Job job = upload(file, "giao-vien-2026.xlsx");

        // then
        assertThat(job.status()).isEqualTo(ImportJobs.Status.DONE);
        assertThat(job.importedRows()).isEqualTo(3);
        assertThat(peopleCount()).isEqualTo(before + 3);
        long duyen = tayNinh.personNamed("Trần Thị Mỹ Duyên");
        assertThat(jdbc.sql("select unit_id from organization_assignment where organization_person = :p")
                        .param("p", duyen)
                        .query(Long.class)
                        .single())
                .isEqualTo(tayNinh.currentUnit("Sở Giáo dục và Đào tạo"));
        assertThat(jdbc.sql(
                                "select count(*) from audit_entry where entity_type = 'person-import' and entity_id = 'giao-vien-2026.xlsx'")
                        .query(Integer.class)
                        .single())
                .isEqualTo(1);
    }

    @Test
    void rejectsTheWholeFileAndNamesEveryBadRowAndColumn() throws Exception {
        // given: rows 3, 4 and 6 are wrong; rows 2 and 5 are fine
        String unit = code("Sở Giáo dục và Đào tạo");
        String otherUnit = code("Phường Gò Dầu");
        byte[] file = workbook(List.of(
                row("1", "Võ Thị Kim Ngân", "Nữ", "02/02/1990", "072190320001", "Giáo viên", "Có", unit, ""),
                row("2", "Huỳnh Văn Tâm", "Nam", "31/02/1985", "07208532000", "Giáo viên", "Có", unit, ""),
                row("3", "", "Nữ", "", "", "", "", otherUnit, ""),
                row("4", "Đỗ Thanh Hải", "Nam", "10/10/1980", "072080320004", "Giáo viên", "Không", unit, ""),
                row("5", "Ngô Bảo Châu", "Nam?", "", "072080320004", "", "", unit, "")));
        int before = peopleCount();

        // when
        ImportJobs.Job job = upload(file, "co-loi.xlsx");

        // then
        assertThat(job.status()).isEqualTo(ImportJobs.Status.REJECTED);
        assertThat(peopleCount()).isEqualTo(before);
        assertThat(job.problemLines())
                .extracting(p -> p[0] + ":" + p[1] + ":" + p[2])
                .contains(
                        "3:birthDate:import.date",
                        "3:nationalId:validation.nationalId.format",
                        "4:fullName:validation.required",
                        "4:unitCode:import.unit.outOfScope",
                        "6:gender:import.gender",
                        "6:nationalId:import.nationalId.repeated");
        assertThat(job.problemLines()).noneMatch(p -> p[0].equals("2") || p[0].equals("5"));
    }

    @Test
    void restoresTheLeadingZeroExcelDropsFromANumericIdCell() throws Exception {
        // given
        String unit = code("Sở Giáo dục và Đào tạo");
        XSSFWorkbook book = template();
        Row r = book.getSheetAt(0).createRow(1);
        String[] values = {"1", "Mai Thị Thu Trang", "Nữ", "15/06/1991", null, "Giáo viên", "Có", unit, ""};
        for (int c = 0; c < values.length; c++) {
            if (values[c] != null) {
                r.createCell(c).setCellValue(values[c]);
            }
        }
        r.createCell(4).setCellValue(72191330001d);

        // when
        ImportJobs.Job job = upload(bytes(book), "so.xlsx");

        // then
        assertThat(job.status()).isEqualTo(ImportJobs.Status.DONE);
        assertThat(jdbc.sql("select national_id from organization_person where full_name = 'Mai Thị Thu Trang'")
                        .query(String.class)
                        .single())
                .isEqualTo("072191330001");
    }

    @Test
    void refusesAFileThatIsNotTheTemplate() throws Exception {
        XSSFWorkbook book = new XSSFWorkbook();
        book.createSheet("Sheet1").createRow(0).createCell(0).setCellValue("Họ tên");

        ImportJobs.Job job = upload(bytes(book), "khac-mau.xlsx");

        assertThat(job.status()).isEqualTo(ImportJobs.Status.REJECTED);
        assertThat(job.problemLines().get(0)[2]).isEqualTo("import.header");
    }

    @Test
    void aFailureWhileWritingLeavesNoRowWritten() {
        // given: 1,500 checked rows, the last of which collides with a person saved meanwhile
        long unit = tayNinh.currentUnit("Sở Giáo dục và Đào tạo");
        String taken = jdbc.sql("select national_id from organization_person where national_id is not null order by id")
                .query(String.class)
                .list()
                .get(0);
        List<NewPerson> rows = new ArrayList<>();
        for (int i = 0; i < 1499; i++) {
            rows.add(new NewPerson(
                    new PersonDetails("Nguyễn Văn Thử " + i, Gender.MALE, null, null, "Giáo viên", false),
                    unit,
                    LocalDate.of(2026, 1, 5)));
        }
        rows.add(new NewPerson(
                new PersonDetails("Nguyễn Văn Trùng", Gender.MALE, null, taken, null, false),
                unit,
                LocalDate.of(2026, 1, 5)));
        int before = peopleCount();

        // when / then
        assertThatThrownBy(() -> peopleImport.write(rows, "do-dang.xlsx", n -> {}))
                .isInstanceOf(org.springframework.dao.DataIntegrityViolationException.class);
        assertThat(peopleCount()).isEqualTo(before);
    }

    @Test
    void officerDownloadsATemplateWithOnlyTheirUnits() throws Exception {
        byte[] body = mvc.perform(get("/people/import/template.xlsx"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsByteArray();

        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(body))) {
            Sheet codes = book.getSheet("Mã đơn vị");
            List<String> names = new ArrayList<>();
            for (int r = 1; r <= codes.getLastRowNum(); r++) {
                names.add(codes.getRow(r).getCell(1).getStringCellValue());
            }
            assertThat(names).contains("Sở Giáo dục và Đào tạo").doesNotContain("Phường Gò Dầu", "Sở Y tế");
            long root = tayNinh.currentUnit("Sở Giáo dục và Đào tạo");
            for (int r = 1; r <= codes.getLastRowNum(); r++) {
                long unit = units.findByCode(codes.getRow(r).getCell(0).getStringCellValue())
                        .orElseThrow()
                        .getId();
                assertThat(scope.isWithin(unit, root)).isTrue();
            }
        }
    }

    private ImportJobs.Job upload(byte[] file, String name) throws Exception {
        return ImportUploads.upload(mvc, jobs, "/people/import", file, name, "donvi");
    }

    private int peopleCount() {
        return jdbc.sql("select count(*) from organization_person")
                .query(Integer.class)
                .single();
    }

    private String code(String unitName) {
        return units.findById(tayNinh.currentUnit(unitName)).orElseThrow().getCode();
    }

    private static String[] row(String... values) {
        return values;
    }

    private static XSSFWorkbook template() {
        return Workbooks.sheet("Danh sách cá nhân", PeopleImport.COLUMNS, List.of());
    }

    private static byte[] workbook(List<String[]> rows) {
        return bytes(Workbooks.sheet("Danh sách cá nhân", PeopleImport.COLUMNS, rows));
    }

    private static byte[] bytes(XSSFWorkbook book) {
        return Workbooks.bytes(book);
    }
}
