package vn.thidua.movement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.openqa.selenium.support.ui.ExpectedConditions.urlMatches;
import static vn.thidua.BrowserSupport.chooseInEach;
import static vn.thidua.BrowserSupport.click;
import static vn.thidua.BrowserSupport.screenshot;
import static vn.thidua.BrowserSupport.signIn;
import static vn.thidua.BrowserSupport.waiting;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.ContextConfiguration;
import vn.thidua.BrowserSupport;
import vn.thidua.TestClock;
import vn.thidua.TestDatabase;

/** The Ban TĐKT drafts the year's movement, gives it a checkable criterion and launches it. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@ContextConfiguration(initializers = {TestDatabase.class, TestClock.Initializer.class})
@org.springframework.context.annotation.Import(vn.thidua.organization.TayNinhFixtures.class)
class MovementBrowserTests {

    private static final String PASSWORD = "Test-Passw0rd!";
    private static WebDriver driver;

    @LocalServerPort
    int port;

    @org.springframework.beans.factory.annotation.Autowired
    LaunchingMovements launching;

    @org.springframework.beans.factory.annotation.Autowired
    vn.thidua.organization.TayNinhFixtures tayNinh;

    @org.springframework.beans.factory.annotation.Autowired
    vn.thidua.identity.ManagingAccounts accounts;

    @org.springframework.beans.factory.annotation.Autowired
    vn.thidua.organization.EditingBlocks blocks;

    /** As the Ban TĐKT, through the services: a movement for the departments with registration open. */
    private Movement openForDepartments(String name) {
        tayNinh.signInAs("bantdkt");
        try {
            Movement draft = launching.draft(
                    new MovementDetails(
                            name,
                            MovementKind.YEARLY,
                            null,
                            null,
                            java.time.LocalDate.of(2026, 1, 5),
                            java.time.LocalDate.of(2026, 12, 31),
                            TestClock.today().plusDays(20),
                            null),
                    tayNinh.currentUnit("Tỉnh Tây Ninh"),
                    null);
            Movement ready = launching.change(draft.getId(), draft.getVersion(), m -> {
                m.participants(
                        java.util.EnumSet.of(vn.thidua.organization.UnitKind.DEPARTMENT), java.util.Set.of(), null);
                m.addCriterion("Hoàn thành kế hoạch năm", "100%", "Báo cáo tổng kết năm", null);
            });
            Movement proposed = launching.propose(ready.getId(), ready.getVersion());
            Movement launched = tayNinh.as("chutich", () -> launching.launch(proposed.getId(), proposed.getVersion()));
            return launching.advance(launched.getId(), launched.getVersion(), MovementAction.OPEN_REGISTRATION);
        } finally {
            org.springframework.security.core.context.SecurityContextHolder.clearContext();
        }
    }

    @BeforeAll
    static void startBrowser() {
        driver = BrowserSupport.chromium();
    }

    @AfterAll
    static void stopBrowser() {
        driver.quit();
    }

    private void type(String id, String text) {
        WebElement field = driver.findElement(By.id(id));
        ((JavascriptExecutor) driver).executeScript("arguments[0].value = arguments[1]", field, text);
    }

    @Test
    void specialistDraftsAndLaunchesTheYearsMovement() {
        // given
        String base = "http://localhost:" + port;
        signIn(driver, base, "bantdkt", PASSWORD);
        driver.findElement(By.linkText("Phong trào")).click();
        assertThat(driver.findElement(By.id("movements")).getText())
                .contains("Phong trào thi đua yêu nước trên địa bàn tỉnh Tây Ninh giai đoạn 2021 - 2025")
                .contains("Tây Ninh chung sức xây dựng nông thôn mới");
        screenshot(driver, "20-movements");

        // when: a draft
        driver.findElement(By.linkText("Phong trào mới")).click();
        type("m-name", "Phong trào thi đua “Chuyển đổi số trong cơ quan nhà nước” năm 2026");
        new Select(driver.findElement(By.id("m-kind"))).selectByValue("THEMATIC");
        new Select(driver.findElement(By.id("m-unit"))).selectByVisibleText("Tỉnh Tây Ninh");
        type("m-theme", "Số hóa hồ sơ, dữ liệu; phục vụ người dân và doanh nghiệp");
        type("m-from", "2026-03-01");
        type("m-to", "2026-12-31");
        type("m-deadline", "2026-03-31");
        click(driver, By.id("uk-DEPARTMENT"));
        click(driver, By.id("uk-COMMUNE"));
        click(driver, By.cssSelector("form[action$='/movements/new'] button[type=submit]"));
        waiting(driver, 10).until(urlMatches(".*/movements/\\d+$"));

        // and: proposing the launch without a criterion is refused, with the reason
        click(driver, By.id("propose"));
        assertThat(driver.findElement(By.cssSelector(".alert-danger")).getText())
                .contains("chưa có nội dung, tiêu chí thi đua cụ thể");

        // when: a checkable criterion, then launch
        type("c-name", "Tỷ lệ hồ sơ thủ tục hành chính giải quyết trực tuyến toàn trình");
        type("c-target", "≥ 80%");
        type("c-how", "Số liệu Cổng dịch vụ công của tỉnh tại ngày 15/12/2026");
        type("c-evidence", "Trích xuất báo cáo từ Cổng dịch vụ công");
        click(driver, By.cssSelector("form[action$='/criteria'] button"));
        click(driver, By.id("propose"));
        assertThat(driver.findElement(By.id("movement-status")).getText()).isEqualTo("Chờ phê duyệt");
        String proposed = driver.getCurrentUrl();
        as("chutich"); // the Chairman approves the launch
        driver.get(proposed);
        click(driver, By.id("launch"));

        // then
        assertThat(driver.findElement(By.id("movement-status")).getText()).isEqualTo("Đã phát động");
        assertThat(driver.findElement(By.id("transitions")).getText())
                .contains("Đã phát động")
                .contains("bantdkt")
                .contains("chutich");
        assertThat(driver.findElement(By.id("criteria")).getText()).contains("Cổng dịch vụ công");
        screenshot(driver, "21-movement-launched");
    }

    @Test
    void aDepartmentRegistersAndTheBanTdktReturnsItWithAReason() {
        // given
        String base = "http://localhost:" + port;
        Movement movement = openForDepartments("Phong trào thi đua năm 2026 dành cho các sở (kiểm thử trình duyệt)");

        // when: the officer of Sở Giáo dục và Đào tạo registers the collective and hands it to the leader
        driver.manage().deleteAllCookies();
        signIn(driver, base, "donvi", PASSWORD);
        driver.get(base + "/movements/" + movement.getId());
        click(driver, By.id("open-registration"));
        new Select(driver.findElement(By.id("r-target"))).selectByValue("EXCELLENT_COLLECTIVE");
        type("r-commitments", "100% giáo viên hoàn thành nhiệm vụ; 80% đạt Lao động tiên tiến");
        click(driver, By.cssSelector("form[action$='/describe'] button"));
        click(driver, By.cssSelector("form[action$='/people'] button"));
        click(driver, By.id("send-registration-to-leader"));
        String registration = driver.getCurrentUrl();

        // and the unit's leader submits it
        driver.manage().deleteAllCookies();
        signIn(driver, base, "lanhdao", PASSWORD);
        driver.get(registration);
        click(driver, By.id("submit-registration"));
        assertThat(driver.findElement(By.id("registration-status")).getText()).isEqualTo("Đã gửi");

        // then: the Ban TĐKT sees who has not registered, and returns this one with a reason
        driver.manage().deleteAllCookies();
        signIn(driver, base, "bantdkt", PASSWORD);
        driver.get(base + "/movements/" + movement.getId() + "/registrations");
        String overview = driver.findElement(By.id("registration-overview")).getText();
        assertThat(overview).contains("Sở Y tế").contains("Chưa đăng ký").contains("Sở Giáo dục và Đào tạo");
        screenshot(driver, "22-registration-overview");
        driver.get(registration);
        type("return-text", "Bổ sung cam kết về chuyển đổi số");
        click(driver, By.cssSelector("form[action$='/return'] button"));
        assertThat(driver.findElement(By.id("registration-status")).getText()).isEqualTo("Bị trả lại");
        assertThat(driver.findElement(By.id("return-reason")).getText()).contains("Bổ sung cam kết về chuyển đổi số");
        screenshot(driver, "23-registration-returned");
        driver.manage().deleteAllCookies();
    }

    @Test
    void theBanTdktSetsATargetAndTheProgressIsDrawn() {
        // given
        String base = "http://localhost:" + port;
        Movement movement = openForDepartments("Phong trào năm 2026 có chỉ tiêu PAR Index (kiểm thử trình duyệt)");
        driver.manage().deleteAllCookies();
        signIn(driver, base, "bantdkt", PASSWORD);
        driver.get(base + "/movements/" + movement.getId());
        driver.findElement(By.id("targets-link")).click();

        // when: a PAR Index target for Sở Y tế, then its figure
        new Select(driver.findElement(By.id("t-unit"))).selectByVisibleText("Sở Y tế");
        new Select(driver.findElement(By.id("t-ind"))).selectByValue("PAR_INDEX");
        type("t-value", "90");
        type("t-measure", "điểm");
        click(driver, By.cssSelector("form[action$='/targets'] button"));
        WebElement actual = driver.findElement(By.cssSelector("#targets input[name=actual]"));
        actual.sendKeys("87.5");
        click(driver, By.cssSelector("#targets form button"));

        // then
        assertThat(driver.findElement(By.id("targets")).getText())
                .contains("Sở Y tế")
                .contains("PAR Index")
                .contains("Chưa đạt");
        assertThat(driver.findElement(By.id("progress-chart")).getText()).contains("97%");
        screenshot(driver, "24-targets");
        driver.manage().deleteAllCookies();
    }

    private void as(String username) {
        driver.manage().deleteAllCookies();
        signIn(driver, "http://localhost:" + port, username, PASSWORD);
    }

    @Test
    void aWholeBlockYearFromLaunchToTheReviewReport() {
        // given: Sở Y tế gets its own officer account, and a block of three departments exists
        String base = "http://localhost:" + port;
        long education = tayNinh.currentUnit("Sở Giáo dục và Đào tạo");
        long health = tayNinh.currentUnit("Sở Y tế");
        long finance = tayNinh.currentUnit("Sở Tài chính");
        long block;
        tayNinh.signInAs("admin");
        try {
            accounts.create("canbo.syt", "Huỳnh Thị Kim Thoa", vn.thidua.shared.Role.UNIT_OFFICER, health, PASSWORD);
            accounts.create("lanhdao.syt", "Trần Văn Lâm", vn.thidua.shared.Role.UNIT_LEADER, health, PASSWORD);
        } finally {
            org.springframework.security.core.context.SecurityContextHolder.clearContext();
        }
        tayNinh.signInAs("bantdkt");
        try {
            var b = blocks.create(
                    "Khối văn hóa - xã hội năm 2026 (kiểm thử cả năm)",
                    vn.thidua.organization.BlockKind.BLOCK,
                    2026,
                    null);
            b = blocks.addMember(b.getId(), b.getVersion(), education, vn.thidua.organization.BlockRole.LEADER);
            b = blocks.addMember(b.getId(), b.getVersion(), health, vn.thidua.organization.BlockRole.MEMBER);
            b = blocks.addMember(b.getId(), b.getVersion(), finance, vn.thidua.organization.BlockRole.MEMBER);
            block = b.getId();
        } finally {
            org.springframework.security.core.context.SecurityContextHolder.clearContext();
        }

        // when: the Ban TĐKT launches the movement and opens registration
        as("bantdkt");
        driver.get(base + "/movements/new");
        type("m-name", "Phong trào thi đua khối văn hóa - xã hội năm 2026 (kiểm thử cả năm)");
        new Select(driver.findElement(By.id("m-unit"))).selectByVisibleText("Tỉnh Tây Ninh");
        type("m-from", "2026-01-05");
        type("m-to", "2026-12-31");
        type("m-deadline", TestClock.today().plusDays(10).toString());
        click(driver, By.id("uk-DEPARTMENT"));
        click(driver, By.cssSelector("form[action$='/movements/new'] button[type=submit]"));
        String movement = driver.getCurrentUrl();
        type("c-name", "Hoàn thành kế hoạch năm");
        type("c-how", "Báo cáo tổng kết năm có số liệu");
        click(driver, By.cssSelector("form[action$='/criteria'] button"));
        click(driver, By.id("propose"));
        as("chutich");
        driver.get(movement);
        click(driver, By.id("launch"));
        as("bantdkt");
        driver.get(movement);
        click(driver, By.xpath("//button[normalize-space()='Mở đăng ký']"));

        // and: two units register
        for (String officer : new String[] {"donvi", "canbo.syt"}) {
            as(officer);
            driver.get(movement);
            click(driver, By.id("open-registration"));
            new Select(driver.findElement(By.id("r-target"))).selectByValue("ADVANCED_COLLECTIVE");
            click(driver, By.cssSelector("form[action$='/describe'] button"));
            click(driver, By.id("send-registration-to-leader"));
            assertThat(driver.findElement(By.id("registration-status")).getText())
                    .isEqualTo("Chờ lãnh đạo đơn vị gửi");
        }
        // and: each unit's leader submits it (scenario step 2)
        for (String leader : new String[] {"lanhdao", "lanhdao.syt"}) {
            as(leader);
            driver.get(movement);
            click(driver, By.id("my-registration"));
            click(driver, By.id("submit-registration"));
            assertThat(driver.findElement(By.id("registration-status")).getText())
                    .isEqualTo("Đã gửi");
        }

        // and: the Ban TĐKT sets up the block's scorecard; the two officers self-assess and cross-score
        as("bantdkt");
        driver.get(base + "/blocks/" + block + "/scoring");
        click(driver, By.id("setup-card"));
        as("donvi");
        driver.get(base + "/blocks/" + block + "/scoring?unit=" + education);
        chooseInEach(driver, "#score-sheet select[name^='c.']", 1);
        click(driver, By.id("save-sheet"));
        driver.get(base + "/blocks/" + block + "/scoring?unit=" + health);
        chooseInEach(driver, "#score-sheet select[name^='c.']", 2);
        click(driver, By.id("save-sheet"));
        as("canbo.syt");
        driver.get(base + "/blocks/" + block + "/scoring?unit=" + health);
        chooseInEach(driver, "#score-sheet select[name^='c.']", 1);
        click(driver, By.id("save-sheet"));
        driver.get(base + "/blocks/" + block + "/scoring?unit=" + education);
        chooseInEach(driver, "#score-sheet select[name^='c.']", 1);
        click(driver, By.id("save-sheet"));

        // then: the Ban TĐKT ranks, records the vote, and the review report downloads
        as("bantdkt");
        driver.get(base + "/movements/" + movement.substring(movement.lastIndexOf('/') + 1) + "/registrations");
        assertThat(driver.findElement(By.id("registration-overview")).getText())
                .contains("Sở Tài chính")
                .contains("Chưa đăng ký");
        driver.get(base + "/blocks/" + block + "/scoring");
        click(driver, By.id("record-vote"));
        String ranking = driver.findElement(By.id("ranking")).getText();
        assertThat(ranking.lines().skip(1).findFirst().orElseThrow()).startsWith("1 Sở Giáo dục và Đào tạo");
        String fetched = (String) ((org.openqa.selenium.JavascriptExecutor) driver)
                .executeAsyncScript("const done = arguments[0]; fetch(document.getElementById('block-report').href)"
                        + ".then(r => done(r.status + ' ' + r.headers.get('content-type')))");
        assertThat(fetched).isEqualTo("200 application/vnd.openxmlformats-officedocument.wordprocessingml.document");
        screenshot(driver, "25-block-year-voted");
        driver.manage().deleteAllCookies();
    }
}
