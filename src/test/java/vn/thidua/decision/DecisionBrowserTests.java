package vn.thidua.decision;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.thidua.BrowserSupport.click;
import static vn.thidua.BrowserSupport.screenshot;
import static vn.thidua.BrowserSupport.signIn;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.rendering.PDFRenderer;
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
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.ContextConfiguration;
import vn.thidua.BrowserSupport;
import vn.thidua.TestClock;
import vn.thidua.TestDatabase;
import vn.thidua.achievement.Award;
import vn.thidua.council.CouncilFixtures;
import vn.thidua.organization.TayNinhFixtures;

/** The Chairman signs a decision; a certificate's QR code opens its public verification page. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@ContextConfiguration(initializers = {TestDatabase.class, TestClock.Initializer.class})
@Import({TayNinhFixtures.class, CouncilFixtures.class})
class DecisionBrowserTests {

    private static final String PASSWORD = "Test-Passw0rd!";
    private static WebDriver driver;

    @LocalServerPort
    int port;

    @Autowired
    CouncilFixtures council;

    @BeforeAll
    static void startBrowser() {
        driver = BrowserSupport.chromium();
    }

    @AfterAll
    static void stopBrowser() {
        driver.quit();
    }

    private byte[] download(String elementId) {
        String base64 = (String)
                ((JavascriptExecutor) driver)
                        .executeAsyncScript(
                                "const done = arguments[0]; fetch(document.getElementById('" + elementId + "').href)"
                                        + ".then(r => r.arrayBuffer()).then(b => { let s = ''; const a = new Uint8Array(b);"
                                        + " for (let i = 0; i < a.length; i++) s += String.fromCharCode(a[i]); done(btoa(s)); })");
        return Base64.getDecoder().decode(base64);
    }

    @Test
    void theChairmanSignsAndACertificatesQrOpensItsVerificationPage() throws Exception {
        String base = "http://localhost:" + port;
        council.approved(
                "Sở Xây dựng",
                "Đề nghị tặng Bằng khen năm 2025 (ký và xác minh)",
                Award.PROVINCIAL_CERTIFICATE_OF_MERIT,
                0);

        // the Ban TĐKT drafts the decision from the council's result and the office numbers it
        signIn(driver, base, "bantdkt", PASSWORD);
        driver.get(base + "/decisions");
        new Select(driver.findElement(By.id("dr-award"))).selectByValue("PROVINCIAL_CERTIFICATE_OF_MERIT");
        driver.findElement(By.id("dr-year")).clear();
        driver.findElement(By.id("dr-year")).sendKeys("2025");
        click(driver, By.id("draft-save"));
        String decision = driver.getCurrentUrl();
        click(driver, By.id("issue"));
        assertThat(driver.findElement(By.id("decision-status")).getText()).isEqualTo("Đã cấp số, chờ ký");

        // the Chairman signs
        driver.manage().deleteAllCookies();
        signIn(driver, base, "chutich", PASSWORD);
        driver.get(decision);
        click(driver, By.id("sign"));
        assertThat(driver.findElement(By.id("decision-status")).getText()).isEqualTo("Đã ký ban hành");
        screenshot(driver, "50-decision-signed");
        byte[] certificates = download("certificates-pdf");
        Path dir = Files.createDirectories(Path.of("target", "screenshots"));
        Files.write(dir.resolve("certificates.pdf"), certificates);

        // the QR code on the first certificate, read from the printed page
        String url;
        try (var doc = Loader.loadPDF(certificates)) {
            BufferedImage page = new PDFRenderer(doc).renderImageWithDPI(0, 150);
            ImageIO.write(page, "png", dir.resolve("51-certificate.png").toFile());
            int[] pixels = page.getRGB(0, 0, page.getWidth(), page.getHeight(), null, 0, page.getWidth());
            url = new QRCodeReader()
                    .decode(new BinaryBitmap(
                            new HybridBinarizer(new RGBLuminanceSource(page.getWidth(), page.getHeight(), pixels))))
                    .getText();
        }
        assertThat(url).startsWith(base + "/xac-minh/");

        // anyone opens it, signed in or not
        driver.manage().deleteAllCookies();
        driver.get(url);
        assertThat(driver.findElement(By.id("verify-status")).getText()).isEqualTo("Còn hiệu lực");
        assertThat(driver.findElement(By.id("verify-card")).getText())
                .contains("Bằng khen của Chủ tịch UBND tỉnh")
                .contains("/QĐ-UBND");
        screenshot(driver, "52-verification");
        String honoured = driver.findElement(By.id("verify-name")).getText();
        driver.get(base + "/portal/vinh-danh");
        assertThat(driver.findElement(By.id("honour-roll")).getText()).contains(honoured);
        assertThat(vn.thidua.BrowserSupport.accessibilityViolations(driver)).isEmpty();
        driver.get(base + "/xac-minh/AAAAAAAAAAAAAAAAAAAA");
        assertThat(driver.findElement(By.id("verify-unknown")).getText()).contains("Không tìm thấy");
    }
}
