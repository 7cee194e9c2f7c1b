package vn.thidua.report.form;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;
import vn.thidua.IntegrationTest;

/**
 * The yearly summary tables (Biểu 01, 03, 05) from the demo province's records, dossiers and fund ledger, each
 * figure recomputed here from the raw rows; the arithmetic checks name a share printed as a fraction (the
 * "0.65%" of a real province's table) and a missing figure before export.
 */
@IntegrationTest
@TestPropertySource(properties = "thidua.demo.decided-awards=true")
@WithUserDetails("bantdkt")
class SummaryTablesIntegrationTests {

    static final LocalDate FROM = LocalDate.of(2025, 1, 1);
    static final LocalDate TO = LocalDate.of(2025, 12, 31);

    @Autowired
    ReportForms reports;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    MockMvc mvc;

    static Period year(int y) {
        return Period.of(Period.Kind.YEAR, y, 0, null, null);
    }

    long sql(String query) {
        return jdbc.sql(query).param("f", FROM).param("t", TO).query(Long.class).single();
    }

    @Test
    void biểu03SplitsTheProvincialBằngKhenByMethodAndLeadersWithSharesOfTheTotal() {
        FormTable t = reports.compute("B03", year(2025));
        String lines = " from decision_recipient r join decision_decision d on d.id = r.decision_id"
                + " where r.award = 'PROVINCIAL_CERTIFICATE_OF_MERIT' and d.decided_on between :f and :t";
        long total = sql("select count(*)" + lines);
        long regular = sql("select count(*)" + lines + " and r.award_method = 'REGULAR'");
        long leaders = sql("select count(*)" + lines + " and r.award_method = 'REGULAR' and r.subject = 'INDIVIDUAL'"
                + " and r.recipient_tier in ('CENTRAL_LEADER', 'DEPARTMENT_LEADER', 'OTHER_LEADER')");
        long others = sql("select count(*)" + lines + " and r.award_method = 'REGULAR' and r.subject = 'INDIVIDUAL'"
                + " and r.recipient_tier in ('ENTREPRENEUR', 'DIRECT_WORKER', 'OTHER')");
        long themed = sql("select count(*)" + lines + " and r.award_method in ('THEMATIC', 'EXTRAORDINARY')");
        assertThat(total).isPositive();
        assertThat(t.value("R1", "1").longValueExact()).isEqualTo(total);
        assertThat(t.value("R1", "4").longValueExact()).isEqualTo(regular);
        assertThat(t.value("R1", "6").longValueExact()).isEqualTo(leaders);
        assertThat(t.value("R1", "7").longValueExact()).isEqualTo(others);
        assertThat(t.value("R1", "8").longValueExact()).isEqualTo(themed);
        // the share is per cent of the row's total, printed with a comma and a per cent sign
        BigDecimal share = BigDecimal.valueOf(regular * 100.0 / total).setScale(1, RoundingMode.HALF_UP);
        assertThat(t.printed("R1", "5")).isEqualTo(share.toPlainString().replace('.', ',') + "%");
        assertThat(t.value("T", "1").longValueExact())
                .isEqualTo(t.value("R1", "1").longValueExact()
                        + t.value("R2", "1").longValueExact()
                        + t.value("R3", "1").longValueExact());
        assertThat(t.problems()).isEmpty();
    }

    @Test
    void aSharePrintedAsAFractionIsNamedBeforeExport() {
        // Quảng Bình 2022: 508 of 779 Bằng khen through the công trạng route, printed "0.65%"
        FormDefinition b03 = reports.form("B03", year(2025));
        Map<String, Map<String, BigDecimal>> values = new LinkedHashMap<>();
        for (FormDefinition.Row r : b03.rows()) {
            Map<String, BigDecimal> line = new LinkedHashMap<>();
            for (FormDefinition.Column c : b03.columns()) {
                line.put(c.code(), c.share() == null ? BigDecimal.ZERO : null);
            }
            values.put(r.code(), line);
        }
        for (String row : List.of("R1", "T")) {
            values.get(row).put("1", BigDecimal.valueOf(779));
            values.get(row).put("4", BigDecimal.valueOf(508));
            values.get(row).put("N", BigDecimal.valueOf(271));
            values.get(row).put("5", new BigDecimal("0.65"));
            values.get(row).put("NP", new BigDecimal("34.79"));
        }
        List<String> problems = FormEngine.check(b03, values);
        assertThat(problems).anySatisfy(p -> assertThat(p).contains("Dòng R1, cột 5", "0,65%", "508/779", "65,2%"));
        assertThat(problems).noneSatisfy(p -> assertThat(p).contains("cột NP"));
        values.get("R1").put("5", new BigDecimal("65.21"));
        values.get("T").put("5", new BigDecimal("65.21"));
        assertThat(FormEngine.check(b03, values)).isEmpty();
        // a total that is not the sum of its rows is named too
        values.get("T").put("1", BigDecimal.valueOf(976));
        assertThat(FormEngine.check(b03, values)).anySatisfy(p -> assertThat(p).contains("dòng T là 976"));
    }

