package vn.thidua.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.thidua.BrowserSupport.chooseInEach;
import static vn.thidua.BrowserSupport.click;
import static vn.thidua.BrowserSupport.screenshot;
import static vn.thidua.BrowserSupport.signIn;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.ContextConfiguration;
import vn.thidua.BrowserSupport;
import vn.thidua.TestClock;
import vn.thidua.TestDatabase;
import vn.thidua.organization.BlockKind;
import vn.thidua.organization.BlockRole;
import vn.thidua.organization.EditingBlocks;
import vn.thidua.organization.EmulationBlock;
import vn.thidua.organization.TayNinhFixtures;

/** A block year on screen: the scorecard, an officer's score sheet, sheets entered on paper's behalf, the vote. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@ContextConfiguration(initializers = {TestDatabase.class, TestClock.Initializer.class})
@Import(TayNinhFixtures.class)
class ScoringBrowserTests {

    private static final String PASSWORD = "Test-Passw0rd!";
    private static WebDriver driver;

    @LocalServerPort
    int port;

    @Autowired
    EditingBlocks blocks;

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

    private long aBlock() {
        tayNinh.signInAs("bantdkt");
        try {
            EmulationBlock b =
                    blocks.create("Khối các sở văn hóa - xã hội (kiểm thử trình duyệt)", BlockKind.BLOCK, 2025, null);
            b = blocks.addMember(
                    b.getId(), b.getVersion(), tayNinh.currentUnit("Sở Giáo dục và Đào tạo"), BlockRole.LEADER);
            b = blocks.addMember(b.getId(), b.getVersion(), tayNinh.currentUnit("Sở Y tế"), BlockRole.MEMBER);
            b = blocks.addMember(b.getId(), b.getVersion(), tayNinh.currentUnit("Sở Tài chính"), BlockRole.MEMBER);
            return b.getId();
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    /** A small real PDF on disk for the browser to upload. */
    private static String aPdf(String name) {
        try {
            java.nio.file.Path dir = java.nio.file.Files.createDirectories(java.nio.file.Path.of("target", "uploads"));
            byte[] pdf;
            try (vn.thidua.shared.ReportWriter w = vn.thidua.shared.DocumentFormat.PDF.report(name)) {
                pdf = w.text("Bản chụp văn bản đã ký.").bytes();
            }
            return java.nio.file.Files.write(dir.resolve(name), pdf)
                    .toAbsolutePath()
                    .toString();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void aBlockYearIsScoredRankedAndVoted() {
        // given: the Ban TĐKT sets up the scorecard from the real example
        String base = "http://localhost:" + port;
        long block = aBlock();
        long health = tayNinh.currentUnit("Sở Y tế");
        long education = tayNinh.currentUnit("Sở Giáo dục và Đào tạo");
        long finance = tayNinh.currentUnit("Sở Tài chính");
        signIn(driver, base, "bantdkt", PASSWORD);
        driver.get(base + "/blocks/" + block);
        click(driver, By.id("block-scoring"));
        click(driver, By.id("setup-card"));
        assertThat(driver.findElement(By.id("ranking")).getText()).contains("Sở Y tế");
        driver.findElement(By.id("pact-file")).sendKeys(aPdf("Giao ước thi đua 2025.pdf"));
        click(driver, By.id("upload-pact"));
        assertThat(driver.findElement(By.id("pact-files")).getText()).contains("Giao ước thi đua 2025.pdf");

        // when: Sở Giáo dục's officer cross-scores Sở Y tế at the top levels
        driver.manage().deleteAllCookies();
        signIn(driver, base, "donvi", PASSWORD);
        driver.get(base + "/blocks/" + block + "/scoring?unit=" + health);
        assertThat(driver.findElement(By.id("score-sheet")).getText())
                .contains("Sở Giáo dục và Đào tạo chấm cho Sở Y tế");
        chooseInEach(driver, "#score-sheet select[name^='c.']", 1);
        click(driver, By.id("save-sheet"));
        // and files the evidence for its own self-assessment
        driver.get(base + "/blocks/" + block + "/scoring?unit=" + education);
        new Select(driver.findElement(By.id("e-crit"))).selectByValue("2");
        driver.findElement(By.id("e-file")).sendKeys(aPdf("Báo cáo tháng 1-12 năm 2025.pdf"));
        click(driver, By.id("upload-evidence"));
        assertThat(driver.findElement(By.id("score-sheet")).getText())
                .contains("Minh chứng đã nộp: Báo cáo tháng 1-12 năm 2025.pdf");
        screenshot(driver, "29-self-assessment-evidence");

        // and: the Ban TĐKT enters the paper sheets of Sở Tài chính and Sở Y tế, then records the vote
        driver.manage().deleteAllCookies();
        signIn(driver, base, "bantdkt", PASSWORD);
        driver.get(base + "/blocks/" + block + "/scoring?unit=" + health);
        new Select(driver.findElement(By.id("sc-unit"))).selectByValue("" + finance);
        chooseInEach(driver, "#score-sheet select[name^='c.']", 1);
        click(driver, By.id("save-sheet"));
        driver.get(base + "/blocks/" + block + "/scoring?unit=" + education);
        new Select(driver.findElement(By.id("sc-unit"))).selectByValue("" + health);
        chooseInEach(driver, "#score-sheet select[name^='c.']", 2);
        click(driver, By.id("save-sheet"));
        screenshot(driver, "30-score-sheet");
        assertThat(new Select(driver.findElement(By.id("proposal-" + health)))
                        .getFirstSelectedOption()
                        .getText())
                .isEqualTo("Cờ thi đua của UBND tỉnh");
        click(driver, By.id("record-vote"));

        // then
        String ranking = driver.findElement(By.id("ranking")).getText();
        assertThat(ranking.lines().skip(1).findFirst().orElseThrow())
                .startsWith("1 Sở Y tế 18,00")
                .endsWith("Cờ thi đua của UBND tỉnh");
        assertThat(driver.findElement(By.tagName("main")).getText()).contains("Đã ghi nhận kết quả suy tôn");
        assertThat(driver.findElement(By.id("block-report")).getAttribute("href"))
                .endsWith("/scoring/report.docx");
        String fetched = (String) ((JavascriptExecutor) driver)
                .executeAsyncScript("const done = arguments[0]; fetch(document.getElementById('block-report').href)"
                        + ".then(r => done(r.status + ' ' + r.headers.get('content-type')))");
        assertThat(fetched).isEqualTo("200 application/vnd.openxmlformats-officedocument.wordprocessingml.document");
        screenshot(driver, "31-block-ranking");
        driver.manage().deleteAllCookies();
    }
}
