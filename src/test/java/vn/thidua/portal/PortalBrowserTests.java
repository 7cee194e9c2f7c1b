package vn.thidua.portal;

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

/** A reader rates and comments on the 2023 launch article; the editor approves; the comment shows. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@ContextConfiguration(initializers = {TestDatabase.class, TestClock.Initializer.class})
@org.springframework.context.annotation.Import({
    vn.thidua.organization.TayNinhFixtures.class,
    vn.thidua.movement.MovementFixtures.class
})
class PortalBrowserTests {

    @org.springframework.beans.factory.annotation.Autowired
    vn.thidua.movement.MovementFixtures movementsFor;

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
    void aReaderRatesAndCommentsAndTheEditorsApprovalShowsTheComment() {
        String base = "http://localhost:" + port;
        driver.manage().deleteAllCookies();

        // a reader, not signed in, opens the portal and the seed article
        driver.get(base + "/portal");
        assertThat(accessibilityViolations(driver)).isEmpty();
        assertThat(driver.findElement(By.id("visitor-stats")).getText()).contains("Đang truy cập");
        click(driver, By.partialLinkText("Phát động phong trào thi đua thực hiện thắng lợi"));
        assertThat(driver.findElement(By.id("article-meta")).getText()).contains("03/01/2023 15:53");
        assertThat(accessibilityViolations(driver)).isEmpty();
        new Select(driver.findElement(By.id("stars"))).selectByValue("4");
        click(driver, By.id("rate"));
        assertThat(driver.findElement(By.id("rating-total")).getText())
                .matches("Tổng số điểm của bài viết là: \\d+ trong \\d+ đánh giá");
        assertThat(driver.findElement(By.tagName("main")).getText()).contains("Cảm ơn bạn đã đánh giá");
        driver.findElement(By.id("cm-name")).sendKeys("Trần Thị Kim Loan");
        driver.findElement(By.id("cm-email")).sendKeys("kimloan.tran@example.vn");
        driver.findElement(By.id("cm-body")).sendKeys("Mong tỉnh tiếp tục biểu dương các mô hình hay ở cơ sở.");
        click(driver, By.id("comment-send"));
        assertThat(driver.findElement(By.tagName("main")).getText()).contains("sẽ hiển thị sau khi được duyệt");
        assertThat(driver.findElement(By.id("comments")).getText()).doesNotContain("Trần Thị Kim Loan");
        String article = driver.getCurrentUrl().replaceAll("#.*$", "");

        // the editor approves it
        signIn(driver, base, "bientap", PASSWORD);
        driver.get(base + "/portal/bien-tap");
        assertThat(driver.findElement(By.id("pending-comments")).getText()).contains("Trần Thị Kim Loan");
        click(driver, By.cssSelector("#pending-comments button.approve"));
        driver.manage().deleteAllCookies();

        // and it shows
        driver.get(article);
        assertThat(driver.findElement(By.id("comments")).getText())
                .contains("Trần Thị Kim Loan")
                .contains("Mong tỉnh tiếp tục biểu dương");
        screenshot(driver, "60-portal-article");
        driver.get(base + "/cong-khai");
        assertThat(accessibilityViolations(driver)).isEmpty();
        driver.get(base + "/portal/thong-ke");
        assertThat(driver.findElement(By.id("statistics")).getText()).contains("Lao động tiên tiến");
        assertThat(accessibilityViolations(driver)).isEmpty();
        screenshot(driver, "61-portal-statistics");
        driver.get(base + "/portal/van-ban");
        assertThat(driver.findElement(By.id("documents")).getText()).contains("01/CT-UBND");
        assertThat(accessibilityViolations(driver)).isEmpty();
        click(driver, By.partialLinkText("phát động phong trào thi đua"));
        assertThat(driver.findElement(By.id("document-fields")).getText()).contains("Ủy ban nhân dân tỉnh Tây Ninh");
        assertThat(driver.findElement(By.id("document-related")).getText()).contains("310/KH-UBND");
        assertThat(accessibilityViolations(driver)).isEmpty();
        click(driver, By.partialLinkText("Kế hoạch số 310/KH-UBND"));
        assertThat(driver.findElement(By.tagName("h1")).getText())
                .contains("nhân rộng các mô hình, điển hình tiên tiến");
        driver.get(base + "/portal/chuyen-muc/tin-tuc");
        assertThat(driver.findElement(By.id("category-articles")).getText())
                .contains("Phát động phong trào thi đua thực hiện thắng lợi");
        assertThat(accessibilityViolations(driver)).isEmpty();
        driver.get(base + "/portal/van-ban?section=MEETING");
        assertThat(driver.findElement(By.id("meetings")).getText())
                .contains("08:00")
                .contains("phiên họp Hội đồng Thi đua - Khen thưởng tỉnh");
        assertThat(accessibilityViolations(driver)).isEmpty();
        screenshot(driver, "65-portal-meetings");
    }

    @Test
    void anEditorIllustratesAnArticleAndAReaderOnAPhoneSeesItAndARunningMovement() throws Exception {
        String base = "http://localhost:" + port;
        movementsFor.openForDepartments(
                "Phong trào thi đua “Chuyển đổi số trong cơ quan nhà nước” năm 2026 (cổng thông tin)",
                TestClock.today().plusDays(20));
        java.nio.file.Path photo = java.nio.file.Files.createTempFile("hoi-nghi-phat-dong", ".png");
        var image = new java.awt.image.BufferedImage(800, 450, java.awt.image.BufferedImage.TYPE_INT_RGB);
        var g = image.createGraphics();
        g.setColor(new java.awt.Color(0xB0, 0x1E, 0x23));
        g.fillRect(0, 0, 800, 450);
        g.setColor(java.awt.Color.YELLOW);
        g.fillOval(350, 175, 100, 100);
        g.dispose();
        javax.imageio.ImageIO.write(image, "png", photo.toFile());

        // the editor adds a photo with its caption to the 2023 launch article
        driver.manage().deleteAllCookies();
        signIn(driver, base, "bientap", PASSWORD);
        driver.get(base + "/portal/bien-tap");
        click(driver, By.partialLinkText("Phát động phong trào thi đua thực hiện thắng lợi"));
        driver.findElement(By.id("af-file")).sendKeys(photo.toAbsolutePath().toString());
        driver.findElement(By.id("af-caption")).sendKeys("Quang cảnh hội nghị phát động phong trào thi đua năm 2023");
        click(driver, By.cssSelector("#article-file-form button"));
        assertThat(driver.findElement(By.id("article-files")).getText())
                .contains(photo.getFileName().toString())
                .contains("Quang cảnh hội nghị phát động phong trào thi đua năm 2023");
        assertThat(accessibilityViolations(driver)).isEmpty();
        screenshot(driver, "62-portal-article-editor");

        // and corrects the plan's validity, which the public page then shows
        driver.get(base + "/portal/bien-tap/van-ban");
        click(driver, By.partialLinkText("nhân rộng các mô hình, điển hình tiên tiến"));
        ((org.openqa.selenium.JavascriptExecutor) driver)
                .executeScript("document.getElementById('doc-valid-from').value = '2021-02-01';"
                        + "document.getElementById('doc-valid-to').value = '2025-12-31';");
        click(driver, By.cssSelector("#edit-document button[type=submit]"));
        assertThat(driver.findElement(By.tagName("main")).getText()).contains("Đã lưu");
        assertThat(accessibilityViolations(driver)).isEmpty();
        click(driver, By.partialLinkText("Xem trên cổng thông tin"));
        assertThat(driver.findElement(By.id("document-fields")).getText())
                .contains("từ ngày 01/02/2021 đến ngày 31/12/2025");
        driver.manage().deleteAllCookies();

        // a reader on a phone: the running movement and how far it has come, the illustrated article
        driver.manage().window().setSize(new org.openqa.selenium.Dimension(390, 844));
        try {
            driver.get(base + "/portal");
            assertThat(pageWidth()).isLessThanOrEqualTo(390);
            click(driver, By.partialLinkText("Tất cả phong trào thi đua đang triển khai"));
            click(driver, By.partialLinkText("Chuyển đổi số trong cơ quan nhà nước"));
            assertThat(driver.findElement(By.id("movement-progress")).getText())
                    .containsPattern("0/\\d+ đơn vị đã đăng ký thi đua");
            assertThat(driver.findElement(By.id("movement-criteria")).getText()).contains("Hoàn thành kế hoạch năm");
            assertThat(accessibilityViolations(driver)).isEmpty();
            assertThat(pageWidth()).isLessThanOrEqualTo(390);
            screenshot(driver, "63-portal-movement-phone");

            driver.get(base + "/portal");
            click(driver, By.partialLinkText("Phát động phong trào thi đua thực hiện thắng lợi"));
            var img = driver.findElement(By.cssSelector("#article figure img"));
            assertThat(img.getAttribute("alt")).isEqualTo("Quang cảnh hội nghị phát động phong trào thi đua năm 2023");
            ((org.openqa.selenium.JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView()", img);
            BrowserSupport.waiting(driver, 5)
                    .until(d -> ((Number) ((org.openqa.selenium.JavascriptExecutor) d)
                                            .executeScript("return arguments[0].naturalWidth", img))
                                    .intValue()
                            == 800);
            assertThat(pageWidth()).isLessThanOrEqualTo(390);
            assertThat(accessibilityViolations(driver)).isEmpty();
            screenshot(driver, "64-portal-article-phone");
        } finally {
            driver.manage().window().setSize(new org.openqa.selenium.Dimension(1366, 900));
            java.nio.file.Files.deleteIfExists(photo);
        }
    }

    /** The page's full width: wider than the window means the reader has to scroll sideways. */
    private static long pageWidth() {
        return ((Number) ((org.openqa.selenium.JavascriptExecutor) driver)
                        .executeScript("return document.documentElement.scrollWidth"))
                .longValue();
    }
}
