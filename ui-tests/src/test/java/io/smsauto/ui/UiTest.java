package io.smsauto.ui;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.TestInfo;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A browser test: one system for every test of the JVM, one browser per class, each test starting
 * signed out in English on the home page, and leaving a screenshot in target/screenshots.
 */
abstract class UiTest {

    /** The machine is shared and slow: generous. */
    static final Duration WAIT = Duration.ofSeconds(30);

    private static Browser browser;
    static ChromeDriver driver;

    @BeforeAll
    static void startBrowser() throws Exception {
        UiSystem.get();
        browser = Browser.start("en-GB");
        driver = browser.driver;
    }

    @AfterAll
    static void quitBrowser() throws Exception {
        if (browser != null) {
            browser.close();
        }
    }

    @BeforeEach
    void signedOutOnTheHomePage() throws Exception {
        driver.get(UiSystem.adminUrl() + "/");
        driver.executeScript("sessionStorage.clear(); localStorage.clear();");
        driver.navigate().refresh();
        visible(By.cssSelector("form.signin"));
    }

    @AfterEach
    void screenshot(TestInfo test) throws Exception {
        saveScreenshot(getClass().getSimpleName() + "." + test.getTestMethod().orElseThrow().getName());
    }

    static void saveScreenshot(String name) throws Exception {
        Path dir = Path.of(System.getProperty("ui.screenshots", "target/screenshots"));
        Files.createDirectories(dir);
        Path shot = driver.getScreenshotAs(OutputType.FILE).toPath();
        Files.copy(shot, dir.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
    }

    static void signIn() {
        type(visible(By.cssSelector("form.signin input[type=password]")), UiSystem.API_TOKEN);
        driver.findElement(By.cssSelector("form.signin button[type=submit]")).click();
        visible(By.cssSelector("nav#nav a[href='#/automations']"));
    }

    static void go(String hash) throws Exception {
        driver.get(UiSystem.adminUrl() + "/" + hash);
    }

    static WebElement visible(By by) {
        return new WebDriverWait(driver, WAIT).until(ExpectedConditions.visibilityOfElementLocated(by));
    }

    /**
     * Clicks what {@code by} finds once it is clickable, finding it again when the page re-rendered it
     * in between (a list is drawn once, then again when the names it refers to arrive).
     */
    static void click(By by) {
        new WebDriverWait(driver, WAIT).ignoring(StaleElementReferenceException.class).until(d -> {
            WebElement element = ExpectedConditions.elementToBeClickable(by).apply(d);
            if (element == null) {
                return false;
            }
            element.click();
            return true;
        });
    }

    static void waitForText(By by, String text) {
        new WebDriverWait(driver, WAIT).until(ExpectedConditions.textToBePresentInElementLocated(by, text));
    }

    static void type(WebElement input, String text) {
        input.clear();
        input.sendKeys(text);
    }

    /** A word no other test uses, in capitals. */
    static String unique(String prefix) {
        StringBuilder word = new StringBuilder(prefix);
        ThreadLocalRandom.current().ints(6, 'A', 'Z' + 1).forEach(c -> word.append((char) c));
        return word.toString();
    }

    /** A phone number no other test uses. */
    static String number(String prefix) {
        return prefix + (1_000_000 + ThreadLocalRandom.current().nextInt(8_999_999));
    }
}
