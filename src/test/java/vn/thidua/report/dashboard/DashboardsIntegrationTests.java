package vn.thidua.report.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.web.servlet.MockMvc;
import vn.thidua.IntegrationTest;
import vn.thidua.organization.TayNinhFixtures;

/** The dashboards' figures against the raw rows, counted here by other queries, on the demo province. */
@IntegrationTest
@Import(TayNinhFixtures.class)
@WithUserDetails("bantdkt")
class DashboardsIntegrationTests {

    private static final AtomicLong SEQ = new AtomicLong();
    private static final Scope.Units PROVINCE = new Scope.Units(true, List.of());

    @Autowired
    AwardsDashboard awards;

    @Autowired
    WorkflowDashboard workflow;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TayNinhFixtures tayNinh;

    @Autowired
    MockMvc mvc;

    private long count(String sql, Object... args) {
        var spec = jdbc.sql(sql);
        for (Object a : args) {
            spec = spec.param(a);
        }
        return spec.query(Long.class).single();
    }

    private static long value(Figure f, String line, int column) {
        return f.line(line).values().get(column).longValue();
    }

    private static Figure figure(List<Figure> figures, String id) {
        return figures.stream().filter(f -> f.id().equals(id)).findFirst().orElseThrow();
    }

    @Test
    void awardsOfADemoYearEqualTheRecordsAndDecisionsCountedOneTableAtATime() {
        // given: the demo histories' year 2023, counted table by table
        long titles =
                count("select count(*) from achievement_title where title_year = 2023 and decided_award_id is null");
        long forms =
                count("select count(*) from achievement_award where award_date between '2023-01-01' and '2023-12-31'"
                        + " and decided_award_id is null");
        long collectiveTitles = count(
                "select count(*) from achievement_collective_title where title_year = 2023 and decided_award_id is null");
        long collectiveForms = count("select count(*) from achievement_collective_award"
                + " where award_date between '2023-01-01' and '2023-12-31' and decided_award_id is null");
        long decided =
                count("select count(*) from decision_recipient r join decision_decision d on d.id = r.decision_id"
                        + " where d.kind = 'AWARD' and d.status = 'SIGNED' and r.status <> 'REVOKED'"
                        + " and d.decided_on between '2023-01-01' and '2023-12-31'");
        long women = count("select count(*) from achievement_title t join organization_person p on p.id = t.person_id"
                        + " where t.title_year = 2023 and t.decided_award_id is null and p.gender = 'FEMALE'")
                + count("select count(*) from achievement_award t join organization_person p on p.id = t.person_id"
                        + " where t.award_date between '2023-01-01' and '2023-12-31' and t.decided_award_id is null"
                        + " and p.gender = 'FEMALE'")
                + count("select count(*) from decision_recipient r join decision_decision d on d.id = r.decision_id"
                        + " join organization_person p on p.id = r.person_id where d.kind = 'AWARD' and d.status = 'SIGNED'"
                        + " and r.status <> 'REVOKED' and r.subject = 'INDIVIDUAL' and p.gender = 'FEMALE'"
                        + " and d.decided_on between '2023-01-01' and '2023-12-31'");
        long advancedWorkers = count("select count(*) from achievement_title where title_year = 2023"
                + " and decided_award_id is null and title = 'ADVANCED_WORKER'");
        assertThat(titles + forms).as("the demo has records in 2023").isPositive();

        // when
        List<Figure> figures = awards.figures(Period.year(2023), PROVINCE);

        // then
        Figure byForm = figure(figures, "by-form");
        long total = titles + forms + collectiveTitles + collectiveForms + decided;
        assertThat(value(byForm, "dashboard.total", 0)).isEqualTo(total);
        assertThat(value(byForm, "dashboard.total", 3)).isEqualTo(women);
        assertThat(value(byForm, "award.ADVANCED_WORKER", 0)).isGreaterThanOrEqualTo(advancedWorkers);
        Figure byMethod = figure(figures, "by-method");
        assertThat(byMethod.lines().stream()
                        .mapToLong(l -> l.values().get(0).longValue())
                        .sum())
                .isEqualTo(total);
        // titles carry no method: at least all of them are "not stated"
        assertThat(value(byMethod, "dashboard.method.NOT_STATED", 0)).isGreaterThanOrEqualTo(titles + collectiveTitles);
        Figure trend = figure(figures, "trend");
        assertThat(value(trend, "2023", 0)).isEqualTo(total);
        assertThat(trend.lines()).hasSize(10);
    }

    private long person(String name, String gender, boolean direct) {
        long n = SEQ.incrementAndGet();
        jdbc.sql("insert into organization_person (full_name, name_folded, gender, direct_worker) values (?, ?, ?, ?)")
                .params(name + " " + n, (name + " " + n).toLowerCase(), gender, direct)
                .update();
        return count("select max(id) from organization_person");
    }

