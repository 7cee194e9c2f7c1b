package vn.thidua.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.thidua.BrowserSupport.click;
import static vn.thidua.BrowserSupport.loaded;
import static vn.thidua.BrowserSupport.signIn;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.context.TestPropertySource;
import vn.thidua.BrowserSupport;
import vn.thidua.TestClock;
import vn.thidua.TestDatabase;
import vn.thidua.commendation.DossierStatus;
import vn.thidua.commendation.Dossiers;
import vn.thidua.council.Councils;
import vn.thidua.decision.Decision;
import vn.thidua.decision.Decisions;
import vn.thidua.movement.LaunchingMovements;
import vn.thidua.movement.Movement;
import vn.thidua.organization.EmulationBlock;
import vn.thidua.organization.EmulationBlocks;
import vn.thidua.organization.TayNinhFixtures;

/**
 * The year of SCENARIOS.md, steps 1–8, walked through the screens as the demo roles on the living
 * demo province, one screenshot per step under target/screenshots/scenario/: the specialist drafts and
 * proposes a launch, the Chairman approves it from his work list, the officer registers and hands to
 * the leader who submits, then scoring, dossiers, public comment, the council, the signed decision, the
 * honour roll and the certificate check, and the reports and dashboards.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@ContextConfiguration(initializers = {TestDatabase.class, TestClock.Initializer.class})
@TestPropertySource(properties = "thidua.demo.living-year=true")
@Import(TayNinhFixtures.class)
class YearWalkBrowserTests {

    private static final String PASSWORD = "Test-Passw0rd!";
    private static final List<String> ERROR_PAGES = List.of("Đã có lỗi", "Whitelabel", "??");
    private static final String THEMATIC_2026 = "Phong trào thi đua “Tây Ninh chuyển đổi số” năm 2026";
    private static WebDriver driver;

    @LocalServerPort
    int port;

    @Autowired
    LaunchingMovements launching;

    @Autowired
    EmulationBlocks blocks;

    @Autowired
    Dossiers dossiers;

    @Autowired
    Councils councils;

    @Autowired
    Decisions decisions;

    @Autowired
    TayNinhFixtures tayNinh;

    @BeforeAll
    static void browser() {
        driver = BrowserSupport.chromium();
    }

    @AfterAll
    static void close() {
        if (driver != null) {
            driver.quit();
        }
    }

    private String base() {
        return "http://localhost:" + port;
    }

    private void as(String username) {
        driver.manage().deleteAllCookies();
        signIn(driver, base(), username, PASSWORD);
    }

    /** Opens a page, checks it is no error page and shows what the step expects, and keeps a screenshot. */
    private void look(String shot, String path, String... expected) {
        driver.get(base() + path);
        loaded(driver);
        shoot(shot, expected);
    }

    private void shoot(String shot, String... expected) {
        String text = driver.findElement(By.tagName("body")).getText();
        try {
            Path dir = Path.of("target", "screenshots", "scenario");
            Files.createDirectories(dir);
            Files.copy(
                    ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE).toPath(),
                    dir.resolve(shot + ".png"),
                    StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        assertThat(ERROR_PAGES).as(shot + ": no error page or raw key").noneMatch(text::contains);
        if (expected.length > 0) {
            assertThat(text).as(shot).contains(expected);
        }
    }

    private void type(String id, String value) {
        WebElement field = driver.findElement(By.id(id));
        ((JavascriptExecutor) driver).executeScript("arguments[0].value = arguments[1]", field, value);
    }

    private String text(String id) {
        return driver.findElement(By.id(id)).getText();
    }

    /** Follows the work-list line that says {@code what}, as the role would from its home page. */
    private void openWork(String list, String what) {
        WebElement line = driver.findElements(By.cssSelector("#" + list + " li.work-item")).stream()
                .filter(li -> li.getText().contains(what))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no work-list line: " + what));
        String href = line.findElement(By.tagName("a")).getAttribute("href");
        driver.get(href);
        loaded(driver);
    }

    private <T> T service(java.util.function.Supplier<T> read) {
        return tayNinh.as("bantdkt", read);
    }

    @Test
    void eachRoleWalksItsStepsOfTheYearThroughTheScreensWithoutAnErrorPage() {
        Movement y2026 = service(() -> launching.visible().stream()
                .filter(m -> m.getPeriodFrom().getYear() == 2026 && m.getName().contains("2026"))
                .filter(m -> !m.isDraft())
                .findFirst()
                .orElseThrow());
        Movement y2025 = service(() -> launching.visible().stream()
                .filter(m -> m.getName().equals(DemoMovementYears.NAME_2025))
                .findFirst()
                .orElseThrow());
        EmulationBlock block2025 = block(2025);
        EmulationBlock block2026 = block(2026);

        // 1. January — launch: the specialist drafts a thematic movement and proposes it; the Chairman
        // approves it from his work list; the year's movement is already running and on the portal
        as("bantdkt");
        look("01-1-bantdkt-trang-chu", "/");
        look("01-2-bantdkt-phong-trao", "/movements", "2026");
        look("01-3-bantdkt-phong-trao-2026", "/movements/" + y2026.getId(), "2026");
        assertThat(y2026.getName()).as("the launched movement is no draft").doesNotContain("dự thảo");
        look("01-4-bantdkt-du-thao-moi", "/movements/new");
        type("m-name", THEMATIC_2026);
        new Select(driver.findElement(By.id("m-kind"))).selectByValue("THEMATIC");
        new Select(driver.findElement(By.id("m-unit"))).selectByVisibleText("Tỉnh Tây Ninh");
        type("m-theme", "Số hóa hồ sơ, dữ liệu; phục vụ người dân và doanh nghiệp");
        type("m-from", "2026-04-01");
        type("m-to", "2026-12-31");
        type("m-deadline", TestClock.today().plusDays(14).toString());
        click(driver, By.id("uk-DEPARTMENT"));
        click(driver, By.cssSelector("form[action$='/movements/new'] button[type=submit]"));
        type("c-name", "Tỷ lệ hồ sơ thủ tục hành chính giải quyết trực tuyến toàn trình");
        type("c-target", "≥ 80%");
        type("c-how", "Số liệu Cổng dịch vụ công của tỉnh tại ngày 15/12/2026");
        click(driver, By.cssSelector("form[action$='/criteria'] button"));
        click(driver, By.id("propose"));
        assertThat(text("movement-status")).isEqualTo("Chờ phê duyệt");
        shoot("01-5-bantdkt-da-trinh-phe-duyet", THEMATIC_2026);
        as("chutich");
        look("01-6-chutich-trang-chu", "/", "phong trào chờ phê duyệt phát động");
        openWork("work-todo", "phong trào chờ phê duyệt phát động");
        shoot("01-7-chutich-phong-trao-cho-duyet", THEMATIC_2026);
        click(driver, By.id("launch"));
        assertThat(text("movement-status")).isEqualTo("Đã phát động");
        shoot("01-8-chutich-da-phat-dong", "chutich");
        look("01-9-cong-thong-tin-phong-trao", "/portal/phong-trao", "2026");

        // 2. February–March — registration and pacts: the officer registers the unit and a person and
        // hands it to the leader, who submits it from his work list
        as("donvi");
        look("02-1-donvi-phong-trao-2026", "/movements/" + y2026.getId());
        click(driver, By.id("open-registration"));
        new Select(driver.findElement(By.id("r-target"))).selectByIndex(1);
        driver.findElement(By.id("r-commitments")).sendKeys("Phấn đấu 100% trường học hoàn thành kế hoạch năm học");
        click(driver, By.cssSelector("form[action*='/describe'] button[type=submit]"));
        click(driver, By.cssSelector("form[action$='/people'] button[type=submit]"));
        shoot("02-2-donvi-dang-ky", DemoData.DEMO_UNIT);
        click(driver, By.id("send-registration-to-leader"));
        assertThat(text("registration-status")).isEqualTo("Chờ lãnh đạo đơn vị gửi");
        shoot("02-3-donvi-da-chuyen-lanh-dao");
        as("lanhdao");
        look("02-4-lanhdao-trang-chu", "/", "Xem và gửi đăng ký thi đua");
        openWork("work-todo", "Xem và gửi đăng ký thi đua");
        click(driver, By.id("submit-registration"));
        assertThat(text("registration-status")).isEqualTo("Đã gửi");
        shoot("02-5-lanhdao-da-gui-dang-ky", DemoData.DEMO_UNIT);
        as("bantdkt");
        look(
                "02-6-bantdkt-tinh-hinh-dang-ky",
                "/movements/" + y2026.getId() + "/registrations",
                DemoData.DEMO_UNIT,
                "Sở Y tế");
        look("02-7-bantdkt-khoi-2026-giao-uoc", "/blocks/" + block2026.getId() + "/scoring", DemoBlockYear.BLOCK);

        // 3. During the year — targets and exemplary people: the specialist sets the demo unit a SIPAS
        // target on the year's movement, the officer records the result
        as("bantdkt");
        look("03-1-bantdkt-chi-tieu-chua-giao", "/movements/" + y2026.getId() + "/targets", "Chưa giao chỉ tiêu");
        new Select(driver.findElement(By.id("t-unit"))).selectByVisibleText(DemoData.DEMO_UNIT);
        new Select(driver.findElement(By.id("t-ind"))).selectByValue("SIPAS");
        type("t-value", "85");
        type("t-measure", "%");
        click(driver, By.cssSelector("form[action$='/targets'] button[type=submit]"));
        as("donvi");
        look("03-2-donvi-chi-tieu", "/movements/" + y2026.getId() + "/targets", DemoData.DEMO_UNIT, "SIPAS");
        WebElement actual = driver.findElement(By.cssSelector("#targets input[name=actual]"));
        actual.clear();
        actual.sendKeys("87.5");
        click(driver, By.cssSelector("#targets form button[type=submit]"));
        shoot("03-3-donvi-ghi-ket-qua", "Đạt");
        look("03-4-guong-dien-hinh", "/portal/chuyen-muc/guong-dien-hinh", "Gương điển hình");

        // 4. November–December — ratings and scoring: the demo unit scores in its block without any setup
        look("04-1-donvi-cham-diem-2026", "/blocks/" + block2026.getId() + "/scoring", "Sở Y tế");
        as("bantdkt");
        look(
                "04-2-bantdkt-ket-qua-suy-ton-2025",
                "/blocks/" + block2025.getId() + "/scoring",
                "Sở Giáo dục và Đào tạo");

        // 5. December–January — dossiers: the verdicts, the leader's list, the specialist's queue
        as("donvi");
        look("05-1-donvi-du-dieu-kien", "/eligibility");
        new Select(driver.findElement(By.id("el-unit"))).selectByVisibleText(DemoData.DEMO_UNIT);
        click(driver, By.cssSelector("form[action$='/eligibility'] button[type=submit]"));
        shoot("05-2-donvi-danh-sach-du-dieu-kien", DemoData.DEMO_UNIT, "2025");
        as("lanhdao");
        look("05-3-lanhdao-ho-so", "/dossiers", "2025");
        as("bantdkt");
        // the dossier left waiting to be received, or (in the small test set, when nobody else is eligible) one decided
        long waiting = service(() -> dossiers.visible().stream()
                .filter(d -> d.year() == 2025)
                .min(java.util.Comparator.comparing(d -> d.status() == DossierStatus.SUBMITTED ? 0 : 1))
                .orElseThrow()
                .id());
        look("05-4-bantdkt-ho-so", "/dossiers", "2025");
        look("05-5-bantdkt-ho-so-cho-tiep-nhan", "/dossiers/" + waiting);
        // the nominees published for public comment, as anyone reads them
        driver.manage().deleteAllCookies();
        look("05-6-cong-khai-lay-y-kien", "/cong-khai");

        // 6. Council: the session closed with the ballots counted
        Councils.Session session =
                service(() -> councils.sessions(councils.councils().get(0).id()).get(0));
        as("hoidong1");
        look("06-1-hoidong1-hoi-dong", "/councils");
        look("06-2-hoidong1-phien-hop", "/council-sessions/" + session.id(), "2025");

        // 7. Decision: signed, with certificates; anyone verifies one; the honour roll shows them
        Decision signed = service(() -> decisions.register().stream()
                .filter(d -> d.status() == Decision.Status.SIGNED)
                .findFirst()
                .orElseThrow());
        String code = service(() -> decisions.recipients(signed.id()).get(0).code());
        String name = service(() -> decisions.recipients(signed.id()).get(0).fullName());
        as("chutich");
        look("07-1-chutich-quyet-dinh", "/decisions", signed.numberText());
        look("07-2-chutich-quyet-dinh-da-ky", "/decisions/" + signed.id(), name);
        driver.manage().deleteAllCookies();
        look("07-3-bang-vang", "/portal/vinh-danh", name);
        look("07-4-xac-minh-giay-khen", "/xac-minh/" + code, name);

        // 8. Reporting: statistics, and next year's verdicts read this year's records
        look("08-1-thong-ke", "/portal/thong-ke");
        as("bantdkt");
        look("08-2-bantdkt-quy", "/fund", signed.numberText());
        // the statutory report forms, and the statistics by form, unit, gender and the time to decision
        look("08-3-bantdkt-bao-cao", "/reports", "2025");
        look("08-4-bantdkt-thong-ke-khen-thuong", "/dashboards/awards");
        look("08-5-bantdkt-thoi-gian-ho-so", "/dashboards/dossiers");
        look("08-6-bantdkt-cong-bang", "/dashboards/fairness");
    }

    private EmulationBlock block(int year) {
        return blocks.findByEmulationYearOrderByName(year).stream()
                .filter(b -> b.getName().equals(DemoBlockYear.BLOCK))
                .findFirst()
                .orElseThrow();
    }
}
