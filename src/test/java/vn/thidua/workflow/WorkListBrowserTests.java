package vn.thidua.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.thidua.BrowserSupport.screenshot;
import static vn.thidua.BrowserSupport.signIn;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.ContextConfiguration;
import vn.thidua.BrowserSupport;
import vn.thidua.TestClock;
import vn.thidua.TestDatabase;
import vn.thidua.achievement.Award;
import vn.thidua.movement.LaunchingMovements;
import vn.thidua.movement.Movement;
import vn.thidua.movement.MovementDetails;
import vn.thidua.movement.MovementFixtures;
import vn.thidua.movement.MovementKind;
import vn.thidua.movement.Registering;
import vn.thidua.movement.Registration;
import vn.thidua.organization.TayNinhFixtures;
import vn.thidua.organization.UnitKind;

/**
 * Each demo role signs in and lands on its work list: the counts at the top, the lines under them,
 * and the first line's link opens a page without an error (screenshots in target/screenshots/worklist/).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@ContextConfiguration(initializers = {TestDatabase.class, TestClock.Initializer.class})
@Import({TayNinhFixtures.class, MovementFixtures.class})
class WorkListBrowserTests {

    private static final String PASSWORD = "Test-Passw0rd!";
    private static WebDriver driver;

    @LocalServerPort
    int port;

    @Autowired
    LaunchingMovements launching;

    @Autowired
    Registering registering;

    @Autowired
    TayNinhFixtures tayNinh;

    @Autowired
    MovementFixtures movementsFor;

    @BeforeAll
    static void startBrowser() throws Exception {
        driver = BrowserSupport.chromium();
        Files.createDirectories(Path.of("target", "screenshots", "worklist"));
    }

    @AfterAll
    static void stopBrowser() {
        driver.quit();
    }

    @Test
    void eachDemoRoleLandsOnItsWorkListWithCountsAndLinksThatOpen() {
        // given: a launch waiting for the Chairman, and a registration the officer handed to the leader
        String base = "http://localhost:" + port;
        tayNinh.as("bantdkt", () -> {
            Movement draft = launching.draft(
                    new MovementDetails(
                            "Phong trào thi đua “Chuyển đổi số” năm 2026 (trình Chủ tịch)",
                            MovementKind.THEMATIC,
                            "Số hóa hồ sơ, dữ liệu; phục vụ người dân và doanh nghiệp",
                            null,
                            LocalDate.of(2026, 3, 1),
                            LocalDate.of(2026, 12, 31),
                            TestClock.today().plusDays(14),
                            null),
                    tayNinh.currentUnit("Tỉnh Tây Ninh"),
                    null);
            Movement ready = launching.change(draft.getId(), draft.getVersion(), m -> {
                m.participants(EnumSet.of(UnitKind.DEPARTMENT), Set.of(), null);
                m.addCriterion("Hồ sơ giải quyết trực tuyến toàn trình", "≥ 80%", "Cổng dịch vụ công", null);
            });
            return launching.propose(ready.getId(), ready.getVersion());
        });
        Movement open = movementsFor.openForDepartments(
                "Phong trào thi đua hoàn thành nhiệm vụ năm 2026 (đang nhận đăng ký)",
                TestClock.today().plusDays(10));
        tayNinh.as("donvi", () -> {
            Registration r = registering.open(open.getId(), tayNinh.currentUnit("Sở Giáo dục và Đào tạo"));
            r = registering.describe(r.getId(), r.getVersion(), Award.EXCELLENT_COLLECTIVE, "Hoàn thành 100% kế hoạch");
            return registering.sendToLeader(r.getId(), r.getVersion());
        });

        // when / then: anonymous visitors to / get the portal
        driver.manage().deleteAllCookies();
        driver.get(base + "/");
        assertThat(driver.getCurrentUrl()).endsWith("/portal");

        // and: each role signs in and sees its list; the first line opens without an error
        for (String username : List.of("chutich", "lanhdao", "donvi", "bantdkt", "hoidong1", "bientap", "admin")) {
            driver.manage().deleteAllCookies();
            signIn(driver, base, username, PASSWORD);
            driver.get(base + "/");
            assertThat(driver.findElement(By.id("work-counts")).isDisplayed())
                    .as(username)
                    .isTrue();
            List<WebElement> lines = driver.findElements(By.cssSelector("li.work-item a"));
            int todo = Integer.parseInt(driver.findElement(By.id("count-todo")).getText());
            int badges = driver.findElements(By.cssSelector("#work-todo li.work-item .badge")).stream()
                    .mapToInt(b -> Integer.parseInt(b.getText()))
                    .sum();
            assertThat(todo)
                    .as(username + ": the count is the sum of its lines")
                    .isEqualTo(badges);
            screenshot(driver, "worklist/" + username);
            switch (username) {
                case "chutich" ->
                    assertThat(driver.findElement(By.id("work-todo")).getText())
                            .contains("phong trào chờ phê duyệt phát động");
                case "lanhdao" ->
                    assertThat(driver.findElement(By.id("work-todo")).getText()).contains("Xem và gửi đăng ký thi đua");
                case "donvi" ->
                    assertThat(driver.findElement(By.id("work-waiting")).getText())
                            .contains("chờ lãnh đạo gửi");
                case "bantdkt" ->
                    assertThat(driver.findElement(By.id("work-waiting")).getText())
                            .contains("chờ Chủ tịch phê duyệt");
                default -> {}
            }
            if (!lines.isEmpty()) {
                String href = lines.get(0).getAttribute("href");
                driver.get(href);
                assertThat(driver.getTitle())
                        .as(username + " " + href)
                        .doesNotContain("Đã có lỗi")
                        .doesNotContain("Lỗi");
                screenshot(driver, "worklist/" + username + "-first-line");
            }
        }
    }
}
