package vn.thidua.report.form;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;
import vn.thidua.IntegrationTest;
import vn.thidua.organization.TayNinhFixtures;
import vn.thidua.shared.Gender;

/**
 * The statutory forms 0601–0605.N/BNV-TĐKT from the demo province's records: every figure a test recomputes here
 * from the raw rows with its own SQL, the period kinds adding up, the unit scope, the click-through to the rows,
 * the exports in the official layout, and a newer circular's annex picked by its date.
 */
@IntegrationTest
@TestPropertySource(properties = "thidua.demo.decided-awards=true")
@Import(TayNinhFixtures.class)
@WithUserDetails("bantdkt")
class StatutoryFormsIntegrationTests {

    static final LocalDate FROM = LocalDate.of(2025, 1, 1);
    static final LocalDate TO = LocalDate.of(2025, 12, 31);

    @Autowired
    ReportForms reports;

    @Autowired
    FormCatalogue catalogue;

    @Autowired
    StaffRegister staff;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    MockMvc mvc;

    @Autowired
    TayNinhFixtures tayNinh;

    static Period year(int y) {
        return Period.of(Period.Kind.YEAR, y, 0, null, null);
    }

    long sql(String query) {
        return jdbc.sql(query).param("f", FROM).param("t", TO).query(Long.class).single();
    }

    static long v(FormTable t, String row, String col) {
        return t.value(row, col).longValueExact();
    }

    @Test
    void everyFormOfTheDemoYearComputesAndPassesItsArithmeticChecks() {
        assertThat(reports.forms())
                .extracting(FormDefinition::id)
                .contains("0601", "0602", "0603", "0604", "0605", "B01", "B03", "B05");
        for (FormDefinition f : reports.forms()) {
            FormTable t = reports.compute(f.id(), year(2025));
            assertThat(t.problems()).as(f.id()).isEmpty();
            assertThat(t.form().set()).as(f.id()).isIn("tt02-2023", "tong-hop");
        }
    }

    @Test
    void form0603CountsTheProvincesAwardsAsTheRawRowsDo() {
        FormTable t = reports.compute("0603", year(2025));
        long bkPeople = sql("select count(*) from achievement_award where form = 'PROVINCIAL_CERTIFICATE_OF_MERIT'"
                + " and award_date between :f and :t");
        long bkUnits =
                sql("select count(*) from achievement_collective_award where form = 'PROVINCIAL_CERTIFICATE_OF_MERIT'"
                        + " and award_date between :f and :t");
        long flags = sql("select count(*) from decision_recipient r join decision_decision d on d.id = r.decision_id"
                + " where r.award = 'PROVINCIAL_EMULATION_FLAG' and d.decided_on between :f and :t");
        assertThat(bkPeople + bkUnits).isPositive();
        assertThat(v(t, "01", "2")).isEqualTo(bkPeople + bkUnits);
        assertThat(v(t, "01", "4")).isEqualTo(flags);
        assertThat(v(t, "01", "1")).isEqualTo(bkPeople + bkUnits + flags);
        assertThat(v(t, "05", "1")).isEqualTo(bkPeople);
        // the tiers and methods as the decisions' lines state them
        for (String[] tier : new String[][] {
            {"06", "CENTRAL_LEADER"},
            {"07", "DEPARTMENT_LEADER"},
            {"08", "ENTREPRENEUR"},
            {"09", "OTHER_LEADER"},
            {"10", "DIRECT_WORKER"},
            {"X1", "OTHER"}
        }) {
            long lines = jdbc.sql(
                            "select count(*) from decision_recipient r join decision_decision d on d.id = r.decision_id"
                                    + " where r.subject = 'INDIVIDUAL' and r.recipient_tier = :tier and d.decided_on between :f and :t"
                                    + " and r.award in ('PROVINCIAL_CERTIFICATE_OF_MERIT', 'PROVINCIAL_EMULATION_FIGHTER')")
                    .param("tier", tier[1])
                    .param("f", FROM)
                    .param("t", TO)
                    .query(Long.class)
                    .single();
            assertThat(v(t, tier[0], "1")).as(tier[1]).isEqualTo(lines);
        }
        assertThat(v(t, "10", "1")).isPositive();
        long regular = sql("select count(*) from decision_recipient r join decision_decision d on d.id = r.decision_id"
                + " where r.award_method = 'REGULAR' and d.decided_on between :f and :t");
        assertThat(v(t, "11", "1")).isEqualTo(regular);
    }

