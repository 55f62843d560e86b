package de.sozialplattform.search.web;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Stream;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.PageLoadStrategy;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.chromium.ChromiumDriverLogLevel;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * One headless Debian Chromium, driven by Debian's ChromeDriver, shared by every browser test of a test JVM.
 *
 * <p>Tests get it from {@link BrowserExtension} (annotate the class with {@link UsesBrowser} and take a
 * {@code Browser} parameter); the extension starts it on first use, keeps it in JUnit's root store and quits it when
 * the run ends. Before each test it is reset: blank page, no cookies or storage, phone-sized viewport
 * ({@link #PHONE}). Not thread-safe: browser tests run one after another (the build runs tests sequentially).
 *
 * <p>Selenium never looks for or downloads a browser or driver here: both paths are given explicitly, which makes
 * Selenium skip Selenium Manager (and the module's Surefire settings point {@code SE_MANAGER_PATH} at
 * {@code /bin/false}, so any slip fails instead of downloading).
 */
public final class Browser implements AutoCloseable {

    /** Debian's chromium; another path with {@code -Dsozial.test.chromium=...}. */
    public static final Path CHROMIUM = Path.of(System.getProperty("sozial.test.chromium", "/usr/bin/chromium"));
    /** Debian's chromium-driver; another path with {@code -Dsozial.test.chromedriver=...}. */
    public static final Path CHROMEDRIVER = Path.of(
            System.getProperty("sozial.test.chromedriver", "/usr/bin/chromedriver"));
    /** A common phone's screen (CSS pixels); every test starts with it. */
    public static final Screen PHONE = Screen.phone(390, 844);
    public static final Screen DESKTOP = Screen.desktop(1280, 800);
    public static final Duration PAGE_LOAD_TIMEOUT = Duration.ofSeconds(20);
    /** Longest wait for a page after a click in {@link #submit(String)}, and of {@link #waitFor(String)}. */
    public static final Duration WAIT_TIMEOUT = Duration.ofSeconds(10);

    /** Set (to anything but {@code false}) by {@code .ci/run}: a missing Chromium fails the tests, no skipping. */
    public static final String REQUIRE_BROWSER_ENV = "SOZIAL_REQUIRE_BROWSER";
    static final String NOT_INSTALLED = "Chromium not installed: apt-get install chromium chromium-driver"
            + " (CI installs it in .ci/run)";

    /** Flags this machine needs (STACK.md, "Browsers and fonts"), and German as the browser's language. */
    static final List<String> CHROMIUM_FLAGS = List.of(
            "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
            "--disable-background-networking", "--disable-component-update", "--disable-sync",
            "--disable-dev-shm-usage", "--disable-extensions", "--password-store=basic", "--lang=de-DE",
            "--window-size=1280,1000");

    // A strong reference: java.util.logging forgets the level of a logger that was garbage-collected.
    private static final Logger CDP_LOG = Logger.getLogger("org.openqa.selenium.devtools");

    private final ChromeDriverService service;
    private final ChromeDriver driver;
    private final Path profile;
    private final Duration startup;
    private final Thread shutdownHook;
    private boolean closed;

    private Browser(ChromeDriverService service, ChromeDriver driver, Path profile, Duration startup) {
        this.service = service;
        this.driver = driver;
        this.profile = profile;
        this.startup = startup;
        this.shutdownHook = new Thread(this::quit, "browser-shutdown");
        Runtime.getRuntime().addShutdownHook(shutdownHook);
    }

    /** Whether Debian's chromium and chromium-driver are installed. */
    public static boolean installed() {
        return Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
    }

    /** Whether a missing browser must fail the tests ({@value #REQUIRE_BROWSER_ENV} set, as {@code .ci/run} does). */
    public static boolean required() {
        String value = System.getenv(REQUIRE_BROWSER_ENV);
        return value != null && !value.isBlank() && !value.equalsIgnoreCase("false");
    }

    /** Starts ChromeDriver and Chromium; use the shared instance from {@link BrowserExtension} instead. */
    static Browser start() {
        long begin = System.nanoTime();
        // Selenium's OpenTelemetry tracing is compiled against a newer OpenTelemetry than Spring Boot manages; off.
        System.setProperty("webdriver.remote.enableTracing", "false");
        System.setProperty("webdriver.chrome.driver", CHROMEDRIVER.toString());
        // "Unable to find CDP implementation matching N": the tests use WebDriver and ChromeDriver's CDP command,
        // not Selenium's DevTools API (whose selenium-devtools-vN would have to follow Debian's Chromium).
        CDP_LOG.setLevel(Level.SEVERE);
        Path profile;
        Path log = logDir().resolve("chromedriver.log");
        try {
            profile = Files.createTempDirectory("sozial-chromium-");
            Files.createDirectories(logDir());
            Files.deleteIfExists(log);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments(CHROMIUM_FLAGS);
        options.addArguments("--user-data-dir=" + profile);
        options.setExperimentalOption("prefs", Map.of("intl.accept_languages", "de-DE,de"));
        options.setPageLoadStrategy(PageLoadStrategy.NORMAL);
        options.setPageLoadTimeout(PAGE_LOAD_TIMEOUT);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort()
                .withLogFile(log.toFile())
                .withLogLevel(ChromiumDriverLogLevel.WARNING)
                .build();
        ChromeDriver driver;
        try {
            driver = new ChromeDriver(service, options);
        } catch (RuntimeException e) {
            service.stop();
            deleteQuietly(profile);
            throw new IllegalStateException("Chromium did not start (" + CHROMIUM + " with " + CHROMEDRIVER
                    + "); ChromeDriver's log: " + log, e);
        }
        Browser browser = new Browser(service, driver, profile, Duration.ofNanos(System.nanoTime() - begin));
        browser.reset();
        return browser;
    }

    /** Where ChromeDriver's log and screenshots of failed tests go ({@code target/browser}). */
    public static Path logDir() {
        return Path.of("target", "browser").toAbsolutePath();
    }

    /** The Selenium driver, for anything this class does not cover. */
    public WebDriver driver() {
        return driver;
    }

    /** How long starting ChromeDriver and Chromium took. */
    public Duration startup() {
        return startup;
    }

    /** The browser's version as ChromeDriver reports it, e.g. {@code 156.0.8078.108}. */
    public String version() {
        return driver.getCapabilities().getBrowserVersion();
    }

    /** Loads a page and waits until it has loaded (at most {@link #PAGE_LOAD_TIMEOUT}). */
    public Browser open(String url) {
        driver.get(url);
        return this;
    }

    public String title() {
        return driver.getTitle();
    }

    public String url() {
        return driver.getCurrentUrl();
    }

    /** The current DOM as HTML. */
    public String html() {
        return driver.getPageSource();
    }

    /** The one element matching a CSS selector; fails if there is none. */
    public WebElement find(String css) {
        return driver.findElement(By.cssSelector(css));
    }

    public List<WebElement> findAll(String css) {
        return driver.findElements(By.cssSelector(css));
    }

    /** The visible text of the element matching a CSS selector. */
    public String text(String css) {
        return find(css).getText();
    }

    /** Replaces the value of a text field (input or textarea) by typing {@code value}. */
    public Browser fill(String css, String value) {
        WebElement field = find(css);
        field.clear();
        field.sendKeys(value);
        return this;
    }

    public Browser click(String css) {
        find(css).click();
        return this;
    }

    /**
     * Clicks an element that leads to a new page (a submit button, a link) and waits until the new page has loaded.
     */
    public Browser submit(String css) {
        WebElement page = driver.findElement(By.tagName("html"));
        find(css).click();
        WebDriverWait wait = new WebDriverWait(driver, WAIT_TIMEOUT);
        wait.until(d -> gone(page));
        wait.until(d -> "complete".equals(((JavascriptExecutor) d).executeScript("return document.readyState")));
        return this;
    }

    /**
     * Whether the element's page was replaced. Chromium sometimes answers for an element of an unloaded page with
     * "Node with given id does not belong to the document" (an unknown error) rather than a stale reference.
     */
    private static boolean gone(WebElement element) {
        try {
            element.isEnabled();
            return false;
        } catch (WebDriverException e) {
            return true;
        }
    }

    /** Waits until an element matching a CSS selector is visible and returns it. */
    public WebElement waitFor(String css) {
        return new WebDriverWait(driver, WAIT_TIMEOUT)
                .until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(css)));
    }

    /**
     * The viewport a test sees: its size in CSS pixels, and whether it is a phone's. Phones ({@code mobile}) honour
     * {@code <meta name="viewport">} (without it a page is laid out 980 pixels wide and scaled down, as on a real
     * phone), have overlay scrollbars and touch input ({@code (pointer: coarse)}); desktops have 15-pixel
     * scrollbars inside the viewport. Pixel ratio 1 in both, so screenshots stay small.
     */
    public record Screen(int width, int height, boolean mobile) {

        public static Screen phone(int width, int height) {
            return new Screen(width, height, true);
        }

        public static Screen desktop(int width, int height) {
            return new Screen(width, height, false);
        }
    }

    /**
     * Makes the viewport {@code screen} (tests start with {@link #PHONE}), the way DevTools' device mode does:
     * Chromium's own window cannot be narrower than 500 pixels and its height includes a simulated toolbar.
     */
    public Browser resize(Screen screen) {
        driver.executeCdpCommand("Emulation.setDeviceMetricsOverride", Map.of(
                "width", screen.width(), "height", screen.height(), "deviceScaleFactor", 1,
                "mobile", screen.mobile()));
        driver.executeCdpCommand("Emulation.setTouchEmulationEnabled", Map.of(
                "enabled", screen.mobile(), "maxTouchPoints", screen.mobile() ? 5 : 1));
        return this;
    }

    /** A desktop viewport of the given size; {@code resize(Screen.phone(w, h))} for a phone. */
    public Browser resize(int width, int height) {
        return resize(Screen.desktop(width, height));
    }

    /** The page's viewport ({@code window.innerWidth} × {@code innerHeight}). */
    public Dimension viewport() {
        @SuppressWarnings("unchecked")
        List<Number> size = (List<Number>) driver.executeScript("return [window.innerWidth, window.innerHeight]");
        return new Dimension(size.get(0).intValue(), size.get(1).intValue());
    }

    /** Runs JavaScript in the page and returns its result (see {@link JavascriptExecutor#executeScript}). */
    public Object script(String javascript, Object... arguments) {
        return driver.executeScript(javascript, arguments);
    }

    /** Saves a PNG of the viewport to {@code file} and returns it. */
    public Path screenshot(Path file) {
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            Files.write(file, driver.getScreenshotAs(OutputType.BYTES));
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * What every test starts with: no cookies (all sites), empty local and session storage of the page left open,
     * a blank page, one window, phone size.
     */
    void reset() {
        if (driver.getWindowHandles().size() > 1) {
            String first = driver.getWindowHandles().iterator().next();
            for (String handle : driver.getWindowHandles()) {
                if (!handle.equals(first)) {
                    driver.switchTo().window(handle).close();
                }
            }
            driver.switchTo().window(first);
        }
        if (driver.getCurrentUrl().startsWith("http")) {
            clearStorage();
        }
        driver.get("about:blank");
        driver.executeCdpCommand("Network.clearBrowserCookies", Map.of());
        resize(PHONE);
    }

    /** Clears local and session storage of the current page's origin. */
    public Browser clearStorage() {
        driver.executeScript("try { localStorage.clear(); sessionStorage.clear(); } catch (e) {}");
        return this;
    }

    /** Quits Chromium and ChromeDriver; called by JUnit when the run ends. */
    @Override
    public void close() {
        quit();
        try {
            Runtime.getRuntime().removeShutdownHook(shutdownHook);
        } catch (IllegalStateException shuttingDown) {
            // the hook runs or ran already
        }
    }

    private synchronized void quit() {
        if (closed) {
            return;
        }
        closed = true;
        try {
            driver.quit();
        } finally {
            service.stop();
            deleteQuietly(profile);
        }
    }

    private static void deleteQuietly(Path directory) {
        try (Stream<Path> paths = Files.walk(directory)) {
            paths.sorted(Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
        } catch (IOException | UncheckedIOException e) {
            // a temporary profile; the OS cleans up what is left
        }
    }
}
