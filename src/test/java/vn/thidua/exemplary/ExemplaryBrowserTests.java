package vn.thidua.exemplary;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.thidua.BrowserSupport.accessibilityViolations;
import static vn.thidua.BrowserSupport.click;
import static vn.thidua.BrowserSupport.screenshot;
import static vn.thidua.BrowserSupport.signIn;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.Select;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.ContextConfiguration;
import vn.thidua.BrowserSupport;
import vn.thidua.TestClock;
import vn.thidua.TestDatabase;

/**
 * The Ban TĐKT's specialist records an exemplary model from the keyboard, looks up a veteran in the
 * resistance register, certifies his awards and opens the certificate's verification page; a
 * reader finds the honoured teacher in the portal's section.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@ContextConfiguration(initializers = {TestDatabase.class, TestClock.Initializer.class})
class ExemplaryBrowserTests {

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

    @Test
    void aSpecialistRecordsAModelCertifiesAVeteranAndTheQrPageConfirmsIt() {
        String base = "http://localhost:" + port;
        signIn(driver, base, "bantdkt", PASSWORD);

        // the register, from the header menu
        driver.get(base + "/exemplary");
        assertThat(driver.findElement(By.id("examples")).getText())
                .contains("Nguyễn Thị Thu Hằng")
                .contains("Tôn vinh");
        assertThat(accessibilityViolations(driver)).isEmpty();
        screenshot(driver, "80-exemplary-list");

        click(driver, By.id("exemplary-new"));
        new Select(driver.findElement(By.id("kind"))).selectByValue("MODEL");
        driver.findElement(By.id("name")).sendKeys("Mô hình \"Dân vận khéo\" ở xã Phước Vinh");
        new Select(driver.findElement(By.id("unitId"))).selectByVisibleText("Sở Nông nghiệp và Môi trường");
        driver.findElement(By.id("field")).sendKeys("Dân vận, xây dựng nông thôn mới");
        driver.findElement(By.id("foundBy")).sendKeys("Ban Dân vận");
        driver.findElement(By.id("foundOn")).sendKeys("02032026");
        driver.findElement(By.id("deed"))
                .sendKeys("Vận động nhân dân hiến đất mở rộng 12 km đường giao thông nông thôn.");
        assertThat(accessibilityViolations(driver)).isEmpty();
        click(driver, By.id("exemplary-save"));
        assertThat(driver.findElement(By.id("example-name")).getText()).contains("Dân vận khéo");
        assertThat(driver.findElement(By.id("example-stage")).getText()).isEqualTo("Phát hiện");
        assertThat(driver.findElement(By.id("example-public")).getText()).contains("Không hiện");
        assertThat(accessibilityViolations(driver)).isEmpty();
        screenshot(driver, "81-exemplary-detail");

        // the resistance register, searched without diacritics
        driver.get(base + "/legacy");
        driver.findElement(By.id("q")).sendKeys("tran van sau");
        click(driver, By.id("legacy-find"));
        assertThat(driver.findElement(By.id("legacy-awards")).getText())
                .contains("Huân chương Kháng chiến hạng Nhất")
                .contains("Huy chương Kháng chiến hạng Nhì");
        assertThat(accessibilityViolations(driver)).isEmpty();
        screenshot(driver, "82-legacy-search");

        // certifying his awards
        driver.get(base + "/certifications");
        driver.findElement(By.id("c-name")).sendKeys("Trần Văn Sáu");
        driver.findElement(By.id("c-year")).sendKeys("1938");
        click(driver, By.id("certification-look"));
        assertThat(driver.findElement(By.id("certification-lines")).getText()).contains("226/KT-HĐNN");
        driver.findElement(By.id("c-requested")).sendKeys("Ông Trần Văn Sáu");
        driver.findElement(By.id("c-purpose")).sendKeys("bổ sung hồ sơ hưởng chế độ người có công");
        assertThat(accessibilityViolations(driver)).isEmpty();
        click(driver, By.id("certification-issue"));
        assertThat(driver.findElement(By.id("certification-number")).getText()).matches(".*\\d+/XN-SNV");
        screenshot(driver, "83-certification");

        // the page its QR code opens, for anyone
        String verify = driver.findElement(By.linkText("Trang xác minh")).getAttribute("href");
        driver.manage().deleteAllCookies();
        driver.get(verify);
        assertThat(driver.findElement(By.id("verify-name")).getText()).isEqualTo("Trần Văn Sáu");
        assertThat(driver.findElement(By.id("verify-lines")).getText()).contains("Huân chương Kháng chiến hạng Nhất");
        assertThat(accessibilityViolations(driver)).isEmpty();
        screenshot(driver, "84-certification-verify");

        // the portal's section shows the honoured, consented teacher from the register
        driver.get(base + "/portal/chuyen-muc/guong-dien-hinh");
        click(driver, By.partialLinkText("Nguyễn Thị Thu Hằng"));
        assertThat(driver.findElement(By.id("public-deed")).getText()).contains("Lớp học hạnh phúc");
        assertThat(driver.findElement(By.id("public-events")).getText()).contains("77 năm");
        screenshot(driver, "85-portal-exemplary");
    }
}