    @Test
    void form0602CountsStateAwardsWithTheClassificationOfTheApprovedNominees() {
        int busiest = jdbc.sql("select extract(year from award_date) from achievement_award where form in"
                        + " ('PRIME_MINISTER_CERTIFICATE_OF_MERIT', 'LABOR_ORDER_THIRD_CLASS')"
                        + " group by extract(year from award_date) order by count(*) desc, 1 desc")
                .query(Integer.class)
                .list()
                .get(0);
        LocalDate from = LocalDate.of(busiest, 1, 1);
        LocalDate to = LocalDate.of(busiest, 12, 31);
        java.util.function.ToLongFunction<String> sql = q ->
                jdbc.sql(q).param("f", from).param("t", to).query(Long.class).single();
        FormTable t = reports.compute("0602", year(busiest));
        long people = sql.applyAsLong(
                "select count(*) from achievement_award where award_date between :f and :t and form in"
                        + " ('PRIME_MINISTER_CERTIFICATE_OF_MERIT', 'LABOR_ORDER_THIRD_CLASS', 'NATIONAL_EMULATION_FIGHTER')");
        long units = sql(
                "select count(*) from achievement_collective_award where award_date between :f and :t and form in"
                        + " ('PRIME_MINISTER_CERTIFICATE_OF_MERIT', 'GOVERNMENT_EMULATION_FLAG', 'LABOR_ORDER_THIRD_CLASS')");
        assertThat(people + units).isPositive();
        assertThat(v(t, "01", "1")).isEqualTo(people + units);
        assertThat(v(t, "09", "1")).isEqualTo(people);
        assertThat(v(t, "06", "1")).isEqualTo(units);
        assertThat(v(t, "03", "1")).isEqualTo(people + units);
        // every decided one was proposed by the province with a stated tier: none is counted as not stated
        assertThat(v(t, "N1", "1")).isZero();
        long directWorkers = sql.applyAsLong("select count(*) from achievement_award a join commendation_nominee n"
                + " on n.person_id = a.person_id and n.award = a.form and n.outcome = 'APPROVED'"
                + " where a.award_date between :f and :t and n.recipient_tier = 'DIRECT_WORKER'");
        assertThat(v(t, "14", "1")).isEqualTo(directWorkers);
    }

    @Test
    void form0601CountsTheMovementsLaunchedInThePeriod() {
        int y = jdbc.sql("select max(period_from) from movement_movement where status <> 'DRAFT'")
                .query(LocalDate.class)
                .single()
                .getYear();
        FormTable t = reports.compute("0601", year(Math.min(y, 2025)));
        long launched = jdbc.sql("select count(*) from movement_movement where status <> 'DRAFT'"
                        + " and period_from between :f and :t")
                .param("f", LocalDate.of(Math.min(y, 2025), 1, 1))
                .param("t", LocalDate.of(Math.min(y, 2025), 12, 31))
                .query(Long.class)
                .single();
        assertThat(v(t, "01", "1")).isEqualTo(launched);
        assertThat(v(t, "11", "1") + v(t, "12", "1")).isEqualTo(launched);
        assertThat(t.problems()).isEmpty();
    }

    @Test
    @Transactional
    void form0605CountsTheStaffRegisterOnThePeriodsLastDay() {
        staff.save(new StaffRegister.Staff(
                null,
                "Lâm Thị Thanh Trúc",
                Gender.FEMALE,
                LocalDate.of(1999, 7, 1),
                StaffRegister.Training.POSTGRADUATE,
                LocalDate.of(2024, 9, 1),
                null,
                "Chuyên viên",
                0));
        FormTable t = reports.compute("0605", year(2025));
        long inWork =
                sql("select count(*) from report_staff where started_on <= :t and (left_on is null or left_on > :t)"
                        + " and :f is not null");
        long women = sql("select count(*) from report_staff where gender = 'FEMALE' and started_on <= :t"
                + " and (left_on is null or left_on > :t) and :f is not null");
        assertThat(v(t, "01", "1")).isEqualTo(inWork);
        assertThat(v(t, "01", "2")).isEqualTo(women);
        assertThat(v(t, "02", "2")).isGreaterThanOrEqualTo(1); // she is 26 on 31/12/2025
        assertThat(v(t, "12", "1"))
                .isEqualTo(sql("select count(*) from report_staff where training = 'POSTGRADUATE'"
                        + " and started_on <= :t and (left_on is null or left_on > :t) and :f is not null"));
        assertThat(v(t, "13", "1")).isGreaterThanOrEqualTo(1); // in the work under 5 years
        // the one who left in March 2024 is counted for 2023, not for 2025
        FormTable earlier = reports.compute("0605", year(2023));
        assertThat(v(earlier, "01", "1")).isEqualTo(v(t, "01", "1") - 1 + 1);
    }

