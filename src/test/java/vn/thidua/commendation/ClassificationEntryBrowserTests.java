package vn.thidua.commendation;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.thidua.BrowserSupport.click;
import static vn.thidua.BrowserSupport.screenshot;
import static vn.thidua.BrowserSupport.signIn;
import static vn.thidua.BrowserSupport.waiting;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.ContextConfiguration;
import vn.thidua.BrowserSupport;
import vn.thidua.TestClock;
import vn.thidua.TestDatabase;

/**
 * The unit officer states the award method on the new-dossier form and a nominee's tier on the nominee form: the
 * tier the position suggests appears as the position is typed, the one chosen is what the dossier page shows.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@ContextConfiguration(initializers = {TestDatabase.class, TestClock.Initializer.class})
class ClassificationEntryBrowserTests {

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
    void theOfficerChoosesATierOnTheNomineeFormWithThePositionsSuggestionShownBesideIt() {
        String base = "http://localhost:" + port;
        signIn(driver, base, "donvi", PASSWORD);
        driver.get(base + "/dossiers");
        new Select(driver.findElement(By.id("n-method"))).selectByValue("SENIORITY");
        driver.findElement(By.id("n-title")).sendKeys("Đề nghị tặng Bằng khen (phân loại trên màn hình)");
        click(driver, By.id("create-dossier"));
        waiting(driver, 10).until(ExpectedConditions.presenceOfElementLocated(By.id("dossier-method")));
        assertThat(driver.findElement(By.id("dossier-method")).getText()).contains("Niên hạn");

        driver.findElement(By.id("a-name")).sendKeys("Võ Thị Kim Ngân");
        driver.findElement(By.id("a-position")).sendKeys("Phó Giám đốc Sở Giáo dục và Đào tạo");
        waiting(driver, 10)
                .until(ExpectedConditions.textToBePresentInElementLocated(
                        By.id("a-tier-suggestion"), "Lãnh đạo cấp vụ, sở"));
        new Select(driver.findElement(By.id("a-award"))).selectByValue("PROVINCIAL_CERTIFICATE_OF_MERIT");
        new Select(driver.findElement(By.id("a-tier"))).selectByValue("DEPARTMENT_LEADER");
        driver.findElement(By.id("a-summary")).sendKeys("Chỉ đạo ngành hoàn thành xuất sắc nhiệm vụ năm học 2024-2025");
        screenshot(driver, "classification-nominee-form");
        click(driver, By.id("add-nominee-save"));
        waiting(driver, 10).until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#nominee-1 .tier")));
        assertThat(driver.findElement(By.cssSelector("#nominee-1 .tier")).getText())
                .isEqualTo("Lãnh đạo cấp vụ, sở và tương đương");
        screenshot(driver, "classification-nominee-shown");
    }
}