    @Test
    void biểu05TakesTheFundFromTheLedgerAsAShareOfRecurrentSpending() {
        FormTable t = reports.compute("B05", year(2025));
        long setAside = sql("select coalesce(sum(amount), 0) from decision_fund_entry where kind = 'INCOME'"
                + " and decision_id is null and entry_date between :f and :t");
        long provincial = sql("select coalesce(sum(e.amount), 0) from decision_fund_entry e join decision_decision d"
                + " on d.id = e.decision_id where e.kind = 'PAYOUT' and d.award in ('PROVINCIAL_CERTIFICATE_OF_MERIT',"
                + " 'PROVINCIAL_EMULATION_FLAG', 'PROVINCIAL_EMULATION_FIGHTER') and e.entry_date between :f and :t");
        long other = sql("select coalesce(sum(amount), 0) from decision_fund_entry where kind = 'PAYOUT'"
                + " and decision_id is null and entry_date between :f and :t");
        BigDecimal recurrent = jdbc.sql("select amount from report_input where form_code = 'B05' and period_year = 2025"
                        + " and col_code = 'R'")
                .query(BigDecimal.class)
                .single();
        assertThat(setAside).isPositive();
        assertThat(t.value("01", "1"))
                .isEqualByComparingTo(BigDecimal.valueOf(setAside).movePointLeft(6));
        assertThat(t.value("01", "5"))
                .isEqualByComparingTo(BigDecimal.valueOf(provincial).movePointLeft(6));
        assertThat(t.value("01", "6"))
                .isEqualByComparingTo(BigDecimal.valueOf(other).movePointLeft(6));
        assertThat(t.value("01", "2").setScale(2, RoundingMode.HALF_UP))
                .isEqualByComparingTo(BigDecimal.valueOf(setAside)
                        .movePointLeft(6)
                        .multiply(BigDecimal.valueOf(100))
                        .divide(recurrent, 2, RoundingMode.HALF_UP));
        BigDecimal spent = BigDecimal.ZERO;
        for (String c : List.of("4", "5", "6", "7", "8", "9")) {
            spent = spent.add(t.value("01", c));
        }
        assertThat(t.value("01", "3")).isEqualByComparingTo(spent);
        assertThat(t.printed("01", "2")).isEqualTo("1,0%");
        assertThat(t.problems()).isEmpty();
    }

    @Test
    @Transactional
    void biểu05WithoutTheRecurrentSpendingIsNotExported() throws Exception {
        jdbc.sql("delete from report_input where form_code = 'B05' and period_year = 2025 and col_code = 'R'")
                .update();
        FormTable t = reports.compute("B05", year(2025));
        assertThat(t.problems()).anySatisfy(p -> assertThat(p).contains("cột R", "chưa nhập số liệu"));
        assertThat(t.exportable()).isFalse();
        mvc.perform(get("/reports/forms/B05/export.xlsx?kind=YEAR&year=2025"))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("blocked", t.problems().size()));
    }

    @Test
    @Transactional
    void enteredFiguresAreCheckedAndWhatWasTypedIsKeptWhenWrong() throws Exception {
        mvc.perform(post("/reports/forms/B05/inputs")
                        .with(csrf())
                        .param("year", "2025")
                        .param("in_01_R", "abc")
                        .param("in_01_7", "12,5"))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attributeExists("problems"))
                .andExpect(flash().attributeExists("typed"));
        assertThat(entered("7")).isNotEqualByComparingTo("12.5");
        mvc.perform(post("/reports/forms/B05/inputs")
                        .with(csrf())
                        .param("year", "2025")
                        .param("in_01_R", "710000")
                        .param("in_01_7", "12,5")
                        .param("in_01_8", "4")
                        .param("in_01_9", "3"))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("saved", "form.saved"));
        assertThat(entered("7")).isEqualByComparingTo("12.5");
        assertThat(entered("R")).isEqualByComparingTo("710000");
    }

    BigDecimal entered(String col) {
        return jdbc.sql(
                        "select amount from report_input where form_code = 'B05' and period_year = 2025 and row_code = '01'"
                                + " and col_code = :c")
                .param("c", col)
                .query(BigDecimal.class)
                .single();
    }

    @Test
    void biểu01SetsTheProposedAgainstTheDecided() {
        int busiest = jdbc.sql("select extract(year from d.received_on) from commendation_nominee n"
                        + " join commendation_dossier d on d.id = n.dossier_id where d.received_on is not null"
                        + " group by extract(year from d.received_on) order by count(*) desc, 1 desc")
                .query(Integer.class)
                .list()
                .get(0);
        FormTable t = reports.compute("B01", year(busiest));
        long proposedPeople = jdbc.sql("select count(*) from commendation_nominee n join commendation_dossier d"
                        + " on d.id = n.dossier_id where n.subject = 'INDIVIDUAL' and d.received_on between :f and :t"
                        + " and n.award in ('PRIME_MINISTER_CERTIFICATE_OF_MERIT', 'LABOR_ORDER_THIRD_CLASS',"
                        + " 'NATIONAL_EMULATION_FIGHTER', 'GOVERNMENT_EMULATION_FLAG')")
                .param("f", LocalDate.of(busiest, 1, 1))
                .param("t", LocalDate.of(busiest, 12, 31))
                .query(Long.class)
                .single();
        long decidedPeople = jdbc.sql("select count(*) from achievement_award where award_date between :f and :t"
                        + " and form in ('PRIME_MINISTER_CERTIFICATE_OF_MERIT', 'LABOR_ORDER_THIRD_CLASS',"
                        + " 'NATIONAL_EMULATION_FIGHTER')")
                .param("f", LocalDate.of(busiest, 1, 1))
                .param("t", LocalDate.of(busiest, 12, 31))
                .query(Long.class)
                .single();
        assertThat(proposedPeople).isPositive();
        assertThat(t.value("T", "2").longValueExact()).isEqualTo(proposedPeople);
        assertThat(t.value("T", "4").longValueExact()).isEqualTo(decidedPeople);
        assertThat(decidedPeople).isLessThanOrEqualTo(proposedPeople);
        assertThat(t.problems()).isEmpty();
    }
}
