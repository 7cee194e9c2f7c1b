package vn.thidua;

import static org.assertj.core.api.Assertions.assertThat;
import static org.openqa.selenium.support.ui.ExpectedConditions.invisibilityOfElementLocated;
import static org.openqa.selenium.support.ui.ExpectedConditions.urlContains;
import static org.openqa.selenium.support.ui.ExpectedConditions.visibilityOfElementLocated;
import static vn.thidua.BrowserSupport.screenshot;
import static vn.thidua.BrowserSupport.signIn;
import static vn.thidua.BrowserSupport.waiting;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.ContextConfiguration;

/**
 * The 60-second idle warning of the seed directive's portal, shortened to seconds here. In a class
 * of its own: with the warning after 3 s, any other walk through the screens on a busy machine
 * would find the warning in its way.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"thidua.security.idle-warning-after=3s", "thidua.security.idle-countdown=5s"})
@ActiveProfiles("test")
@ContextConfiguration(initializers = {TestDatabase.class, TestClock.Initializer.class})
class IdleWarningBrowserTests {

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

    private String base() {
        return "http://localhost:" + port;
    }

    @Test
    void idleWarningCountsDownAndKeepAliveKeepsTheSession() {
        // given
        signIn(driver, base(), "hoidong1", PASSWORD);
        driver.get(base() + "/people");

        // when: the page is left alone
        waiting(driver, 10).until(visibilityOfElementLocated(By.id("idle-warning")));

        // then
        String warning = driver.findElement(By.id("idle-warning")).getText();
        assertThat(warning)
                .contains("Bạn đã không sử dụng Site, Bấm vào đây để duy trì trạng thái đăng nhập.")
                .contains("Thời gian chờ:")
                .contains("giây");
        int first = Integer.parseInt(driver.findElement(By.id("idle-seconds")).getText());
        waiting(driver, 3)
                .until(d ->
                        Integer.parseInt(d.findElement(By.id("idle-seconds")).getText()) < first);
        screenshot(driver, "04-idle-warning");

        // when: the user clicks the warning
        driver.findElement(By.id("idle-keep")).click();

        // then: the box goes and the session is still there
        waiting(driver, 3).until(invisibilityOfElementLocated(By.id("idle-warning")));
        driver.get(base() + "/units");
        assertThat(driver.getCurrentUrl()).endsWith("/units");

        // when: the warning comes back and nobody answers
        waiting(driver, 10).until(visibilityOfElementLocated(By.id("idle-warning")));

        // then: the user is signed out
        waiting(driver, 10).until(urlContains("/login?logout"));
        driver.get(base() + "/units");
        assertThat(driver.getCurrentUrl()).contains("/login");
    }
}
