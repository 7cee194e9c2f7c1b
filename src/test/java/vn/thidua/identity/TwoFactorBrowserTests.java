package vn.thidua.identity;

import static org.assertj.core.api.Assertions.assertThat;
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
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.ContextConfiguration;
import vn.thidua.BrowserSupport;
import vn.thidua.TestClock;
import vn.thidua.TestDatabase;

/**
 * A unit leader turns on two-factor sign-in from the account page with an authenticator app (here:
 * the RFC 6238 code computed from the secret the page shows), keeps the recovery codes, and is asked
 * for a code at the next sign-in.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@ContextConfiguration(initializers = {TestDatabase.class, TestClock.Initializer.class})
// the leader's account keeps its second factor: no other browser test shares this context
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class TwoFactorBrowserTests {

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
    void aLeaderTurnsOnTwoFactorSignInAndIsAskedForACodeNextTime() {
        // given: the unit leader on the account page
        signIn(driver, base(), "lanhdao", PASSWORD);
        driver.get(base() + "/tai-khoan");
        assertThat(driver.findElement(By.id("two-factor-status")).getText()).isNotBlank();

        // when: the leader scans the code and types what the app shows
        BrowserSupport.click(driver, By.id("two-factor-setup"));
        assertThat(driver.findElement(By.cssSelector("#two-factor-qr svg")).isDisplayed())
                .isTrue();
        screenshot(driver, "70-two-factor-setup");
        byte[] key = Base32.decode(
                driver.findElement(By.id("two-factor-secret")).getText().replace(" ", ""));
        long step = TestClock.instance().instant().getEpochSecond() / 30;
        driver.findElement(By.id("code")).sendKeys(Totp.code(key, step));
        BrowserSupport.click(driver, By.cssSelector("button[type=submit].btn-primary"));

        // then: ten recovery codes to keep
        assertThat(driver.findElements(By.cssSelector("#recovery-codes li"))).hasSize(10);
        screenshot(driver, "71-two-factor-recovery-codes");

        // when: the leader signs in again
        driver.manage().deleteAllCookies();
        driver.get(base() + "/login");
        driver.findElement(By.id("username")).sendKeys("lanhdao");
        driver.findElement(By.id("password")).sendKeys(PASSWORD);
        BrowserSupport.click(driver, By.cssSelector("button[type=submit]"));

        // then: a code is asked for, and the next code from the app lets the leader in
        waiting(driver, 10).until(d -> d.getCurrentUrl().contains(SecondFactorSignIn.PATH));
        screenshot(driver, "72-two-factor-sign-in");
        driver.findElement(By.id("code")).sendKeys(Totp.code(key, step + 1));
        BrowserSupport.click(driver, By.cssSelector("button[type=submit]"));
        waiting(driver, 10).until(d -> !d.getCurrentUrl().contains("/login"));
        assertThat(driver.getCurrentUrl()).doesNotContain("/login");
    }
}
