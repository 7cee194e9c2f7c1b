package vn.thidua;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** Debian's Chromium and ChromeDriver, headless, with nothing downloaded. */
public final class BrowserSupport {

    private BrowserSupport() {}

    public static WebDriver chromium() {
        try {
            ChromeOptions options = new ChromeOptions();
            options.setBinary("/usr/bin/chromium");
            options.addArguments(
                    "--headless=new",
                    "--no-sandbox",
                    "--disable-gpu",
                    "--disable-dev-shm-usage",
                    "--disable-background-networking",
                    "--disable-component-update",
                    "--disable-sync",
                    "--no-first-run",
                    "--window-size=1366,900",
                    "--lang=vi",
                    "--user-data-dir=" + profile());
            ChromeDriverService service = new ChromeDriverService.Builder()
                    .usingDriverExecutable(new File("/usr/bin/chromedriver"))
                    .build();
            WebDriver driver = new ChromeDriver(service, options);
            driver.manage().timeouts().implicitlyWait(Duration.ofSeconds(2));
            return driver;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static final java.util.List<Path> PROFILES = new java.util.concurrent.CopyOnWriteArrayList<>();

    static {
        Runtime.getRuntime().addShutdownHook(new Thread(() -> PROFILES.forEach(BrowserSupport::delete)));
    }

    /** A fresh Chromium profile (about 18 MB once used), deleted when the test JVM ends. */
    private static Path profile() throws IOException {
        Path dir = Files.createTempDirectory("chromium");
        PROFILES.add(dir);
        return dir;
    }

    private static void delete(Path dir) {
        try (java.util.stream.Stream<Path> files = Files.walk(dir)) {
            files.sorted(java.util.Comparator.reverseOrder())
                    .forEach(f -> f.toFile().delete());
        } catch (IOException e) {
            // a profile left behind is litter in target/, not a failure
        }
    }

    public static WebDriverWait waiting(WebDriver driver, int seconds) {
        return new WebDriverWait(driver, Duration.ofSeconds(seconds));
    }

    public static void signIn(WebDriver driver, String base, String username, String password) {
        driver.get(base + "/login");
        driver.findElement(By.id("username")).sendKeys(username);
        driver.findElement(By.id("password")).sendKeys(password);
        driver.findElement(By.cssSelector("button[type=submit]")).click();
        waiting(driver, 10).until(d -> !d.getCurrentUrl().contains("/login"));
    }

    /** Saves what the browser shows to target/screenshots/NAME.png for a person to look at. */
    public static void screenshot(WebDriver driver, String name) {
        try {
            Path dir = Path.of("target", "screenshots");
            Files.createDirectories(dir);
            File shot = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE);
            Files.copy(shot.toPath(), dir.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Scrolls the element into view at once (Bootstrap scrolls smoothly, and a click mid-scroll
     * lands elsewhere) and clicks it; when it submits a form, waits for the next page.
     */
    public static void click(WebDriver driver, org.openqa.selenium.By by) {
        loaded(driver);
        org.openqa.selenium.WebElement page = driver.findElement(org.openqa.selenium.By.tagName("html"));
        org.openqa.selenium.WebElement element = driver.findElement(by);
        ((org.openqa.selenium.JavascriptExecutor) driver)
                .executeScript("arguments[0].scrollIntoView({block: 'center', behavior: 'instant'})", element);
        boolean submits = "submit".equals(element.getAttribute("type"));
        element.click();
        if (submits) {
            waiting(driver, 10).until(org.openqa.selenium.support.ui.ExpectedConditions.stalenessOf(page));
        }
        loaded(driver);
    }

    /**
     * Waits until the page in the window has finished loading: an element taken from a page still
     * being replaced (a form's redirect) may belong to no document by the time it is used.
     */
    public static void loaded(WebDriver driver) {
        waiting(driver, 10)
                .until(d -> "complete"
                        .equals(((org.openqa.selenium.JavascriptExecutor) d)
                                .executeScript("return document.readyState")));
    }

    /** Chooses the option at {@code index} in every select the CSS selector finds. */
    public static void chooseInEach(WebDriver driver, String selector, int index) {
        for (org.openqa.selenium.WebElement select :
                driver.findElements(org.openqa.selenium.By.cssSelector(selector))) {
            new org.openqa.selenium.support.ui.Select(select).selectByIndex(index);
        }
    }

    /**
     * Runs axe-core (downloaded from npm at build time into target/axe) on the current page against
     * WCAG 2.0/2.1 A and AA; returns the violations as "rule: target" lines, empty when it passes.
     */
    @SuppressWarnings("unchecked")
    public static java.util.List<String> accessibilityViolations(WebDriver driver) {
        try {
            String axe =
                    java.nio.file.Files.readString(java.nio.file.Path.of("target", "axe", "package", "axe.min.js"));
            org.openqa.selenium.JavascriptExecutor js = (org.openqa.selenium.JavascriptExecutor) driver;
            js.executeScript(axe);
            Object result = js.executeAsyncScript("const done = arguments[arguments.length - 1];"
                    + " axe.run(document, {runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']}})"
                    + ".then(r => done(r.violations.map(v => v.id + ': ' + v.nodes.map(n => n.target.join(' ')).join(', '))))"
                    + ".catch(e => done(['axe failed: ' + e]))");
            return (java.util.List<String>) result;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