    private long signedDecision(LocalDate day) {
        long issuer = tayNinh.currentUnit("Sở Nội vụ");
        long n = SEQ.incrementAndGet();
        jdbc.sql("""
                        insert into decision_decision (issuer_unit_id, symbol, decision_year, number, kind, place, decided_on,
                          title, authority, basis, signer_name, signer_position, recipients_note, status, created_by)
                        values (?, 'QĐ-UBND', ?, ?, 'AWARD', 'Tây Ninh', ?, 'Kiểm thử bảng điều khiển', 'Chủ tịch UBND tỉnh',
                          'Luật Thi đua, khen thưởng 2022', 'Nguyễn Văn A', 'Chủ tịch', 'Như Điều 3', 'SIGNED', 'bantdkt')""").params(issuer, day.getYear(), 9000 + (int) n, day).update();
        return count("select max(id) from decision_decision");
    }

    private void recipient(
            long decision,
            String subject,
            Long person,
            long unit,
            String award,
            String method,
            String tier,
            String status) {
        long n = SEQ.incrementAndGet();
        jdbc.sql("""
                        insert into decision_recipient (decision_id, seq, subject, person_id, unit_id, full_name, award,
                          posthumous, code, status, award_method, recipient_tier)
                        values (?, ?, ?, ?, ?, ?, ?, false, ?, ?, ?, ?)""")
                .params(
                        decision,
                        (int) n,
                        subject,
                        person,
                        unit,
                        "Người nhận kiểm thử " + n,
                        award,
                        "DASH-" + n + "-" + System.nanoTime(),
                        status,
                        method,
                        tier)
                .update();
    }

    @Test
    void aSignedDecisionCountsInEveryPeriodThatHoldsItsDayWithItsClassificationAndARevokedAwardNever() {
        // given
        long education = tayNinh.currentUnit("Sở Giáo dục và Đào tạo");
        LocalDate day = LocalDate.of(2017, 5, 16);
        List<Period> holding = List.of(
                Period.year(2017),
                Period.half(2017, 1),
                Period.quarter(2017, 2),
                Period.month(2017, 5),
                Period.range(day, day));
        List<List<Figure>> before =
                holding.stream().map(p -> awards.figures(p, PROVINCE)).toList();
        long outside = value(figure(awards.figures(Period.month(2017, 6), PROVINCE), "by-form"), "dashboard.total", 0);
        long d = signedDecision(day);
        recipient(
                d,
                "INDIVIDUAL",
                person("Lê Thị Lãnh Đạo", "FEMALE", false),
                education,
                "PROVINCIAL_CERTIFICATE_OF_MERIT",
                "REGULAR",
                "CENTRAL_LEADER",
                "VALID");
        recipient(
                d,
                "INDIVIDUAL",
                person("Trần Văn Nông", "MALE", false),
                education,
                "PROVINCIAL_CERTIFICATE_OF_MERIT",
                "THEMATIC",
                "DIRECT_WORKER",
                "VALID");
        recipient(d, "COLLECTIVE", null, education, "PROVINCIAL_CERTIFICATE_OF_MERIT", null, null, "VALID");
        recipient(
                d,
                "INDIVIDUAL",
                person("Người Bị Thu Hồi", "FEMALE", true),
                education,
                "PROVINCIAL_CERTIFICATE_OF_MERIT",
                "REGULAR",
                "DIRECT_WORKER",
                "REVOKED");

        // when / then
        for (int i = 0; i < holding.size(); i++) {
            List<Figure> after = awards.figures(holding.get(i), PROVINCE);
            Figure was = figure(before.get(i), "by-form");
            Figure now = figure(after, "by-form");
            String p = holding.get(i).toString();
            assertThat(value(now, "dashboard.total", 0) - value(was, "dashboard.total", 0))
                    .as(p)
                    .isEqualTo(3);
            assertThat(value(now, "dashboard.total", 1) - value(was, "dashboard.total", 1))
                    .as(p)
                    .isEqualTo(2);
            assertThat(value(now, "dashboard.total", 3) - value(was, "dashboard.total", 3))
                    .as(p)
                    .isEqualTo(1);
            assertThat(value(now, "dashboard.total", 4) - value(was, "dashboard.total", 4))
                    .as(p)
                    .isEqualTo(1);
            assertThat(value(now, "dashboard.total", 5) - value(was, "dashboard.total", 5))
                    .as(p)
                    .isEqualTo(1);
            Figure methodsWere = figure(before.get(i), "by-method");
            Figure methodsNow = figure(after, "by-method");
            for (String m : List.of("REGULAR", "THEMATIC", "NOT_STATED")) {
                assertThat(value(methodsNow, "dashboard.method." + m, 0)
                                - value(methodsWere, "dashboard.method." + m, 0))
                        .as(p + " " + m)
                        .isEqualTo(1);
            }
        }
        assertThat(value(figure(awards.figures(Period.month(2017, 6), PROVINCE), "by-form"), "dashboard.total", 0))
                .isEqualTo(outside);
    }

