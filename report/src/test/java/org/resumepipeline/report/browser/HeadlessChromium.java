package org.resumepipeline.report.browser;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Debian's headless Chromium driven by Debian's chromedriver through Selenium WebDriver. Both binaries are given
 * explicitly, so Selenium Manager never looks for (or downloads) a browser or a driver; the flags keep the browser
 * off the network. Tests skip (JUnit assumptions) when {@link #available()} is false. Not thread-safe: one test
 * thread drives it.
 */
public final class HeadlessChromium implements AutoCloseable {
    public static final Path BROWSER = Path.of("/usr/bin/chromium");
    public static final Path DRIVER = Path.of("/usr/bin/chromedriver");

    private final ChromeDriver driver;
    private final Path profile;
    private final Path downloads;

    private HeadlessChromium(final ChromeDriver driver, final Path profile, final Path downloads) {
        this.driver = driver;
        this.profile = profile;
        this.downloads = downloads;
    }

    /** @return true when both Debian binaries are installed */
    public static boolean available() {
        return Files.isExecutable(BROWSER) && Files.isExecutable(DRIVER);
    }

    /** Starts the browser with a fresh profile and a download folder of its own. */
    public static HeadlessChromium start() throws IOException {
        final Path profile = Files.createTempDirectory("rp-chromium-profile");
        final Path downloads = Files.createTempDirectory("rp-chromium-downloads");
        final ChromeOptions options = new ChromeOptions();
        options.setBinary(BROWSER.toFile());
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", "--window-size=1280,900", "--user-data-dir=" + profile);
        options.setExperimentalOption("prefs", Map.of("download.default_directory", downloads.toString(),
                "download.prompt_for_download", false));
        final ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(DRIVER.toFile()).usingAnyFreePort().build();
        final ChromeDriver driver = new ChromeDriver(service, options);
        driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(30));
        driver.executeCdpCommand("Browser.setDownloadBehavior", Map.of("behavior", "allow",
                "downloadPath", downloads.toString()));
        return new HeadlessChromium(driver, profile, downloads);
    }

    /** @return the WebDriver */
    public ChromeDriver driver() {
        return driver;
    }

    /** @return where downloads land */
    public Path downloads() {
        return downloads;
    }

    /**
     * Saves a full-page screenshot of the current page under {@code target/screenshots/}.
     *
     * @param name file name without extension
     * @return the PNG's path
     */
    public Path screenshot(final String name) throws IOException {
        ((JavascriptExecutor) driver).executeScript("window.scrollTo(0, 0)");
        final Map<String, Object> metrics = driver.executeCdpCommand("Page.getLayoutMetrics", Map.of());
        @SuppressWarnings("unchecked")
        final Map<String, Object> size = (Map<String, Object>) metrics.get("cssContentSize");
        final double width = Math.max(800, ((Number) size.get("width")).doubleValue());
        final double height = Math.min(8000, Math.max(600, ((Number) size.get("height")).doubleValue()));
        final Map<String, Object> shot = driver.executeCdpCommand("Page.captureScreenshot", Map.of("format", "png",
                "captureBeyondViewport", true, "clip", Map.of("x", 0, "y", 0, "width", width, "height", height,
                        "scale", 1)));
        final Path png = Path.of(System.getProperty("basedir", "."), "target", "screenshots", name + ".png");
        Files.createDirectories(png.getParent());
        Files.write(png, Base64.getDecoder().decode((String) shot.get("data")));
        return png;
    }

    @Override
    public void close() throws IOException {
        try {
            driver.quit();
        } finally {
            delete(profile);
            delete(downloads);
        }
    }

    private static void delete(final Path dir) throws IOException {
        try (var files = Files.walk(dir)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }
}
