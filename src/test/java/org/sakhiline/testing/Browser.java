package org.sakhiline.testing;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.eclipse.microprofile.config.ConfigProvider;
import org.jboss.logging.Logger;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterTestExecutionCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.remote.http.ClientConfig;
import org.openqa.selenium.support.ui.ExpectedCondition;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Headless Chromium for console tests: one ChromeDriver and one browser per test class (starting them takes
 * seconds on a busy machine), cookies and viewport reset before each test, a screenshot and the page source saved
 * under {@code target/screenshots} when a test fails. Register it in a {@code @QuarkusTest}:
 *
 * <pre>{@code @RegisterExtension static final Browser browser = new Browser();}</pre>
 *
 * Uses Debian's {@code chromium} and {@code chromium-driver} at fixed paths (override with the system properties
 * {@code sakhiline.test.chromium} / {@code sakhiline.test.chromedriver}); the driver path is always given, so
 * Selenium Manager never runs and nothing is downloaded. A missing browser fails the tests: CI installs it.
 */
public final class Browser implements BeforeAllCallback, BeforeEachCallback, AfterTestExecutionCallback,
        AfterAllCallback, AutoCloseable {

    private static final Logger LOG = Logger.getLogger(Browser.class);
    /**
     * DevTools commands go through ChromeDriver (executeCdpCommand), so Selenium's per-version DevTools bindings are
     * not needed and their "Unable to find CDP implementation" warning is noise. Kept in a field: JUL holds loggers weakly.
     */
    private static final java.util.logging.Logger CDP_VERSION_LOG = quiet("org.openqa.selenium.devtools.CdpVersionFinder");

    public static final Path CHROMIUM = Path.of(System.getProperty("sakhiline.test.chromium", "/usr/bin/chromium"));
    public static final Path CHROMEDRIVER = Path.of(System.getProperty("sakhiline.test.chromedriver", "/usr/bin/chromedriver"));
    public static final Path TARGET = Path.of("target");
    public static final Path SCREENSHOTS = TARGET.resolve("screenshots");
    public static final int DESKTOP_WIDTH = 1280;
    public static final int DESKTOP_HEIGHT = 900;
    public static final int PHONE_WIDTH = 390;
    public static final int PHONE_HEIGHT = 844;

    /** How long a wait for the page may take before the test fails (pages here answer in milliseconds). */
    private static final Duration WAIT = Duration.ofSeconds(10);

    private String label = "browser";
    private ChromeDriverService service;
    private ChromeDriver driver;
    private Path userDataDir;
    private URI base;
    private Thread shutdownHook;
    private long openedAtNanos;
    private long startMillis;
    private int testsRun;
    private String signedInAs;

    // ---- lifecycle ----------------------------------------------------------------------------------------

    @Override
    public void beforeAll(ExtensionContext context) {
        start(context.getRequiredTestClass().getSimpleName());
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        reset();
        testsRun++;
    }

    @Override
    public void afterTestExecution(ExtensionContext context) {
        context.getExecutionException().ifPresent(failure -> saveEvidence(
                "failed-" + context.getRequiredTestClass().getSimpleName() + "." + context.getRequiredTestMethod().getName()));
    }

    @Override
    public void afterAll(ExtensionContext context) {
        close();
    }

    /** Starts ChromeDriver and the browser; {@code label} names the log file and the timing line. */
    public void start(String label) {
        if (driver != null) {
            return;
        }
        this.label = label;
        requireExecutable(CHROMIUM, "chromium");
        requireExecutable(CHROMEDRIVER, "chromium-driver");
        long t0 = System.nanoTime();
        try {
            Files.createDirectories(TARGET);
            userDataDir = Files.createTempDirectory("sakhiline-chromium-");
            service = new ChromeDriverService.Builder()
                    .usingDriverExecutable(CHROMEDRIVER.toFile())
                    .usingAnyFreePort()
                    .withTimeout(Duration.ofSeconds(20))
                    .withLogFile(TARGET.resolve("chromedriver-" + label + ".log").toFile())
                    .build();
            ChromeOptions options = new ChromeOptions();
            options.setBinary(CHROMIUM.toFile());
            options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                    "--disable-background-networking", "--disable-component-update", "--disable-sync",
                    "--disable-dev-shm-usage", "--disable-extensions", "--password-store=basic", "--lang=en-IN",
                    "--user-data-dir=" + userDataDir.toAbsolutePath(),
                    "--window-size=" + DESKTOP_WIDTH + "," + DESKTOP_HEIGHT);
            // A stuck browser must fail the test within a minute instead of Selenium's default three.
            ClientConfig http = ClientConfig.defaultConfig().readTimeout(Duration.ofSeconds(60));
            driver = new ChromeDriver(service, options, http);
            driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30)).scriptTimeout(Duration.ofSeconds(10));
        } catch (IOException | RuntimeException e) {
            close();
            throw new IllegalStateException("Could not start headless Chromium (" + CHROMIUM + ") with " + CHROMEDRIVER
                    + "; see target/chromedriver-" + label + ".log, and run scripts/browser-setup.sh on a fresh machine: "
                    + e.getMessage(), e);
        }
        shutdownHook = new Thread(this::close, "browser-shutdown-" + label);
        Runtime.getRuntime().addShutdownHook(shutdownHook);
        openedAtNanos = System.nanoTime();
        startMillis = (openedAtNanos - t0) / 1_000_000;
    }

    private static java.util.logging.Logger quiet(String name) {
        java.util.logging.Logger logger = java.util.logging.Logger.getLogger(name);
        logger.setLevel(java.util.logging.Level.SEVERE);
        return logger;
    }

    private static void requireExecutable(Path path, String debianPackage) {
        if (!Files.isExecutable(path)) {
            throw new IllegalStateException(path + " is missing: the console's browser tests need Debian's " + debianPackage
                    + ". Run scripts/browser-setup.sh (it installs chromium, chromium-driver and fonts-noto-core).");
        }
    }

    /** Quits the browser and ChromeDriver; safe to call twice, never throws. */
    @Override
    public synchronized void close() {
        if (driver == null && service == null && userDataDir == null) {
            return;
        }
        long t0 = System.nanoTime();
        try {
            if (driver != null) {
                driver.quit();
            }
        } catch (RuntimeException e) {
            LOG.warnf("quitting Chromium failed: %s", e.getMessage());
        } finally {
            driver = null;
            try {
                if (service != null) {
                    service.stop();
                }
            } catch (RuntimeException e) {
                LOG.warnf("stopping ChromeDriver failed: %s", e.getMessage());
            }
            service = null;
            deleteQuietly(userDataDir);
            userDataDir = null;
        }
        if (shutdownHook != null && Thread.currentThread() != shutdownHook) {
            try {
                Runtime.getRuntime().removeShutdownHook(shutdownHook);
            } catch (IllegalStateException alreadyShuttingDown) {
                // the JVM is exiting and runs the hook itself
            }
        }
        if (openedAtNanos != 0) {
            String line = String.format("%s: browser started in %d ms, %d tests, open %d ms, closed in %d ms",
                    label, startMillis, testsRun, (t0 - openedAtNanos) / 1_000_000, (System.nanoTime() - t0) / 1_000_000);
            LOG.info(line);
            appendQuietly(TARGET.resolve("browser-timings.txt"), line + System.lineSeparator());
            openedAtNanos = 0;
        }
    }

    /** Forgets cookies and the page of the previous test, and sets the 1280x900 desktop viewport. */
    public void reset() {
        driver().executeCdpCommand("Network.clearBrowserCookies", Map.of());
        desktopViewport();
        driver().get("about:blank");
    }

    // ---- navigation ---------------------------------------------------------------------------------------

    public ChromeDriver driver() {
        if (driver == null) {
            throw new IllegalStateException("the browser is not running: register Browser with @RegisterExtension "
                    + "on a static field, or call start(label)");
        }
        return driver;
    }

    /** The application under test; Quarkus picks the port at start ({@code %test.quarkus.http.test-port=0}). */
    public URI base() {
        if (base == null) {
            int port = ConfigProvider.getConfig().getValue("quarkus.http.test-port", Integer.class);
            base = URI.create("http://localhost:" + port + "/");
        }
        return base;
    }

    /** Loads {@code path} (e.g. {@code /admin/members?q=x}) and waits for the page to finish loading. */
    public void open(String path) {
        driver().get(base().resolve(path).toString());
        waitForPageLoad();
    }

    /** Path and query of the page shown now, e.g. {@code /admin/login?bye=1}. */
    public String currentPath() {
        URI now = URI.create(driver().getCurrentUrl());
        return now.getRawQuery() == null ? now.getRawPath() : now.getRawPath() + "?" + now.getRawQuery();
    }

    /** Clicks something that loads a new page (a submit button, a link) and waits until the new page has loaded. */
    public void clickAndWaitForPage(By locator) {
        // Mark the current document; the next page's window has no mark. (Polling the old <html> element for
        // staleness races the navigation: chromedriver may answer "node does not belong to the document",
        // a plain WebDriverException rather than a stale-element one.)
        String mark = java.util.UUID.randomUUID().toString();
        js("window.__sakhilinePage = arguments[0];", mark);
        waitUntil(ExpectedConditions.elementToBeClickable(locator)).click();
        try {
            new WebDriverWait(driver(), WAIT).ignoring(org.openqa.selenium.WebDriverException.class)
                    .until(d -> !mark.equals(((org.openqa.selenium.JavascriptExecutor) d)
                            .executeScript("return window.__sakhilinePage || null;")));
        } catch (TimeoutException e) {
            throw new AssertionError("clicking " + locator + " loaded no new page within " + WAIT.toSeconds() + " s; still at "
                    + currentPath() + " (an empty required field or a script may have stopped the form)", e);
        }
        waitForPageLoad();
    }

    public void clickAndWaitForPage(String id) {
        clickAndWaitForPage(By.id(id));
    }

    /** Clicks an element that changes the page in place (no navigation); wait for the effect with {@link #waitForText}. */
    public void click(String id) {
        click(By.id(id));
    }

    public void click(By locator) {
        waitUntil(ExpectedConditions.elementToBeClickable(locator)).click();
    }

    public void waitForPageLoad() {
        waitUntil(d -> "complete".equals(((JavascriptExecutor) d).executeScript("return document.readyState")));
    }

    // ---- console sign-in --------------------------------------------------------------------------------------

    private static final By SIGN_IN_BUTTON = By.cssSelector("form[action='/j_security_check'] button[type=submit]");
    private static final By SIGN_OUT_BUTTON = By.cssSelector("form.signout button[type=submit]");

    /** Fills and submits the console's sign-in form; the browser is then on whatever page the server chose. */
    public void submitSignIn(String username, String password) {
        open("/admin/login");
        type("j_username", username);
        type("j_password", password);
        clickAndWaitForPage(SIGN_IN_BUTTON);
    }

    /** Signs in through the real form and fails unless the console (with its Sign out button) opens. */
    public void signIn(String username, String password) {
        submitSignIn(username, password);
        signedInAs = username;
        if (!isPresent(SIGN_OUT_BUTTON)) {
            List<String> errors = texts(By.cssSelector("[role=alert]"));
            throw new AssertionError("signing in as " + username + " did not open the console: at " + currentPath()
                    + (errors.isEmpty() ? "" : ", the page says " + errors));
        }
    }

    public void signInAsAdmin() {
        signIn(ConsoleAuth.ADMIN, ConsoleAuth.ADMIN_PASSWORD);
    }

    /**
     * Switches the signed-in user's console language ("en", "hi", "ur") through the real settings page, and stays there.
     * The choice is hers, stored in the database: it outlives this browser, so a test that changes it sets it back.
     */
    public void useLanguage(String language) {
        open("/admin/settings");
        WebElement choice = waitUntil(ExpectedConditions.presenceOfElementLocated(By.id("language-" + language)));
        js("arguments[0].checked = true;", choice);
        clickAndWaitForPage(By.id("save-settings"));
        String now = (String) js("return document.documentElement.lang;");
        if (!language.equals(now)) {
            throw new AssertionError("switching " + signedInAs + " to " + language + " left the console in '" + now + "' at "
                    + currentPath());
        }
    }

    /** The language the page shown now is in (its {@code <html lang>}). */
    public String pageLanguage() {
        return (String) js("return document.documentElement.lang || '';");
    }

    /** Presses the header's Sign out button and waits for the page it leads to. */
    public void signOut() {
        clickAndWaitForPage(SIGN_OUT_BUTTON);
    }

    // ---- forms ------------------------------------------------------------------------------------------------

    /** Types into an input like a person (ASCII: usernames, numbers); for Indic or long text use {@link #fill}. */
    public void type(String name, String text) {
        WebElement field = waitUntil(ExpectedConditions.visibilityOfElementLocated(By.name(name)));
        field.clear();
        field.sendKeys(text);
    }

    /**
     * Sets an input's or textarea's value through JavaScript and fires {@code input} and {@code change}, so long
     * Unicode text (Devanagari, Nastaliq, JSON) arrives exactly: sendKeys is slow, and cannot type every code point.
     */
    public void fill(String name, String text) {
        WebElement field = waitUntil(ExpectedConditions.presenceOfElementLocated(By.name(name)));
        js("const f = arguments[0]; f.value = arguments[1];"
                + "f.dispatchEvent(new Event('input', {bubbles: true}));"
                + "f.dispatchEvent(new Event('change', {bubbles: true}));", field, text);
        String expected = text.replace("\r\n", "\n");
        String actual = valueOf(name);
        if (!expected.equals(actual)) {
            throw new AssertionError("field '" + name + "' holds " + actual.length() + " characters after fill, expected "
                    + expected.length());
        }
    }

    /** Same as {@link #fill}; named for the flow editor's big text areas. */
    public void fillTextarea(String name, String text) {
        fill(name, text);
    }

    /** Chooses the option showing {@code visibleText} in the select named {@code name}. */
    public void select(String name, String visibleText) {
        new Select(waitUntil(ExpectedConditions.visibilityOfElementLocated(By.name(name)))).selectByVisibleText(visibleText);
    }

    public String valueOf(String name) {
        WebElement field = waitUntil(ExpectedConditions.presenceOfElementLocated(By.name(name)));
        return (String) js("return arguments[0].value;", field);
    }

    // ---- reading the page -------------------------------------------------------------------------------------

    /** The visible text of the element with this id, once it is visible. */
    public String textOf(String id) {
        return textOf(By.id(id));
    }

    public String textOf(By locator) {
        return waitUntil(ExpectedConditions.visibilityOfElementLocated(locator)).getText();
    }

    /** Waits until the element (found afresh each poll, so it survives a page load) shows {@code text}. */
    public void waitForText(By locator, String text) {
        try {
            waitUntil(ExpectedConditions.textToBePresentInElementLocated(locator, text));
        } catch (TimeoutException e) {
            List<WebElement> found = driver().findElements(locator);
            throw new AssertionError("waited " + WAIT.toSeconds() + " s for " + locator + " to show \"" + text + "\" on "
                    + currentPath() + "; it shows " + (found.isEmpty() ? "nothing (no such element)" : "\"" + found.get(0).getText() + "\""), e);
        }
    }

    public void waitForText(String id, String text) {
        waitForText(By.id(id), text);
    }

    public WebElement waitFor(By locator) {
        return waitUntil(ExpectedConditions.visibilityOfElementLocated(locator));
    }

    public boolean isPresent(By locator) {
        return !driver().findElements(locator).isEmpty();
    }

    public List<String> texts(By locator) {
        List<String> texts = new ArrayList<>();
        for (WebElement e : driver().findElements(locator)) {
            texts.add(e.getText());
        }
        return texts;
    }

    public <T> T waitUntil(ExpectedCondition<T> condition) {
        return new WebDriverWait(driver(), WAIT).until(condition);
    }

    public Object js(String script, Object... args) {
        return driver().executeScript(script, args);
    }

    /** Pixels the page is wider than the viewport (0 when nothing scrolls sideways). */
    public long horizontalOverflow() {
        return ((Number) js("const e = document.documentElement; return e.scrollWidth - e.clientWidth;")).longValue();
    }

    // ---- viewport and fonts -----------------------------------------------------------------------------------

    /**
     * Emulates a viewport of exactly this size: a window cannot shrink below about 500 px, and a headless window's
     * viewport is smaller than its --window-size. {@link #reset} restores the desktop size before each test.
     */
    public void viewport(int width, int height, boolean mobile) {
        driver().executeCdpCommand("Emulation.setDeviceMetricsOverride",
                Map.of("width", width, "height", height, "deviceScaleFactor", 1, "mobile", mobile));
    }

    public void desktopViewport() {
        viewport(DESKTOP_WIDTH, DESKTOP_HEIGHT, false);
    }

    public void phoneViewport() {
        viewport(PHONE_WIDTH, PHONE_HEIGHT, true);
    }

    /**
     * The fonts Chromium really drew the text of the first element matching {@code cssSelector} with: family name
     * to glyph count (DevTools CSS.getPlatformFontsForNode). Tells a real Devanagari glyph from a fallback box.
     */
    @SuppressWarnings("unchecked")
    public Map<String, Integer> renderedFonts(String cssSelector) {
        driver().executeCdpCommand("DOM.enable", Map.of());
        driver().executeCdpCommand("CSS.enable", Map.of());
        Map<String, Object> document = driver().executeCdpCommand("DOM.getDocument", Map.of("depth", 0));
        Object rootId = ((Map<String, Object>) document.get("root")).get("nodeId");
        Object nodeId = driver().executeCdpCommand("DOM.querySelector", Map.of("nodeId", rootId, "selector", cssSelector))
                .get("nodeId");
        if (nodeId == null || ((Number) nodeId).intValue() == 0) {
            throw new AssertionError("no element matches " + cssSelector + " on " + currentPath());
        }
        List<Map<String, Object>> fonts = (List<Map<String, Object>>) driver()
                .executeCdpCommand("CSS.getPlatformFontsForNode", Map.of("nodeId", nodeId)).get("fonts");
        Map<String, Integer> byFamily = new LinkedHashMap<>();
        for (Map<String, Object> font : fonts) {
            byFamily.merge((String) font.get("familyName"), ((Number) font.get("glyphCount")).intValue(), Integer::sum);
        }
        return byFamily;
    }

    // ---- evidence -----------------------------------------------------------------------------------------

    /** Saves the viewport as {@code target/screenshots/<name>.png} and returns the file. */
    public Path screenshot(String name) {
        try {
            Files.createDirectories(SCREENSHOTS);
            Path file = SCREENSHOTS.resolve(name + ".png");
            Files.write(file, driver().getScreenshotAs(OutputType.BYTES));
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A failed test's last page: screenshot, HTML and address, without hiding the failure if this fails too. */
    private void saveEvidence(String name) {
        if (driver == null) {
            return;
        }
        try {
            Path png = screenshot(name);
            Files.writeString(SCREENSHOTS.resolve(name + ".html"),
                    "<!-- " + driver.getCurrentUrl() + " -->\n" + driver.getPageSource(), StandardCharsets.UTF_8);
            LOG.infof("browser evidence of the failure: %s (and .html)", png.toAbsolutePath());
        } catch (RuntimeException | IOException e) {
            LOG.warnf("could not save a screenshot of the failure: %s", e.getMessage());
        }
    }

    private static void appendQuietly(Path file, String text) {
        try {
            Files.writeString(file, text, StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        } catch (IOException e) {
            LOG.debugf("could not write %s: %s", file, e.getMessage());
        }
    }

    private static void deleteQuietly(Path dir) {
        if (dir == null) {
            return;
        }
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
        } catch (IOException | UncheckedIOException e) {
            LOG.debugf("could not delete %s: %s", dir, e.getMessage());
        }
    }
}