    @Test
    void theStaffRegisterRefusesImpossibleDatesNamingTheField() {
        assertThatThrownBy(() -> staff.save(new StaffRegister.Staff(
                        null,
                        "Nguyễn Văn A",
                        Gender.MALE,
                        LocalDate.of(2015, 1, 1),
                        StaffRegister.Training.UNIVERSITY,
                        LocalDate.of(2020, 1, 1),
                        null,
                        null,
                        0)))
                .isInstanceOf(vn.thidua.shared.InvalidInput.class)
                .satisfies(e -> assertThat(((vn.thidua.shared.InvalidInput) e).problems())
                        .extracting(vn.thidua.shared.InvalidInput.Problem::field)
                        .containsExactly("startedOn"));
    }

    @Test
    void quartersHalvesMonthsAndTheYearsRangeAddUpToTheYear() {
        FormTable whole = reports.compute("0603", year(2025));
        long quarters = 0;
        for (int q = 1; q <= 4; q++) {
            quarters += v(reports.compute("0603", Period.of(Period.Kind.QUARTER, 2025, q, null, null)), "01", "1");
        }
        long halves = 0;
        for (int h = 1; h <= 2; h++) {
            halves += v(reports.compute("0603", Period.of(Period.Kind.HALF, 2025, h, null, null)), "01", "1");
        }
        long months = 0;
        for (int m = 1; m <= 12; m++) {
            months += v(reports.compute("0603", Period.of(Period.Kind.MONTH, 2025, m, null, null)), "01", "1");
        }
        FormTable range = reports.compute("0603", Period.of(Period.Kind.RANGE, 0, 0, FROM, TO));
        assertThat(List.of(quarters, halves, months, v(range, "01", "1"))).containsOnly(v(whole, "01", "1"));
    }

    @Test
    void aUnitAccountSeesOnlyItsUnitsFiguresAndNotTheProvinceOnlyForms() {
        long unit = tayNinh.currentUnit("Sở Giáo dục và Đào tạo");
        long inUnit = jdbc.sql("with recursive sub(id) as (select cast(:u as bigint) union all"
                        + " select c.id from organization_unit c join sub on c.parent_id = sub.id)"
                        + " select count(*) from achievement_award a where a.form = 'PROVINCIAL_CERTIFICATE_OF_MERIT'"
                        + " and a.award_date between :f and :t and (select min(s.unit_id) from organization_assignment s"
                        + " where s.organization_person = a.person_id and s.to_date is null) in (select id from sub)")
                .param("u", unit)
                .param("f", FROM)
                .param("t", TO)
                .query(Long.class)
                .single();
        FormTable province = reports.compute("0603", year(2025));
        FormTable own = tayNinh.as("donvi", () -> reports.compute("0603", year(2025)));
        assertThat(v(own, "05", "2")).isEqualTo(inUnit);
        assertThat(v(own, "01", "1")).isLessThan(v(province, "01", "1"));
        assertThat(own.unitName()).isEqualTo("Sở Giáo dục và Đào tạo");
        assertThatThrownBy(() -> tayNinh.as("donvi", () -> reports.compute("0605", year(2025))))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> tayNinh.as("bientap", () -> reports.compute("0603", year(2025))))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    @WithUserDetails("donvi")
    void aUnitOfficerIsRefusedTheProvinceOnlyFormPage() throws Exception {
        mvc.perform(get("/reports/forms/B05?kind=YEAR&year=2025")).andExpect(status().isForbidden());
        mvc.perform(get("/reports/forms/0603?kind=YEAR&year=2025")).andExpect(status().isOk());
    }

