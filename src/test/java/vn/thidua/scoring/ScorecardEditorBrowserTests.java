package vn.thidua.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.thidua.BrowserSupport.click;
import static vn.thidua.BrowserSupport.screenshot;
import static vn.thidua.BrowserSupport.signIn;

import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.ContextConfiguration;
import vn.thidua.BrowserSupport;
import vn.thidua.TestClock;
import vn.thidua.TestDatabase;
import vn.thidua.organization.BlockKind;
import vn.thidua.organization.BlockRole;
import vn.thidua.organization.EditingBlocks;
import vn.thidua.organization.EmulationBlock;
import vn.thidua.organization.TayNinhFixtures;

/** The scorecard editor in a browser: rows added, reordered and removed, a refusal that keeps them all. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@ContextConfiguration(initializers = {TestDatabase.class, TestClock.Initializer.class})
@Import(TayNinhFixtures.class)
class ScorecardEditorBrowserTests {

    private static final String PASSWORD = "Test-Passw0rd!";
    private static WebDriver driver;

    @LocalServerPort
    int port;

    @Autowired
    EditingBlocks blocks;

    @Autowired
    ScoringBlocks scoring;

    @Autowired
    TayNinhFixtures tayNinh;

    @BeforeAll
    static void startBrowser() {
        driver = BrowserSupport.chromium();
    }

    @AfterAll
    static void stopBrowser() {
        driver.quit();
    }

    private long aBlock() {
        tayNinh.signInAs("bantdkt");
        try {
            EmulationBlock b = blocks.create("Khối các sở kinh tế (kiểm thử bảng điểm)", BlockKind.BLOCK, 2025, null);
            b = blocks.addMember(b.getId(), b.getVersion(), tayNinh.currentUnit("Sở Tài chính"), BlockRole.LEADER);
            b = blocks.addMember(b.getId(), b.getVersion(), tayNinh.currentUnit("Sở Xây dựng"), BlockRole.MEMBER);
            return b.getId();
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    private static List<WebElement> rows() {
        return driver.findElements(By.cssSelector("#card-rows tr.card-row"));
    }

    private static String code(WebElement row) {
        return row.findElement(By.name("criterionCode")).getAttribute("value");
    }

    private static void type(WebElement row, String name, String text) {
        WebElement field = row.findElement(By.name(name));
        field.clear();
        field.sendKeys(text);
    }

    @Test
    void rowsAreAddedReorderedAndRemovedAndARefusalKeepsEveryTypedRow() {
        String base = "http://localhost:" + port;
        long block = aBlock();
        signIn(driver, base, "bantdkt", PASSWORD);
        driver.get(base + "/blocks/" + block + "/scoring");
        assertThat(rows()).extracting(ScorecardEditorBrowserTests::code).containsExactly("1", "2", "3", "B1");

        // a new criterion typed at the end, moved above the bonus, and the third one removed
        click(driver, By.id("card-add"));
        WebElement added = rows().get(4);
        type(added, "criterionCode", "4");
        type(added, "criterionGroup", "Công tác chỉ đạo");
        type(added, "criterionText", "Chuyển đổi số trong hoạt động của cơ quan");
        type(added, "ladder", "10: trên 90% hồ sơ trực tuyến toàn trình; 5: từ 70% đến 90%; 0: dưới 70");
        type(added, "evidence", "Báo cáo của Sở Khoa học và Công nghệ");
        added.findElement(By.cssSelector(".row-up")).click();
        rows().get(2).findElement(By.cssSelector(".row-remove")).click();
        assertThat(rows()).extracting(ScorecardEditorBrowserTests::code).containsExactly("1", "2", "4", "B1");

        // a ladder that is not numbers: refused, the row and field named, every row kept as typed
        type(rows().get(1), "ladder", "tám: đầy đủ; sáu: thiếu");
        click(driver, By.id("setup-card"));
        assertThat(driver.findElement(By.id("problems")).getText())
                .contains("Dòng 2")
                .contains("Bậc điểm")
                .contains("tám: đầy đủ; sáu: thiếu");
        assertThat(rows()).extracting(ScorecardEditorBrowserTests::code).containsExactly("1", "2", "4", "B1");
        assertThat(rows().get(2).findElement(By.name("criterionText")).getAttribute("value"))
                .isEqualTo("Chuyển đổi số trong hoạt động của cơ quan");
        assertThat(new Select(rows().get(3).findElement(By.name("criterionKind")))
                        .getFirstSelectedOption()
                        .getText())
                .isEqualTo("Điểm thưởng");
        screenshot(driver, "scorecard-editor-refused");

        // corrected and saved: the card has the rows in the order shown
        type(rows().get(1), "ladder", "8: đầy đủ, đúng hạn; 6: thiếu 2 báo cáo tháng; 0");
        click(driver, By.id("setup-card"));
        assertThat(driver.findElements(By.id("problems"))).isEmpty();
        tayNinh.signInAs("bantdkt");
        try {
            List<Criterion> criteria =
                    scoring.setupOf(block).orElseThrow().card().criteria();
            assertThat(criteria).extracting(Criterion::code).containsExactly("1", "2", "4", "B1");
            assertThat(criteria.get(2).maxPoints()).isEqualByComparingTo("10");
            assertThat(criteria.get(2).evidence()).isEqualTo("Báo cáo của Sở Khoa học và Công nghệ");
            assertThat(criteria.get(3).kind()).isEqualTo(CriterionKind.BONUS);
        } finally {
            SecurityContextHolder.clearContext();
        }
        screenshot(driver, "scorecard-editor-saved");
    }
}
