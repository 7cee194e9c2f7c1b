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
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
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
 * demo province, one screenshot per step under target/screenshots/scenario/. Where a step's screen is
 * another engineer's work in progress the walk says so ({@code // after wt-flow: …}).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@ContextConfiguration(initializers = {TestDatabase.class, TestClock.Initializer.class})
@TestPropertySource(properties = "thidua.demo.living-year=true")
@Import(TayNinhFixtures.class)
class YearWalkBrowserTests {

    private static final String PASSWORD = "Test-Passw0rd!";
    private static final List<String> ERROR_PAGES = List.of("Đã có lỗi", "Whitelabel", "??");
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

        // 1. January — launch: the specialist's movements, the 2026 one launched and open for registration
        as("bantdkt");
        look("01-1-bantdkt-trang-chu", "/");
        look("01-2-bantdkt-phong-trao", "/movements", "2026");
        look("01-3-bantdkt-phong-trao-2026", "/movements/" + y2026.getId(), "2026");
        // after wt-flow: bantdkt drafts the 2027 directive and chutich approves the launch on his work list
        as("chutich");
        look("01-4-chutich-trang-chu", "/");
        look("01-5-cong-thong-tin-phong-trao", "/portal/phong-trao", "2026");

        // 2. February–March — registration and pacts: the officer registers the unit and a person
        as("donvi");
        look("02-1-donvi-phong-trao-2026", "/movements/" + y2026.getId());
        click(driver, By.id("open-registration"));
        new Select(driver.findElement(By.id("r-target"))).selectByIndex(1);
        driver.findElement(By.id("r-commitments")).sendKeys("Phấn đấu 100% trường học hoàn thành kế hoạch năm học");
        click(driver, By.cssSelector("form[action*='/describe'] button[type=submit]"));
        click(driver, By.cssSelector("form[action$='/people'] button[type=submit]"));
        shoot("02-2-donvi-dang-ky", DemoData.DEMO_UNIT);
        // after wt-flow: the officer hands the registration to lanhdao, who submits it
        click(driver, By.id("submit-registration"));
        shoot("02-3-donvi-da-gui-dang-ky");
        as("bantdkt");
        look(
                "02-4-bantdkt-tinh-hinh-dang-ky",
                "/movements/" + y2026.getId() + "/registrations",
                DemoData.DEMO_UNIT,
                "Sở Y tế");
        look("02-5-bantdkt-khoi-2026-giao-uoc", "/blocks/" + block2026.getId() + "/scoring", DemoBlockYear.BLOCK);

        // 3. During the year — targets and exemplary people
        as("donvi");
        look("03-1-donvi-chi-tieu", "/movements/" + y2025.getId() + "/targets");
        look("03-2-guong-dien-hinh", "/portal/chuyen-muc/guong-dien-hinh", "Gương điển hình");

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
        as("lanhdao");
        look("05-2-lanhdao-ho-so", "/dossiers", "2025");
        as("bantdkt");
        // the dossier left waiting to be received, or (in the small test set, when nobody else is eligible) one decided
        long waiting = service(() -> dossiers.visible().stream()
                .filter(d -> d.year() == 2025)
                .min(java.util.Comparator.comparing(d -> d.status() == DossierStatus.SUBMITTED ? 0 : 1))
                .orElseThrow()
                .id());
        look("05-3-bantdkt-ho-so", "/dossiers", "2025");
        look("05-4-bantdkt-ho-so-cho-tiep-nhan", "/dossiers/" + waiting);

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
        // after wt-dash: the report module's statistics by form, unit, gender and the time to decision
    }

    private EmulationBlock block(int year) {
        return blocks.findByEmulationYearOrderByName(year).stream()
                .filter(b -> b.getName().equals(DemoBlockYear.BLOCK))
                .findFirst()
                .orElseThrow();
    }
}
