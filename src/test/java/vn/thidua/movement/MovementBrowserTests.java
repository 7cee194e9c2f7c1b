package vn.thidua.movement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.openqa.selenium.support.ui.ExpectedConditions.urlMatches;
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
import vn.thidua.TestDatabase;

/** The Ban TĐKT drafts the year's movement, gives it a checkable criterion and launches it. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@ContextConfiguration(initializers = TestDatabase.class)
class MovementBrowserTests {

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

    private void type(String id, String text) {
        WebElement field = driver.findElement(By.id(id));
        ((JavascriptExecutor) driver).executeScript("arguments[0].value = arguments[1]", field, text);
    }

    private void click(By by) {
        WebElement button = driver.findElement(by);
        ((JavascriptExecutor) driver)
                .executeScript("arguments[0].scrollIntoView({block: 'center', behavior: 'instant'})", button);
        button.click();
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
        click(By.id("uk-DEPARTMENT"));
        click(By.id("uk-COMMUNE"));
        click(By.cssSelector("form[action$='/movements/new'] button[type=submit]"));
        waiting(driver, 10).until(urlMatches(".*/movements/\\d+$"));

        // and: launching without a criterion is refused, with the reason
        click(By.id("launch"));
        assertThat(driver.findElement(By.cssSelector(".alert-danger")).getText())
                .contains("chưa có nội dung, tiêu chí thi đua cụ thể");

        // when: a checkable criterion, then launch
        type("c-name", "Tỷ lệ hồ sơ thủ tục hành chính giải quyết trực tuyến toàn trình");
        type("c-target", "≥ 80%");
        type("c-how", "Số liệu Cổng dịch vụ công của tỉnh tại ngày 15/12/2026");
        type("c-evidence", "Trích xuất báo cáo từ Cổng dịch vụ công");
        click(By.cssSelector("form[action$='/criteria'] button"));
        click(By.id("launch"));

        // then
        assertThat(driver.findElement(By.id("movement-status")).getText()).isEqualTo("Đã phát động");
        assertThat(driver.findElement(By.id("transitions")).getText())
                .contains("Đã phát động")
                .contains("bantdkt");
        assertThat(driver.findElement(By.id("criteria")).getText()).contains("Cổng dịch vụ công");
        screenshot(driver, "21-movement-launched");
    }
}
