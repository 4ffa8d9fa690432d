package org.resumepipeline.report.render;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.resumepipeline.report.browser.Axe;
import org.resumepipeline.report.browser.HeadlessChromium;

/**
 * Loads the HTML report in Debian's headless Chromium through Selenium, clicks a candidate's toggle and presses
 * Enter on another, checks the bullets and findings became visible, that hostile text stayed text and that axe-core
 * finds nothing serious, and saves a screenshot to {@code target/screenshots/report.png}. Skipped without
 * /usr/bin/chromium and /usr/bin/chromedriver.
 */
class HtmlReportChromiumTest {
    private static HttpServer server;
    private static HeadlessChromium chromium;

    @BeforeAll
    static void start() throws Exception {
        Assumptions.assumeTrue(HeadlessChromium.available(), "no Debian chromium and chromium-driver");
        final byte[] page = HtmlReport.render(ReportFixtures.report()).getBytes(StandardCharsets.UTF_8);
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", exchange -> {
            exchange.getResponseHeaders().set("Content-Type", "text/html; charset=utf-8");
            exchange.sendResponseHeaders(200, page.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(page);
            }
        });
        server.start();
        chromium = HeadlessChromium.start();
    }

    @AfterAll
    static void stop() throws Exception {
        if (chromium != null) {
            chromium.close();
        }
        if (server != null) {
            server.stop(0);
        }
    }

    @Test
    @Timeout(120)
    void shouldExpandCandidatesByClickAndKeyboardAndKeepHostileTextInert() throws Exception {
        final WebDriver driver = chromium.driver();
        driver.get("http://127.0.0.1:" + server.getAddress().getPort() + "/batches/" + ReportFixtures.BATCH
                + "/report.html");
        final WebElement details1 = driver.findElement(By.id("doc-1-details"));
        assertThat(details1.isDisplayed()).isFalse();

        driver.findElement(By.id("doc-1-toggle")).click();

        assertThat(driver.findElement(By.id("doc-1-toggle")).getAttribute("aria-expanded")).isEqualTo("true");
        assertThat(details1.isDisplayed()).isTrue();
        final WebElement bullet = details1.findElement(By.cssSelector(".bullet"));
        assertThat(bullet.isDisplayed()).isTrue();
        assertThat(bullet.getText()).isEqualTo(ReportFixtures.STRONG_BULLET);
        assertThat(details1.findElement(By.cssSelector("mark[data-rules='PRONOUN']")).isDisplayed()).isTrue();

        final WebElement toggle3 = driver.findElement(By.id("doc-3-toggle"));
        ((JavascriptExecutor) driver).executeScript("arguments[0].focus()", toggle3);
        assertThat(driver.switchTo().activeElement().getAttribute("id")).isEqualTo("doc-3-toggle");
        driver.switchTo().activeElement().sendKeys(Keys.ENTER);
        assertThat(toggle3.getAttribute("aria-expanded")).isEqualTo("true");

        final WebElement details3 = driver.findElement(By.id("doc-3-details"));
        assertThat(details3.findElement(By.cssSelector("mark.overlap")).isDisplayed()).isTrue();
        final List<String> titles = details3.findElements(By.tagName("mark")).stream()
                .map(m -> m.getAttribute("title")).toList();
        assertThat(String.join("|", titles)).contains("PASSIVE (info): Reads as passive\nVAGUE (warn): Vague");
        assertThat(details3.findElements(By.cssSelector(".bullet")).get(1).getText())
                .isEqualTo(ReportFixtures.HOSTILE_BULLET);
        final JavascriptExecutor js = (JavascriptExecutor) driver;
        assertThat(js.executeScript("return typeof window.__pwned")).isEqualTo("undefined");
        assertThat(driver.findElements(By.tagName("script"))).hasSize(1);
        assertThat(driver.findElements(By.tagName("img"))).isEmpty();
        assertThat(driver.findElement(By.id("doc-2-details")).isDisplayed()).isFalse();

        final List<Axe.Violation> violations = Axe.run(driver);
        System.out.println("axe-core on report.html: " + (violations.isEmpty() ? "no violations" : violations));
        assertThat(Axe.blocking(violations)).isEmpty();

        final Path png = chromium.screenshot("report");
        System.out.println("Screenshot: " + png.toAbsolutePath());
        assertThat(Files.size(png)).isGreaterThan(10_000);
    }
}