    @Test
    void theRowsBehindAFigureListTheAwardsItCountsAndNoOther() throws Exception {
        // given
        long education = tayNinh.currentUnit("Sở Giáo dục và Đào tạo");
        long d = signedDecision(LocalDate.of(2016, 3, 8));
        recipient(
                d,
                "INDIVIDUAL",
                person("Phạm Thị Lãnh Đạo Sở", "FEMALE", false),
                education,
                "PROVINCIAL_CERTIFICATE_OF_MERIT",
                "REGULAR",
                "DEPARTMENT_LEADER",
                "VALID");
        recipient(
                d,
                "INDIVIDUAL",
                person("Võ Văn Công Nhân", "MALE", true),
                education,
                "PROVINCIAL_CERTIFICATE_OF_MERIT",
                "REGULAR",
                "DIRECT_WORKER",
                "VALID");

        // when
        String leaders = mvc.perform(get("/dashboards/awards/rows?kind=MONTH&year=2016&part=3&tier=LEADER"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();

        // then
        assertThat(leaders).contains("Người nhận kiểm thử").contains("Lãnh đạo cấp vụ, sở");
        assertThat(leaders).doesNotContain("Công nhân, nông dân, người lao động trực tiếp</td>");
    }

    @Test
    @WithUserDetails("donvi")
    void aUnitOfficerReadsOnlyHisUnitsAwards() throws Exception {
        // given: one award to the officer's unit, one to another department, the same day
        long education = tayNinh.currentUnit("Sở Giáo dục và Đào tạo");
        long health = tayNinh.currentUnit("Sở Y tế");
        long d = signedDecision(LocalDate.of(2015, 9, 2));
        recipient(d, "COLLECTIVE", null, education, "PROVINCIAL_CERTIFICATE_OF_MERIT", "REGULAR", null, "VALID");
        recipient(d, "COLLECTIVE", null, health, "PROVINCIAL_CERTIFICATE_OF_MERIT", "REGULAR", null, "VALID");
        String mine = "Người nhận kiểm thử " + (SEQ.get() - 1);
        String theirs = "Người nhận kiểm thử " + SEQ.get();

        // when
        String page = mvc.perform(get("/dashboards/awards/rows?kind=MONTH&year=2015&part=9"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();

        // then
        assertThat(page).contains(mine).doesNotContain(theirs);
        mvc.perform(get("/dashboards/awards?kind=MONTH&year=2015&part=9")).andExpect(status().isOk());
    }

    @Test
    @WithUserDetails("hoidong1")
    void aCouncilMemberReadsNoDashboard() throws Exception {
        mvc.perform(get("/dashboards/awards")).andExpect(status().isForbidden());
        mvc.perform(get("/dashboards/fairness.xlsx")).andExpect(status().isForbidden());
    }

    private long dossier(long unit, String status, LocalDate dueOn, OffsetDateTime created) {
        jdbc.sql("""
                        insert into commendation_dossier (proposing_unit_id, kind, achievement_year, title, status, due_on,
                          created_by, created_at) values (?, 'REGULAR', 2025, ?, ?, ?, 'donvi', ?)""")
                .params(unit, "Hồ sơ kiểm thử bảng điều khiển " + SEQ.incrementAndGet(), status, dueOn, created)
                .update();
        return count("select max(id) from commendation_dossier");
    }

    private void submitted(long dossier, OffsetDateTime at) {
        jdbc.sql("insert into commendation_dossier_event (dossier_id, happened_at, actor, action, to_status)"
                        + " values (?, ?, 'lanhdao', 'SUBMIT', 'SUBMITTED')")
                .params(dossier, at)
                .update();
    }

    private void decidedOn(long dossier, LocalDate day) {
        jdbc.sql("""
                        insert into commendation_nominee (dossier_id, seq, subject, full_name, award, summary, eligibility)
                        values (?, 1, 'INDIVIDUAL', 'Người được đề nghị', 'PROVINCIAL_CERTIFICATE_OF_MERIT', 'Thành tích', 'ELIGIBLE')""").params(dossier).update();
        long nominee = count("select max(id) from commendation_nominee");
        long d = signedDecision(day);
        long n = SEQ.incrementAndGet();
        jdbc.sql("""
                        insert into decision_recipient (decision_id, seq, nominee_id, subject, full_name, award, posthumous,
                          code, status) values (?, 1, ?, 'INDIVIDUAL', 'Người được đề nghị', 'PROVINCIAL_CERTIFICATE_OF_MERIT',
                          false, ?, 'VALID')""")
                .params(d, nominee, "DASH-D-" + n + "-" + System.nanoTime())
                .update();
    }

    @Test
    void timeToDecisionIsTheMedianAndSlowestOfSubmissionToSignedDecisionAndOverdueDossiersNameTheirUnit() {
        // given: three dossiers created in January 2014, decided 10, 20 and 45 days after submission; one overdue
        long education = tayNinh.currentUnit("Sở Giáo dục và Đào tạo");
        long health = tayNinh.currentUnit("Sở Y tế");
        OffsetDateTime jan = OffsetDateTime.of(2014, 1, 6, 8, 0, 0, 0, ZoneOffset.ofHours(7));
        int[] days = {20, 10, 45};
        for (int wait : days) {
            long id = dossier(education, "CONCLUDED", null, jan);
            submitted(id, jan.plusDays(1));
            decidedOn(id, jan.plusDays(1 + wait).toLocalDate());
        }
        long late = dossier(health, "UNDER_APPRAISAL", LocalDate.of(2014, 2, 28), jan);
        submitted(late, jan.plusDays(2));
        Period january = Period.month(2014, 1);
        long createdInJanuary = count(
                "select count(*) from commendation_dossier where created_at >= ? and created_at < ?",
                OffsetDateTime.of(2014, 1, 1, 0, 0, 0, 0, ZoneOffset.ofHours(7)),
                OffsetDateTime.of(2014, 2, 1, 0, 0, 0, 0, ZoneOffset.ofHours(7)));

        // when
        List<Figure> figures = workflow.figures(january, PROVINCE);

        // then
        Figure time = figure(figures, "time");
        assertThat(value(time, "dashboard.flow.decided", 0)).isEqualTo(3);
        assertThat(time.line("dashboard.flow.median").values().get(0).doubleValue())
                .isEqualTo(20.0);
        assertThat(time.lines().get(2).values().get(0).longValue()).isEqualTo(45);
        assertThat(value(time, "dashboard.flow.waiting", 0)).isEqualTo(1);
        Figure stages = figure(figures, "by-stage");
        assertThat(value(stages, "dashboard.total", 0))
                .isEqualTo(createdInJanuary)
                .isEqualTo(4);
        assertThat(value(stages, "dossierStatus.CONCLUDED", 0)).isEqualTo(3);
        assertThat(value(figure(figures, "overdue"), "dashboard.flow.overdueDossiers", 0))
                .isEqualTo(1);
        Figure lateUnits = figure(figures, "late-units");
        assertThat(lateUnits.lines()).extracting(Figure.Line::label).contains("Sở Y tế");
    }

    @Test
    void everyDashboardOpensAndExportsItsFiguresToExcel() throws Exception {
        for (String name : List.of("awards", "dossiers", "fairness")) {
            mvc.perform(get("/dashboards/" + name + "?kind=QUARTER&year=2025&part=4"))
                    .andExpect(status().isOk());
            byte[] xlsx = mvc.perform(get("/dashboards/" + name + ".xlsx?kind=YEAR&year=2025"))
                    .andExpect(status().isOk())
                    .andReturn()
                    .getResponse()
                    .getContentAsByteArray();
            try (XSSFWorkbook book = new XSSFWorkbook(new java.io.ByteArrayInputStream(xlsx))) {
                if (!name.equals("fairness")) {
                    assertThat(book.getNumberOfSheets()).as(name).isEqualTo(5);
                }
            }
        }
        try (XSSFWorkbook book = new XSSFWorkbook(
                new java.io.ByteArrayInputStream(mvc.perform(get("/dashboards/awards.xlsx?kind=YEAR&year=2023"))
                        .andReturn()
                        .getResponse()
                        .getContentAsByteArray()))) {
            long total = value(figure(awards.figures(Period.year(2023), PROVINCE), "by-form"), "dashboard.total", 0);
            var sheet = book.getSheet("by-form");
            var last = sheet.getRow(sheet.getLastRowNum());
            assertThat(last.getCell(0).getStringCellValue()).isEqualTo("Tổng số");
            assertThat((long) last.getCell(1).getNumericCellValue()).isEqualTo(total);
        }
    }

    @Test
    void anImpossiblePeriodIsRefusedNamingTheFieldAndKeepingWhatWasTyped() throws Exception {
        mvc.perform(get("/dashboards/awards?kind=QUARTER&year=2025&part=7"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Nửa năm / quý / tháng")))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("value=\"7\"")));
        mvc.perform(get("/dashboards/dossiers?kind=RANGE&from=2025-05-01&to=2025-04-01"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Đến ngày")));
        mvc.perform(get("/dashboards/awards?year=abc")).andExpect(status().isBadRequest());
        mvc.perform(get("/dashboards/awards/rows?method=GUESS")).andExpect(status().isBadRequest());
    }
}
