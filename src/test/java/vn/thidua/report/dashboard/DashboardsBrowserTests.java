package vn.thidua.report.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.thidua.BrowserSupport.click;
import static vn.thidua.BrowserSupport.screenshot;
import static vn.thidua.BrowserSupport.signIn;

import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebDriver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.ContextConfiguration;
import vn.thidua.BrowserSupport;
import vn.thidua.TestClock;
import vn.thidua.TestDatabase;
import vn.thidua.organization.TayNinhFixtures;

/** The Ban TĐKT opens each dashboard from the menu, sees charts drawn beside their tables and follows a figure. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@ContextConfiguration(initializers = {TestDatabase.class, TestClock.Initializer.class})
@Import(TayNinhFixtures.class)
class DashboardsBrowserTests {

    private static final String PASSWORD = "Test-Passw0rd!";
    private static WebDriver driver;

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TayNinhFixtures tayNinh;

    @BeforeAll
    static void startBrowser() {
        driver = BrowserSupport.chromium();
        driver.manage().window().setSize(new Dimension(1400, 2200));
    }

    @AfterAll
    static void stopBrowser() {
        driver.quit();
    }

    /** A block of four departments scoring each other on one criterion; Sở Tài chính scores far below the rest. */
    private void aScoredBlock() {
        List<String> names =
                List.of("Sở Giáo dục và Đào tạo", "Sở Y tế", "Sở Tài chính", "Sở Xây dựng", "Sở Công Thương");
        jdbc.sql("insert into organization_emulation_block (name, kind, emulation_year) values (?, 'BLOCK', 2025)")
                .param("Khối kiểm thử bảng điều khiển")
                .update();
        long block = jdbc.sql("select max(id) from organization_emulation_block")
                .query(Long.class)
                .single();
        long[] units = names.stream().mapToLong(tayNinh::currentUnit).toArray();
        for (int i = 0; i < units.length; i++) {
            jdbc.sql("insert into organization_block_member (organization_emulation_block, unit_id, role, seq)"
                            + " values (?, ?, 'MEMBER', ?)")
                    .params(block, units[i], i + 1)
                    .update();
        }
        jdbc.sql("insert into scoring_block_year (block_id, method, self_weight) values (?, 'MEAN', 0)")
                .param(block)
                .update();
        long year = jdbc.sql("select max(id) from scoring_block_year")
                .query(Long.class)
                .single();
        jdbc.sql("insert into scoring_card_criterion (scoring_block_year, seq, code, text, kind, max_points)"
                        + " values (?, 1, 'C1', 'Công tác chỉ đạo', 'POINTS', 10)")
                .param(year)
                .update();
        int[][] points = {{0, 8, 7, 8, 9}, {8, 0, 6, 9, 8}, {3, 2, 0, 3, 2}, {9, 8, 7, 0, 8}, {8, 9, 7, 8, 0}};
        for (int s = 0; s < units.length; s++) {
            for (int u = 0; u < units.length; u++) {
                if (s != u) {
                    jdbc.sql(
                                    "insert into scoring_score (block_year_id, scorer_unit_id, unit_id, criterion_code, points,"
                                            + " scored_by, scored_at) values (?, ?, ?, 'C1', ?, 'bantdkt', current_timestamp)")
                            .params(year, units[s], units[u], points[s][u])
                            .update();
                }
            }
        }
    }

    @Test
    void theBanOpensEachDashboardSeesChartsBesideTablesAndFollowsAFigureToItsRows() {
        // given
        aScoredBlock();
        String base = "http://localhost:" + port;
        signIn(driver, base, "bantdkt", PASSWORD);

        // when: the menu, then the year 2023 of the demo records
        click(driver, By.cssSelector("#nav-reporting > summary"));
        click(driver, By.id("nav-dashboards"));
        driver.get(base + "/dashboards/awards?kind=YEAR&year=2023");
        BrowserSupport.loaded(driver);

        // then: every chart is drawn (ECharts from the webjar, allowed by the CSP) beside its table
        BrowserSupport.waiting(driver, 10)
                .until(d -> d.findElements(By.cssSelector(".dash-chart svg")).size() >= 4);
        assertThat(driver.findElements(By.cssSelector(".dash-table"))).hasSize(5);
        screenshot(driver, "dashboard-awards");

        // and a figure leads to the awards it counts
        String total = driver.findElement(By.cssSelector("#t-by-form tr.dash-total td a"))
                .getText();
        click(driver, By.cssSelector("#t-by-form tr.dash-total td a"));
        assertThat(driver.getCurrentUrl()).contains("/dashboards/awards/rows");
        assertThat(driver.findElement(By.id("rows-total")).getText()).contains(total);
        screenshot(driver, "dashboard-award-rows");

        // movements and dossiers
        driver.get(base + "/dashboards/dossiers?kind=YEAR&year=2026");
        BrowserSupport.loaded(driver);
        assertThat(driver.findElements(By.cssSelector("#t-by-stage tbody tr"))).hasSizeGreaterThan(5);
        screenshot(driver, "dashboard-dossiers");

        // fairness: the strict scorer is flagged
        driver.get(base + "/dashboards/fairness?kind=YEAR&year=2025");
        BrowserSupport.loaded(driver);
        new org.openqa.selenium.support.ui.Select(driver.findElement(By.id("dash-block")))
                .selectByVisibleText("Khối kiểm thử bảng điều khiển (2025)");
        click(driver, By.xpath("//select[@id='dash-block']/ancestor::form//button"));
        BrowserSupport.waiting(driver, 10)
                .until(d ->
                        d.findElements(By.cssSelector("#t-scorers tbody tr")).size() == 5);
        assertThat(driver.findElement(By.cssSelector("#t-scorers tbody tr th")).getText())
                .isEqualTo("⚠ Sở Tài chính");
        screenshot(driver, "dashboard-fairness");
    }
}
