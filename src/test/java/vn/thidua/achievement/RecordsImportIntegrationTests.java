package vn.thidua.achievement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.test.context.TestSecurityContextHolder;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.web.servlet.MockMvc;
import vn.thidua.ImportUploads;
import vn.thidua.IntegrationTest;
import vn.thidua.Workbooks;
import vn.thidua.eligibility.Eligibility;
import vn.thidua.eligibility.Verdict;
import vn.thidua.organization.EditingPeople;
import vn.thidua.organization.ImportJobs;
import vn.thidua.organization.PersonDetails;
import vn.thidua.organization.TayNinhFixtures;
import vn.thidua.organization.Units;
import vn.thidua.shared.Gender;
import vn.thidua.shared.InvalidInput;

/** The officer of Sở Giáo dục và Đào tạo back-fills the teachers' records of earlier years from Excel. */
@IntegrationTest
@Import(TayNinhFixtures.class)
@WithUserDetails("donvi")
class RecordsImportIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    ImportJobs jobs;

    @Autowired
    RecordsImport recordsImport;

    @Autowired
    AchievementRecords records;

    @Autowired
    Eligibility eligibility;

    @Autowired
    EditingPeople people;

    @Autowired
    Units units;

    @Autowired
    TayNinhFixtures tayNinh;

    @Autowired
    JdbcClient jdbc;

    private long teacher(String name, LocalDate birth, String nationalId) {
        return people.create(
                        new PersonDetails(name, Gender.FEMALE, birth, nationalId, "Giáo viên", false),
                        tayNinh.currentUnit("Sở Giáo dục và Đào tạo"),
                        LocalDate.of(2015, 9, 1))
                .getId();
    }

    private String unitCode() {
        return units.findById(tayNinh.currentUnit("Sở Giáo dục và Đào tạo"))
                .orElseThrow()
                .getCode();
    }

    @Test
    void backFillsThreeYearsSoTheChainToTheProvincialTitleCounts() throws Exception {
        // given: one teacher named by CCCD, another by name + birth date + unit, in words lists really use
        long hanh = teacher("Võ Thị Mỹ Hạnh", LocalDate.of(1986, 4, 2), "072186004411");
        long thu = teacher("Lâm Ngọc Thư", LocalDate.of(1991, 12, 9), null);
        String unit = unitCode();
        byte[] file = Workbooks.bytes(Workbooks.sheet(
                "Hồ sơ",
                RecordsImport.COLUMNS,
                List.of(
                        row("1", "Võ Thị Mỹ Hạnh", "", "072186004411", "", "Xếp loại", "2022", "HTXSNV"),
                        row(
                                "2",
                                "Võ Thị Mỹ Hạnh",
                                "",
                                "072186004411",
                                "",
                                "Danh hiệu",
                                "2022",
                                "CSTĐCS",
                                "",
                                "9/QĐ-SGDĐT"),
                        row(
                                "3",
                                "Võ Thị Mỹ Hạnh",
                                "",
                                "072186004411",
                                "",
                                "Danh hiệu",
                                "2023",
                                "Chiến sĩ thi đua cơ sở"),
                        row(
                                "4",
                                "Võ Thị Mỹ Hạnh",
                                "",
                                "072186004411",
                                "",
                                "Danh hiệu",
                                "2024",
                                "chien si thi dua co so"),
                        row(
                                "5",
                                "Võ Thị Mỹ Hạnh",
                                "",
                                "072186004411",
                                "",
                                "Sáng kiến",
                                "2024",
                                "Tỉnh",
                                "",
                                "",
                                "Dạy đọc hiểu theo dự án"),
                        row(
                                "6",
                                "LÂM  NGỌC THƯ",
                                "09/12/1991",
                                "",
                                unit,
                                "Khen thưởng",
                                "2023",
                                "BK tỉnh",
                                "20/03/2024",
                                "711/QĐ-UBND"),
                        row(
                                "7",
                                "lam ngoc thu",
                                "09/12/1991",
                                "",
                                unit,
                                "Kỷ luật",
                                "2022",
                                "Khiển trách",
                                "01/02/2022",
                                "",
                                "Chậm báo cáo",
                                "31/01/2023"))));

        // when
        ImportJobs.Job job = upload(file, "ho-so-cu-2022-2024.xlsx");

        // then
        SecurityContextHolder.setContext(TestSecurityContextHolder.getContext()); // MockMvc cleared it
        assertThat(job.status()).isEqualTo(ImportJobs.Status.DONE);
        assertThat(job.importedRows()).isEqualTo(7);
        assertThat(eligibility.verdictsFor(hanh, 2024))
                .filteredOn(v -> v.award() == Award.PROVINCIAL_EMULATION_FIGHTER)
                .allMatch(Verdict::eligible);
        History thuRecord = records.historyOf(thu);
        assertThat(thuRecord.awards())
                .extracting(History.AwardEntry::form, History.AwardEntry::decision)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(Award.PROVINCIAL_CERTIFICATE_OF_MERIT, "711/QĐ-UBND"));
        assertThat(thuRecord.discipline())
                .extracting(History.DisciplineEntry::form)
                .containsExactly(DisciplineForm.REPRIMAND);
    }

    @Test
    void oneBadRowRejectsTheWholeFileAndNamesEveryProblem() throws Exception {
        // given
        long nga = teacher("Hồ Thị Thanh Nga", LocalDate.of(1983, 6, 15), "072183005522");
        records.rate(nga, 2021, Rating.GOOD);
        String unit = unitCode();
        byte[] file = Workbooks.bytes(Workbooks.sheet(
                "Hồ sơ",
                RecordsImport.COLUMNS,
                List.of(
                        row("1", "Hồ Thị Thanh Nga", "", "072183005522", "", "Xếp loại", "2022", "HTXSNV"),
                        row("2", "Hồ Thị Thanh Nga", "", "072183005522", "", "Xếp loại", "2021", "HTTNV"),
                        row("3", "Hồ Thị Thanh Nga", "", "072183005522", "", "Danh hiệu", "2022", "Anh hùng"),
                        row("4", "Hồ Thị Thanh Nga", "", "072183005522", "", "Xếp loại", "2022", "HTTNV"),
                        row("5", "Nguyễn Văn Không Có", "01/01/1980", "", unit, "Xếp loại", "2022", "HTNV"),
                        row("6", "Hồ Thị Thanh Nga", "", "072183005522", "", "Thi đua", "2022", "HTNV"),
                        row("7", "Hồ Thị Thanh Nga", "", "072183005522", "", "Danh hiệu", "hai nghìn", "LĐTT"))));
        int before = facts();

        // when
        ImportJobs.Job job = upload(file, "co-loi.xlsx");

        // then
        assertThat(job.status()).isEqualTo(ImportJobs.Status.REJECTED);
        assertThat(job.problemLines())
                .extracting(p -> p[0] + " " + p[2])
                .containsExactly(
                        "3 import.records.ratingRecorded",
                        "4 import.records.content",
                        "5 import.records.ratingTwice",
                        "6 import.records.noSuchPerson",
                        "7 import.records.kind",
                        "8 validation.achievement.year");
        assertThat(job.problemLines().get(2)[3]).isEqualTo("2"); // "đã có ở dòng 2 của tệp": Excel's row numbers
        assertThat(facts()).isEqualTo(before);
    }

    @Test
    void findsTheHeaderBelowATitleWithColumnsInAnotherOrder() throws Exception {
        // given: a list as units send it — a title block, then the header, columns reordered
        long tuyet = teacher("Đoàn Thị Bạch Tuyết", LocalDate.of(1989, 3, 8), "072189006633");
        XSSFWorkbook book = new XSSFWorkbook();
        Sheet sheet = book.createSheet("DS");
        sheet.createRow(0).createCell(0).setCellValue("DANH SÁCH CÁ NHÂN ĐẠT DANH HIỆU NĂM 2023");
        sheet.createRow(1).createCell(0).setCellValue("(Kèm theo Tờ trình số 45/TTr-SGDĐT)");
        String[] header = {"Năm (*)", "Họ và tên (*)", "Số CCCD", "Loại thành tích (*)", "Nội dung (*)"};
        String[] values = {"2023", "Đoàn Thị Bạch Tuyết", "072189006633", "Danh hiệu", "Lao động tiên tiến"};
        Row h = sheet.createRow(3);
        Row v = sheet.createRow(4);
        for (int c = 0; c < header.length; c++) {
            h.createCell(c).setCellValue(header[c]);
            v.createCell(c).setCellValue(values[c]);
        }

        // when
        var histories = recordsImport.read(new ByteArrayInputStream(Workbooks.bytes(book)), (d, t) -> {});

        // then
        assertThat(histories).hasSize(1);
        assertThat(histories.get(0).personId()).isEqualTo(tuyet);
        assertThat(histories.get(0).titles())
                .extracting(History.TitleEntry::title)
                .containsExactly(Award.ADVANCED_WORKER);
    }

    @Test
    void twoNamesakesOnTheSameDayNeedTheCccd() {
        // given
        String unit = unitCode();
        teacher("Nguyễn Thị Hoa", LocalDate.of(1990, 1, 1), null);
        teacher("Nguyễn Thị Hoa", LocalDate.of(1990, 1, 1), null);
        byte[] file = Workbooks.bytes(Workbooks.sheet(
                "Hồ sơ",
                RecordsImport.COLUMNS,
                List.<String[]>of(row("1", "Nguyễn Thị Hoa", "01/01/1990", "", unit, "Xếp loại", "2022", "HTTNV"))));

        // then
        assertThatThrownBy(() -> recordsImport.read(new ByteArrayInputStream(file), (d, t) -> {}))
                .isInstanceOfSatisfying(
                        InvalidInput.class,
                        e -> assertThat(e.problems())
                                .extracting(InvalidInput.Problem::messageKey)
                                .containsExactly("import.records.ambiguous"));
    }

    private ImportJobs.Job upload(byte[] file, String name) throws Exception {
        return ImportUploads.upload(mvc, jobs, "/records/import", file, name, "donvi");
    }

    private int facts() {
        return jdbc.sql("select (select count(*) from achievement_rating) + (select count(*) from achievement_title)")
                .query(Integer.class)
                .single();
    }

    private static String[] row(String... values) {
        return values;
    }
}
