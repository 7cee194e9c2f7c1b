package vn.thidua.commendation;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.thidua.BrowserSupport.click;
import static vn.thidua.BrowserSupport.screenshot;
import static vn.thidua.BrowserSupport.signIn;
import static vn.thidua.BrowserSupport.waiting;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
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
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.ContextConfiguration;
import vn.thidua.BrowserSupport;
import vn.thidua.TestClock;
import vn.thidua.TestDatabase;
import vn.thidua.Workbooks;
import vn.thidua.organization.TayNinhFixtures;

/**
 * A dossier from draft to the council's result on screen: the officer imports the list, the leader
 * submits, the specialist returns one field, the unit fixes it, the public comments, three council
 * members vote in secret, the minutes download.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@ContextConfiguration(initializers = {TestDatabase.class, TestClock.Initializer.class})
@Import(TayNinhFixtures.class)
class DossierBrowserTests {

    private static final String PASSWORD = "Test-Passw0rd!";
    private static WebDriver driver;

    @LocalServerPort
    int port;

    @Autowired
    TayNinhFixtures tayNinh;

    @Autowired
    JdbcClient jdbc;

    @BeforeAll
    static void startBrowser() {
        driver = BrowserSupport.chromium();
    }

    @AfterAll
    static void stopBrowser() {
        driver.quit();
    }

    private String as(String username, String base) {
        driver.manage().deleteAllCookies();
        signIn(driver, base, username, PASSWORD);
        return base;
    }

    private void act(String action) {
        click(driver, By.id("act-" + action));
    }

    /** Two teachers of Sở Giáo dục và Đào tạo proposed for the Prime Minister's certificate, as the unit writes it. */
    private Path aList() throws Exception {
        List<String[]> teachers = jdbc.sql("""
                select p.full_name, p.national_id from organization_person p
                join organization_assignment a on a.organization_person = p.id and a.to_date is null
                where a.unit_id = :u and p.national_id is not null order by p.id desc""")
                .param("u", tayNinh.currentUnit("Sở Giáo dục và Đào tạo"))
                .query((rs, n) -> new String[] {rs.getString(1), rs.getString(2)})
                .list()
                .subList(0, 2);
        byte[] file = Workbooks.bytes(Workbooks.sheet(
                "Danh sách",
                List.of(
                        "STT",
                        "Họ và tên",
                        "Số CCCD",
                        "Chức vụ, đơn vị công tác",
                        "Hình thức đề nghị",
                        "Tóm tắt thành tích",
                        "Giải trình"),
                List.<String[]>of(
                        new String[] {
                            "1",
                            teachers.get(0)[0],
                            teachers.get(0)[1],
                            "Hiệu trưởng",
                            "BK TTg",
                            "Năm năm liền hoàn thành xuất sắc nhiệm vụ",
                            "Có 3 sáng kiến cấp tỉnh 2021–2025 (hồ sơ kèm theo)"
                        },
                        new String[] {
                            "2",
                            teachers.get(1)[0],
                            teachers.get(1)[1],
                            "Giáo viên",
                            "Bằng khen Thủ tướng",
                            "Giáo viên dạy giỏi cấp tỉnh ba năm liền",
                            "Đạt CSTĐCS 2021, 2023, 2025 (quyết định kèm theo)"
                        })));
        Path dir = Files.createDirectories(Path.of("target", "uploads"));
        return Files.write(dir.resolve("Danh sách đề nghị BK TTg 2025.xlsx"), file);
    }

    private Path aPaper(String name) throws Exception {
        Path dir = Files.createDirectories(Path.of("target", "uploads"));
        byte[] pdf;
        try (vn.thidua.shared.ReportWriter w = vn.thidua.shared.DocumentFormat.PDF.report(name)) {
            pdf = w.text("Văn bản kèm theo hồ sơ đề nghị khen thưởng.").bytes();
        }
        return Files.write(dir.resolve(name + ".pdf"), pdf);
    }

    @Test
    void fromDraftToTheCouncilsResult() throws Exception {
        String base = "http://localhost:" + port;

        // the unit officer drafts, imports the list and files the papers
        as("donvi", base);
        driver.get(base + "/dossiers");
        new Select(driver.findElement(By.id("n-unit"))).selectByVisibleText("Sở Giáo dục và Đào tạo");
        driver.findElement(By.id("n-year")).clear();
        driver.findElement(By.id("n-year")).sendKeys("2025");
        driver.findElement(By.id("n-title")).sendKeys("Đề nghị Thủ tướng Chính phủ tặng Bằng khen năm 2025");
        click(driver, By.id("create-dossier"));
        String dossier = driver.getCurrentUrl();
        driver.findElement(By.id("import-file"))
                .sendKeys(aList().toAbsolutePath().toString());
        click(driver, By.id("import-start"));
        // the preview shows how each row was read; nothing is written until confirmed
        assertThat(driver.findElement(By.id("preview-rows")).getText()).contains("Bằng khen");
        click(driver, By.id("preview-confirm-button"));
        waiting(driver, 60)
                .until(d -> !d.findElements(By.id("import-done")).isEmpty()
                        || !d.findElements(By.id("import-rejected")).isEmpty());
        assertThat(driver.findElements(By.id("import-done"))).isNotEmpty();
        click(driver, By.id("back-to-dossier"));
        assertThat(driver.findElement(By.id("nominees")).getText()).contains("Bằng khen của Thủ tướng Chính phủ");
        for (String type : List.of("PROPOSAL_LETTER", "COUNCIL_MINUTES", "ACHIEVEMENT_REPORT")) {
            new Select(driver.findElement(By.id("p-type"))).selectByValue(type);
            driver.findElement(By.id("p-file"))
                    .sendKeys(aPaper(type).toAbsolutePath().toString());
            click(driver, By.id("paper-upload"));
        }
        assertThat(driver.findElements(By.id("missing-papers"))).isEmpty();
        screenshot(driver, "40-dossier-draft");
        act("SEND_TO_LEADER");

        // the leader submits; the Ban TĐKT receives, returns the first nominee's summary
        as("lanhdao", base);
        driver.get(dossier);
        act("SUBMIT");
        assertThat(driver.findElement(By.id("dossier-status")).getText()).isEqualTo("Đã trình");
        as("bantdkt", base);
        driver.get(dossier);
        act("RECEIVE");
        new Select(driver.findElement(By.id("ap-1"))).selectByValue("RETURNED");
        driver.findElement(By.id("ap-reason-1")).sendKeys("Tóm tắt chưa nêu số liệu cụ thể của từng năm");
        click(driver, By.id("ap-1-summary"));
        click(driver, By.id("ap-save-1"));
        click(driver, By.id("ap-save-2"));
        act("RETURN");

        // the unit fixes only that field and the leader sends it back
        as("donvi", base);
        driver.get(dossier);
        assertThat(driver.findElement(By.id("nominee-1")).getText()).contains("Cần sửa: Tóm tắt thành tích");
        click(driver, By.id("edit-1"));
        assertThat(driver.findElement(By.cssSelector("#nominee-1 input[name=position]"))
                        .getAttribute("readonly"))
                .isNotNull();
        driver.findElement(By.id("sum-1")).clear();
        driver.findElement(By.id("sum-1"))
                .sendKeys("Năm năm liền hoàn thành xuất sắc nhiệm vụ (2021–2025); tỷ lệ tốt nghiệp THPT 99,6%");
        screenshot(driver, "41-dossier-returned-field");
        click(driver, By.id("save-1"));
        as("lanhdao", base);
        driver.get(dossier);
        act("RESUBMIT");

        // the Ban TĐKT accepts, publishes the list for comment and finishes the appraisal
        as("bantdkt", base);
        driver.get(dossier);
        click(driver, By.id("ap-save-1"));
        click(driver, By.id("publish-notice"));
        act("FINISH_APPRAISAL");
        assertThat(driver.findElement(By.id("notice")).getText()).contains("10 ngày làm việc");

        // the public comments during the window, without signing in
        driver.manage().deleteAllCookies();
        driver.get(base + "/cong-khai");
        driver.findElement(By.cssSelector(".comment-form textarea[name=body]"))
                .sendKeys("Tôi là phụ huynh, xác nhận cô giáo dạy giỏi và tận tâm với học sinh.");
        driver.findElement(By.cssSelector(".comment-form input[name=authorName]"))
                .sendKeys("Ngô Văn Hiếu");
        driver.findElement(By.cssSelector(".comment-form input[name=contact]")).sendKeys("0918 123 456");
        screenshot(driver, "42-public-comment");
        click(driver, By.cssSelector(".comment-form button[type=submit]"));
        assertThat(driver.findElement(By.tagName("main")).getText()).contains("Đã nhận ý kiến của bạn");

        // the specialist handles the comment; the window (shortened here) has run its course
        as("bantdkt", base);
        driver.get(dossier);
        driver.findElement(By.cssSelector(".comment-handling input[name=handling]"))
                .sendKeys("Đã xác minh với Trường, ý kiến đúng thực tế");
        click(driver, By.cssSelector(".comment-handling button[type=submit]"));
        long dossierId = Long.parseLong(dossier.substring(dossier.lastIndexOf('/') + 1));
        jdbc.sql("update commendation_notice set starts_on = :s, ends_on = :e where dossier_id = :d")
                .param("s", TestClock.today().minusWeeks(5))
                .param("e", TestClock.today().minusWeeks(3))
                .param("d", dossierId)
                .update();

        // the council meets: agenda, attendance, the ballot opens
        driver.get(base + "/councils");
        WebDriverDates.set(driver, By.cssSelector("input[name=meetsOn]"), TestClock.today());
        driver.findElement(By.cssSelector("input[name=title][id^=s-title]"))
                .sendKeys("Phiên họp xét khen thưởng cấp Nhà nước");
        click(driver, By.cssSelector("button[id^=schedule-]"));
        String session = driver.getCurrentUrl();
        new Select(driver.findElement(By.id("agenda-dossier"))).selectByValue(String.valueOf(dossierId));
        click(driver, By.id("add-agenda"));
        for (String member : List.of("hoidong1", "hoidong2", "hoidong3")) {
            click(driver, By.id("present-" + member));
        }
        click(driver, By.id("save-attendance"));
        click(driver, By.id("open-ballot"));

        // three members vote in secret
        for (String member : List.of("hoidong1", "hoidong2", "hoidong3")) {
            as(member, base);
            driver.get(session);
            while (!driver.findElements(By.cssSelector("button[id^=for-]")).isEmpty()) {
                click(driver, By.cssSelector("button[id^=for-]"));
            }
            assertThat(driver.findElement(By.id("ballots")).getText()).contains("Đã bỏ phiếu");
        }
        screenshot(driver, "43-council-member-voted");

        // the secretariat closes the ballot and downloads the minutes
        as("bantdkt", base);
        driver.get(session);
        click(driver, By.id("close-ballot"));
        String ballots = driver.findElement(By.id("ballots")).getText();
        assertThat(ballots).contains("Hội đồng thông qua").doesNotContain("Hội đồng không thông qua");
        screenshot(driver, "44-council-result");
        String fetched = (String) ((JavascriptExecutor) driver)
                .executeAsyncScript("const done = arguments[0]; fetch(document.getElementById('minutes-pdf').href)"
                        + ".then(r => done(r.status + ' ' + r.headers.get('content-type')))");
        assertThat(fetched).isEqualTo("200 application/pdf");
        driver.get(dossier);
        assertThat(driver.findElement(By.id("dossier-status")).getText()).isEqualTo("Hội đồng đã xét");
        driver.get(dossier + "/history");
        assertThat(driver.findElement(By.id("history")).getText())
                .contains("Trình lãnh đạo đơn vị duyệt")
                .contains("Trả lại đơn vị để bổ sung")
                .contains("Hội đồng kết luận");
        screenshot(driver, "45-dossier-history");
        driver.manage().deleteAllCookies();
    }

    /** Date inputs take their value the same way whatever the browser's locale. */
    static final class WebDriverDates {
        static void set(WebDriver driver, By by, LocalDate day) {
            ((JavascriptExecutor) driver)
                    .executeScript("arguments[0].value = arguments[1]", driver.findElement(by), day.toString());
        }
    }
}
