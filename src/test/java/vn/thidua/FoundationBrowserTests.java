package vn.thidua;

import static org.assertj.core.api.Assertions.assertThat;
import static org.openqa.selenium.support.ui.ExpectedConditions.textToBePresentInElementLocated;
import static org.openqa.selenium.support.ui.ExpectedConditions.urlContains;
import static org.openqa.selenium.support.ui.ExpectedConditions.visibilityOfElementLocated;
import static vn.thidua.BrowserSupport.screenshot;
import static vn.thidua.BrowserSupport.signIn;
import static vn.thidua.BrowserSupport.waiting;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.ContextConfiguration;
import vn.thidua.organization.Units;

/** The foundation as people use it, in Debian's Chromium. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@ContextConfiguration(initializers = {TestDatabase.class, TestClock.Initializer.class})
class FoundationBrowserTests {

    private static final String PASSWORD = "Test-Passw0rd!";
    private static WebDriver driver;

    @LocalServerPort
    int port;

    @Autowired
    Units units;

    @BeforeAll
    static void startBrowser() {
        driver = BrowserSupport.chromium();
    }

    @AfterAll
    static void stopBrowser() {
        driver.quit();
    }

    @AfterEach
    void signOut() {
        driver.manage().deleteAllCookies();
    }

    private String base() {
        return "http://localhost:" + port;
    }

    @Test
    void unitOfficerSearchesAPersonWithoutDiacritics() {
        // given
        signIn(driver, base(), "donvi", PASSWORD);
        assertThat(driver.findElement(By.tagName("main")).getText())
                .contains("Cán bộ thi đua đơn vị")
                .contains("Sở Giáo dục và Đào tạo");
        screenshot(driver, "01-home-donvi");

        // when
        driver.findElement(By.linkText("Cá nhân")).click();
        driver.findElement(By.id("q")).sendKeys("nguyen thi anh tuyet");

        // then
        waiting(driver, 5).until(textToBePresentInElementLocated(By.id("results"), "Nguyễn Thị Ánh Tuyết"));
        screenshot(driver, "02-search");
        driver.findElement(By.linkText("Nguyễn Thị Ánh Tuyết")).click();
        assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Nguyễn Thị Ánh Tuyết");
        assertThat(driver.findElement(By.tagName("main")).getText()).contains("Quá trình công tác");
        screenshot(driver, "03-person");
    }

    @Test
    void specialistFollowsTheMergerFromAWardToItsOldDistrict() {
        signIn(driver, base(), "bantdkt", PASSWORD);
        driver.get(base() + "/units?q=go+dau");

        driver.findElement(By.linkText("Phường Gò Dầu")).click();

        assertThat(driver.findElement(By.id("predecessors")).getText())
                .contains("Huyện Gò Dầu")
                .contains("Thị trấn Gò Dầu")
                .contains("Thị xã Trảng Bàng");
        screenshot(driver, "05-unit-lineage");
        driver.findElement(By.linkText("Huyện Gò Dầu")).click();
        assertThat(driver.findElement(By.id("successors")).getText()).contains("Phường Gò Dầu");
    }

    @Test
    void theHeaderFitsOnOneLineOnAnOfficePcForEveryRoleAndItsMenusOpenByKeyboard() {
        for (String account : List.of("admin", "bantdkt", "donvi", "lanhdao", "hoidong1", "chutich", "bientap")) {
            driver.manage().deleteAllCookies();
            signIn(driver, base(), account, PASSWORD);
            long header = ((Number) ((org.openqa.selenium.JavascriptExecutor) driver)
                            .executeScript("return document.querySelector('header').getBoundingClientRect().height"))
                    .longValue();
            assertThat(header).as(account + " at 1366 px").isLessThan(70);
        }
        screenshot(driver, "09-header-editor");

        driver.manage().deleteAllCookies();
        signIn(driver, base(), "bantdkt", PASSWORD);
        var summary = driver.findElement(By.cssSelector("#nav-commendation summary"));
        var councils = driver.findElement(By.cssSelector("#nav-commendation a[href$='/councils']"));
        assertThat(councils.isDisplayed()).isFalse();
        summary.sendKeys(org.openqa.selenium.Keys.ENTER);
        waiting(driver, 5).until(d -> councils.isDisplayed());
        screenshot(driver, "10-header-menu");
        summary.sendKeys(org.openqa.selenium.Keys.ESCAPE);
        waiting(driver, 5).until(d -> !councils.isDisplayed());
        summary.sendKeys(org.openqa.selenium.Keys.ENTER);
        driver.findElement(By.linkText("Hội đồng")).click();
        waiting(driver, 10).until(urlContains("/councils"));
    }

    @Test
    void administratorSeesAccountsAndTheAuditTrail() {
        signIn(driver, base(), "admin", PASSWORD);

        driver.findElement(By.cssSelector("#nav-admin summary")).click(); // the header's "Quản trị" menu
        driver.findElement(By.linkText("Tài khoản")).click();
        assertThat(driver.findElement(By.tagName("main")).getText())
                .contains("donvi")
                .contains("chutich");
        screenshot(driver, "06-accounts");
        driver.findElement(By.cssSelector("#nav-admin summary")).click();
        driver.findElement(By.linkText("Nhật ký thay đổi")).click();
        driver.findElement(By.linkText("Kiểm tra toàn vẹn")).click();
        assertThat(driver.findElement(By.tagName("main")).getText()).contains("Chuỗi nhật ký toàn vẹn");
    }

    @Test
    void unitOfficerImportsAnExcelList() throws Exception {
        // given
        signIn(driver, base(), "donvi", PASSWORD);
        driver.get(base() + "/people/import");
        screenshot(driver, "07-import");
        Path file = Files.createTempFile("giao-vien", ".xlsx");
        String unit = units.findAll().stream()
                .filter(u -> u.getName().equals("Sở Giáo dục và Đào tạo") && u.getValidTo() == null)
                .findFirst()
                .orElseThrow()
                .getCode();
        Files.write(file, teachers(unit));

        // when
        driver.findElement(By.id("people-file")).sendKeys(file.toAbsolutePath().toString());
        driver.findElement(By.cssSelector("#people-file ~ button")).click();

        // then
        waiting(driver, 20).until(visibilityOfElementLocated(By.id("import-done")));
        assertThat(driver.findElement(By.id("import-done")).getText()).isEqualTo("Đã nhập 2 dòng.");
        screenshot(driver, "08-import-done");
    }

    @Test
    void officerReadsWhatIsWrongWithAFormInVietnamese() {
        // given
        signIn(driver, base(), "donvi", PASSWORD);
        driver.get(base() + "/people/new");

        // when
        driver.findElement(By.id("fullName")).sendKeys("Đặng Thị Thu Thảo");
        driver.findElement(By.id("nationalId")).sendKeys("07218400012");
        new org.openqa.selenium.support.ui.Select(driver.findElement(By.id("gender"))).selectByVisibleText("Nữ");
        new org.openqa.selenium.support.ui.Select(driver.findElement(By.id("unitId")))
                .selectByVisibleText("Sở Giáo dục và Đào tạo");
        vn.thidua.BrowserSupport.click(driver, By.cssSelector("main form button[type=submit]"));

        // then: nothing saved, the field says why, what was typed is kept
        waiting(driver, 10).until(visibilityOfElementLocated(By.cssSelector("main .alert-danger")));
        assertThat(driver.findElement(By.tagName("main")).getText())
                .contains("Chưa lưu được")
                .contains("Số CCCD \"07218400012\" phải gồm đúng 12 chữ số.");
        assertThat(driver.findElement(By.id("fullName")).getAttribute("value")).isEqualTo("Đặng Thị Thu Thảo");
        screenshot(driver, "09-form-errors");
    }

    @Test
    void specialistBrowsesTheTreeAndTheBlocksAndSwitchesToEnglish() {
        signIn(driver, base(), "bantdkt", PASSWORD);

        driver.get(base() + "/units");
        assertThat(driver.findElement(By.tagName("main")).getText())
                .contains("Tỉnh Tây Ninh")
                .contains("Sở Nội vụ");
        screenshot(driver, "10-units-tree");
        driver.get(base() + "/blocks?year=2021");
        assertThat(driver.findElement(By.tagName("caption")).getText()).isEqualTo("Khối, cụm thi đua năm 2021");
        driver.findElement(By.linkText("Khối Kinh tế - Kỹ thuật tỉnh")).click();
        assertThat(driver.findElement(By.tagName("main")).getText())
                .contains("Sở Thông tin và Truyền thông")
                .contains("Khối trưởng");
        screenshot(driver, "11-block-2021");

        driver.get(base() + "/?lang=en");
        assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Hello, Lê Thị Thu Hà");
        assertThat(driver.findElement(By.tagName("main")).getText()).contains("Whole province");
        screenshot(driver, "12-home-english");
        driver.get(base() + "/?lang=vi");
    }

    private static byte[] teachers(String unit) {
        return Workbooks.bytes(Workbooks.sheet(
                "Danh sách cá nhân",
                vn.thidua.organization.PeopleImport.COLUMNS,
                List.of(
                        new String[] {
                            "1", "Châu Thị Ngọc Lan", "Nữ", "21/04/1987", "072187410001", "Giáo viên", "Có", unit, ""
                        },
                        new String[] {
                            "2", "Tô Minh Khang", "Nam", "09/09/1982", "072082410002", "Giáo viên", "Có", unit, ""
                        })));
    }
}
