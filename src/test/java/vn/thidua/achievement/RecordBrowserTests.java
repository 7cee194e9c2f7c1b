package vn.thidua.achievement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.openqa.selenium.support.ui.ExpectedConditions.textToBePresentInElementLocated;
import static vn.thidua.BrowserSupport.screenshot;
import static vn.thidua.BrowserSupport.signIn;
import static vn.thidua.BrowserSupport.waiting;

import java.time.LocalDate;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.ContextConfiguration;
import vn.thidua.BrowserSupport;
import vn.thidua.TestClock;
import vn.thidua.TestDatabase;
import vn.thidua.organization.EditingPeople;
import vn.thidua.organization.PersonDetails;
import vn.thidua.organization.TayNinhFixtures;
import vn.thidua.shared.Gender;

/** A specialist opens a person's record, enters a rating, and reads the verdicts and the near misses. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@ContextConfiguration(initializers = {TestDatabase.class, TestClock.Initializer.class})
@Import(TayNinhFixtures.class)
class RecordBrowserTests {

    private static final String PASSWORD = "Test-Passw0rd!";
    private static WebDriver driver;

    @LocalServerPort
    int port;

    @Autowired
    UserDetailsService accounts;

    @Autowired
    EditingPeople people;

    @Autowired
    AchievementRecords records;

    @Autowired
    TayNinhFixtures tayNinh;

    @BeforeAll
    static void startBrowser() {
        driver = BrowserSupport.chromium();
    }

    @AfterAll
    static void stopBrowser() {
        driver.quit();
    }

    /** A nurse of Sở Y tế with two Chiến sĩ thi đua cơ sở years and a provincial initiative, entered as the specialist. */
    private long aNurseTwoFighterYearsIn() {
        UserDetails specialist = accounts.loadUserByUsername("bantdkt");
        SecurityContextHolder.getContext()
                .setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                        specialist, null, specialist.getAuthorities()));
        try {
            long nurse = people.create(
                            new PersonDetails(
                                    "Phan Thị Thanh Trúc",
                                    Gender.FEMALE,
                                    LocalDate.of(1990, 2, 14),
                                    null,
                                    "Điều dưỡng trưởng",
                                    true),
                            tayNinh.currentUnit("Sở Y tế"),
                            LocalDate.of(2015, 7, 1))
                    .getId();
            for (int y = 2023; y <= 2024; y++) {
                records.rate(nurse, y, Rating.EXCELLENT);
                records.grantTitle(nurse, y, Award.ADVANCED_WORKER, y + "/QĐ-SYT");
                records.grantTitle(nurse, y, Award.GRASSROOTS_EMULATION_FIGHTER, "1" + y + "/QĐ-SYT");
            }
            records.recordInitiative(nurse, 2024, InitiativeScope.PROVINCIAL, "Quy trình chăm sóc người bệnh sau mổ");
            return nurse;
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    @Test
    void specialistEntersARatingAndSeesVerdictsAndNearMisses() {
        // given
        long nurse = aNurseTwoFighterYearsIn();
        String base = "http://localhost:" + port;
        signIn(driver, base, "bantdkt", PASSWORD);

        // when: the record page, then a 2025 rating entered in the form
        driver.get(base + "/people/" + nurse);
        waiting(driver, 10).until(textToBePresentInElementLocated(By.id("record"), "Chiến sĩ thi đua cơ sở"));
        waiting(driver, 10).until(textToBePresentInElementLocated(By.id("eligibility"), "Kết quả"));
        var js = (org.openqa.selenium.JavascriptExecutor) driver;
        var summary = driver.findElement(By.cssSelector("#record details summary"));
        js.executeScript("arguments[0].scrollIntoView({block: 'center', behavior: 'instant'})", summary);
        screenshot(driver, "08-record");
        summary.click();
        var year = driver.findElement(By.id("r-year"));
        year.clear();
        year.sendKeys("2025");
        new Select(driver.findElement(By.id("r-rating"))).selectByValue("EXCELLENT");
        driver.findElement(By.cssSelector("#record form[action$='/record/ratings'] button"))
                .click();

        // then: the timeline shows it and the verdicts refresh by themselves
        waiting(driver, 10)
                .until(textToBePresentInElementLocated(By.id("record"), "Xếp loại: Hoàn thành xuất sắc nhiệm vụ"));
        waiting(driver, 10)
                .until(textToBePresentInElementLocated(By.id("eligibility"), "Hồ sơ thành tích: 3 năm xếp loại"));
        String verdicts = driver.findElement(By.id("eligibility")).getText();
        assertThat(verdicts)
                .contains("Đủ điều kiện")
                .contains("còn thiếu Chiến sĩ thi đua cơ sở năm 2025 (cần 3 năm liên tục) (Điều 22 Luật Thi đua,"
                        + " khen thưởng 2022)")
                .doesNotContain("chưa có kết quả xếp loại năm 2025");
        screenshot(driver, "10-record-verdicts");

        // and: the unit's list names her among the near misses, with what is missing
        driver.get(base + "/eligibility?unit=" + tayNinh.currentUnit("Sở Y tế") + "&year=2025");
        String near = driver.findElement(By.id("near")).getText();
        assertThat(near).contains("Phan Thị Thanh Trúc").contains("còn thiếu Chiến sĩ thi đua cơ sở năm 2025");
        screenshot(driver, "11-eligibility-list");
    }

    @Test
    void specialistReadsTheCatalogueAndTheMoneyForADecisionDay() {
        // given
        String base = "http://localhost:" + port;
        signIn(driver, base, "bantdkt", PASSWORD);

        // when
        driver.get(base + "/");
        driver.findElement(By.cssSelector("#nav-commendation summary")).click(); // the header's "Khen thưởng" menu
        driver.findElement(By.linkText("Danh mục")).click();
        waiting(driver, 10).until(org.openqa.selenium.support.ui.ExpectedConditions.urlContains("/catalogue"));
        var day = driver.findElement(By.id("cat-on"));
        ((org.openqa.selenium.JavascriptExecutor) driver).executeScript("arguments[0].value = '2025-09-02'", day);
        driver.findElement(By.cssSelector("form[action$='/catalogue'] button")).click();
        waiting(driver, 10).until(org.openqa.selenium.support.ui.ExpectedConditions.urlContains("on=2025-09-02"));

        // then: Bằng khen tỉnh for an individual, decided 2/9/2025 under NĐ 152: 1,5 × 2.340.000
        String row = driver.findElement(
                        By.xpath("//table[@id='catalogue']//tr[th[contains(., 'Bằng khen của Chủ tịch UBND tỉnh')]]"))
                .getText();
        assertThat(row).contains("3.510.000").contains("[U]");
        assertThat(driver.findElement(By.tagName("main")).getText()).contains("mức lương cơ sở 2.340.000 đ");
        screenshot(driver, "12-catalogue");
    }

    @Test
    void specialistRecordsABlockResultOnAUnitPageAndSeesTheFlagVerdict() {
        // given
        String base = "http://localhost:" + port;
        signIn(driver, base, "bantdkt", PASSWORD);
        long unit = tayNinh.currentUnit("Sở Tài chính");

        // when
        driver.get(base + "/units/" + unit);
        waiting(driver, 10).until(textToBePresentInElementLocated(By.id("record"), "Hồ sơ thành tích của tập thể"));
        var js = (org.openqa.selenium.JavascriptExecutor) driver;
        var summary = driver.findElement(By.cssSelector("#record details summary"));
        js.executeScript("arguments[0].scrollIntoView({block: 'center', behavior: 'instant'})", summary);
        summary.click();
        var year = driver.findElement(By.id("s-year"));
        year.clear();
        year.sendKeys("2025");
        driver.findElement(By.id("s-block")).sendKeys("Khối các cơ quan tổng hợp");
        var save = driver.findElement(By.cssSelector("#record form[action$='/record/standings'] button"));
        js.executeScript("arguments[0].scrollIntoView({block: 'center', behavior: 'instant'})", save);
        save.click();

        // then
        waiting(driver, 10)
                .until(textToBePresentInElementLocated(By.id("record"), "Xếp thứ 1 trong Khối các cơ quan tổng hợp"));
        waiting(driver, 10).until(d -> {
            String verdicts = d.findElement(By.id("eligibility")).getText();
            return verdicts.contains("Cờ thi đua của UBND tỉnh") && !verdicts.contains("chưa có kết quả bình xét");
        });
        js.executeScript(
                "arguments[0].scrollIntoView({block: 'start', behavior: 'instant'})",
                driver.findElement(By.id("eligibility")));
        screenshot(driver, "13-unit-record-verdicts");
    }
}