    @Test
    void everyFigureLinksToTheRowsBehindIt() throws Exception {
        FormTable t = reports.compute("0603", year(2025));
        String page = mvc.perform(get("/reports/forms/0603?kind=YEAR&year=2025"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        var link = Jsoup.parse(page).getElementById("cell-01-2");
        assertThat(link.text()).isEqualTo(t.printed("01", "2"));
        String rows = mvc.perform(get(link.attr("href").replace("&amp;", "&")))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        var doc = Jsoup.parse(rows);
        assertThat(doc.select("#cell-rows tbody tr")).hasSize((int) v(t, "01", "2"));
        assertThat(doc.getElementById("cell-total").text()).isEqualTo(String.valueOf(v(t, "01", "2")));
    }

    @Test
    void theFormsExportAsExcelAndPdfInTheOfficialLayoutWithTheSignatureBlocks() throws Exception {
        FormTable t = reports.compute("0603", year(2025));
        byte[] xlsx = mvc.perform(get("/reports/forms/0603/export.xlsx?kind=YEAR&year=2025&head=Nguyễn Văn Út"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        StringBuilder all = new StringBuilder();
        Double total = null;
        try (XSSFWorkbook wb = new XSSFWorkbook(new java.io.ByteArrayInputStream(xlsx))) {
            DataFormatter fmt = new DataFormatter();
            for (Row r : wb.getSheetAt(0)) {
                for (Cell c : r) {
                    all.append(fmt.formatCellValue(c)).append('|');
                }
                if (r.getCell(1) != null && "01".equals(r.getCell(1).getStringCellValue()) && total == null) {
                    total = r.getCell(2).getNumericCellValue();
                }
            }
        }
        assertThat(all.toString())
                .contains(
                        "Biểu số: 0603.N/BNV-TĐKT",
                        "Thông tư số 02/2023/TT-BNV",
                        t.form().title(),
                        "Kỳ báo cáo: Năm 2025")
                .contains(
                        "Đơn vị báo cáo: Ủy ban nhân dân tỉnh Tây Ninh",
                        "NGƯỜI LẬP BIỂU",
                        "THỦ TRƯỞNG ĐƠN VỊ",
                        "Nguyễn Văn Út");
        assertThat(total).isEqualTo((double) v(t, "01", "1"));
        byte[] pdf = mvc.perform(get("/reports/forms/0603/export.pdf?kind=YEAR&year=2025"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        try (var doc = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
            assertThat(text)
                    .contains("0603.N/BNV-TĐKT", "Kỳ báo cáo: Năm 2025", "THỦ TRƯỞNG ĐƠN VỊ", "NGƯỜI LẬP BIỂU")
                    .contains(t.printed("01", "1"));
            assertThat(doc.getPage(0).getMediaBox().getWidth())
                    .isGreaterThan(doc.getPage(0).getMediaBox().getHeight());
        }
    }

    @Test
    void aNewerCircularsAnnexIsUsedFromItsDateWithoutCode() {
        assertThat(catalogue.forPeriod("0601", year(2025)).orElseThrow().set()).isEqualTo("tt02-2023");
        FormDefinition newer = catalogue.forPeriod("0601", year(2026)).orElseThrow();
        assertThat(newer.set()).isEqualTo("tt18-2025-test");
        FormTable t = reports.compute("0601", year(2026));
        assertThat(t.form().rows()).extracting(FormDefinition.Row::code).containsExactly("01", "02", "03");
        // a form without a newer version keeps the latest one for later periods
        assertThat(catalogue.forPeriod("0602", year(2026)).orElseThrow().set()).isEqualTo("tt02-2023");
    }

    @Test
    void aBadPeriodIsRefusedWithAMessage() throws Exception {
        mvc.perform(get("/reports/forms/0603?kind=RANGE&from=2025-12-31&to=2025-01-01"))
                .andExpect(status().isBadRequest());
        mvc.perform(get("/reports/forms/0603?kind=QUARTER&year=2025&n=5")).andExpect(status().isBadRequest());
        mvc.perform(get("/reports/forms/nope?kind=YEAR&year=2025")).andExpect(status().isNotFound());
        assertThat(BigDecimal.ONE).isNotNull();
    }
}
