package vn.thidua.report.form;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.thidua.BrowserSupport.click;
import static vn.thidua.BrowserSupport.screenshot;
import static vn.thidua.BrowserSupport.signIn;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.context.TestPropertySource;
import vn.thidua.BrowserSupport;
import vn.thidua.TestClock;
import vn.thidua.TestDatabase;

/** The Ban TĐKT opens the yearly table of provincial awards, follows a figure to its rows, and exports it. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@ContextConfiguration(initializers = {TestDatabase.class, TestClock.Initializer.class})
@TestPropertySource(properties = "thidua.demo.decided-awards=true")
class ReportFormsBrowserTests {

    private static final String PASSWORD = "Test-Passw0rd!";
    private static WebDriver driver;

    @LocalServerPort
    int port;

    @BeforeAll
    static void startBrowser() {
        driver = BrowserSupport.chromium();
    }

    @AfterAll
    static void stopBrowser() {
        driver.quit();
    }

    private byte[] download(String url) {
        String base64 = (String) ((JavascriptExecutor) driver)
                .executeAsyncScript("const done = arguments[0]; fetch('" + url + "')"
                        + ".then(r => r.arrayBuffer()).then(b => { let s = ''; const a = new Uint8Array(b);"
                        + " for (let i = 0; i < a.length; i++) s += String.fromCharCode(a[i]); done(btoa(s)); })");
        return Base64.getDecoder().decode(base64);
    }

    @Test
    void theBanOpensATableFollowsAFigureToItsRowsAndExportsIt() throws Exception {
        String base = "http://localhost:" + port;
        signIn(driver, base, "bantdkt", PASSWORD);
        driver.get(base + "/reports?kind=YEAR&year=2025");
        click(driver, By.id("form-B03"));
        assertThat(driver.findElement(By.id("form-title")).getText())
                .isEqualTo("TỔNG HỢP CÁC HÌNH THỨC KHEN THƯỞNG CẤP TỈNH");
        assertThat(driver.findElement(By.id("form-period")).getText()).contains("Năm 2025");
        assertThat(driver.findElement(By.id("form-checks")).getText()).contains("đều khớp");
        String total = driver.findElement(By.id("cell-R1-1")).getText();
        assertThat(Integer.parseInt(total.replace(".", ""))).isPositive();
        assertThat(driver.findElement(By.id("cell-R1-5")).getText()).endsWith("%");
        screenshot(driver, "80-report-b03");
        assertThat(BrowserSupport.accessibilityViolations(driver)).isEmpty();

        click(driver, By.id("cell-R1-1"));
        assertThat(driver.findElement(By.id("cell-total")).getText()).isEqualTo(total.replace(".", ""));
        assertThat(driver.findElements(By.cssSelector("#cell-rows tbody tr")))
                .hasSize(Integer.parseInt(total.replace(".", "")));
        screenshot(driver, "81-report-rows-behind");

        driver.get(base + "/reports/forms/0602?kind=YEAR&year=2025");
        assertThat(driver.findElement(By.id("form-checks")).getText()).contains("đều khớp");
        screenshot(driver, "82-report-0602");

        byte[] pdf =
                download("/reports/forms/B03/export.pdf?kind=YEAR&year=2025&head=Nguy%E1%BB%85n%20V%C4%83n%20%C3%9At");
        byte[] xlsx = download("/reports/forms/B03/export.xlsx?kind=YEAR&year=2025");
        assertThat(xlsx).startsWith(new byte[] {'P', 'K'});
        Path dir = Files.createDirectories(Path.of("target", "screenshots"));
        Files.write(dir.resolve("report-b03.pdf"), pdf);
        try (var doc = Loader.loadPDF(pdf)) {
            assertThat(new PDFTextStripper().getText(doc)).contains("THỦ TRƯỞNG ĐƠN VỊ", "Nguyễn Văn Út", "Năm 2025");
            BufferedImage page = new PDFRenderer(doc).renderImageWithDPI(0, 110);
            ImageIO.write(page, "png", dir.resolve("83-report-b03-pdf.png").toFile());
        }
        byte[] pdf0602 = download("/reports/forms/0602/export.pdf?kind=YEAR&year=2025");
        try (var doc = Loader.loadPDF(pdf0602)) {
            ImageIO.write(
                    new PDFRenderer(doc).renderImageWithDPI(0, 110),
                    "png",
                    dir.resolve("84-report-0602-pdf.png").toFile());
        }
    }
}
