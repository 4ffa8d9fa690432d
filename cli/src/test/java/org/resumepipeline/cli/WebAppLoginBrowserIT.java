package org.resumepipeline.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.resumepipeline.broker.KafkaBootstrapExtension;
import org.resumepipeline.broker.KafkaBootstrapExtension.KafkaBootstrap;
import org.resumepipeline.extract.ExtractConfig;
import org.resumepipeline.report.browser.Axe;
import org.resumepipeline.report.browser.HeadlessChromium;
import org.resumepipeline.score.Ruleset;

/**
 * With {@code RP_API_TOKEN} set, the web app asks for the token once and keeps a session: before logging in the
 * page cannot upload (the start page sends the browser to the login page, and the upload routes answer 401), a
 * wrong token is refused, the session cookie is out of the page's reach (HttpOnly), a request that changes state
 * needs the session's CSRF token as well, and API clients keep using the bearer token exactly as before. Ingest and
 * report stages only, on a real broker, in Debian's headless Chromium.
 */
@ExtendWith(KafkaBootstrapExtension.class)
class WebAppLoginBrowserIT {
    private static final String TOKEN = "it-web-token";

    @Test
    void shouldAskForTheTokenOnceAndNeedTheSessionAndItsCsrfTokenToUpload(final KafkaBootstrap kafka,
                                                                           @TempDir final Path dir)
            throws Exception {
        Assumptions.assumeTrue(HeadlessChromium.available(), "no Debian chromium and chromium-driver");
        final Path resume = Files.writeString(dir.resolve("grace.txt"), WebAppDocuments.resume("Grace Example",
                "Engineer", List.of("Cut build times from 20 to 4 minutes by caching Gradle outputs")),
                StandardCharsets.UTF_8);
        final PipelineOptions options = new PipelineOptions(kafka.servers(), dir.resolve("data"), "127.0.0.1", 0, 1,
                Ruleset.defaults(), ExtractConfig.defaults(),
                EnumSet.of(PipelineOptions.Stage.INGEST, PipelineOptions.Stage.REPORT), TOKEN, 0, null, null);
        try (Pipeline pipeline = new Pipeline(options).start(); HeadlessChromium chromium = HeadlessChromium.start()) {
            final String base = "http://127.0.0.1:" + pipeline.httpPort();
            final WebDriver driver = chromium.driver();
            driver.get(base + "/");
            assertThat(driver.getCurrentUrl()).isEqualTo(base + "/login");
            assertThat(driver.findElements(By.xpath("//button[normalize-space()='Upload']"))).isEmpty();
            assertThat(fetchStatus(driver, "PUT", "/batches/web-login", null)).isEqualTo(401);
            assertThat(fetchStatus(driver, "POST", "/batches/web-login/documents?filename=a.txt", null))
                    .isEqualTo(401);
            final List<Axe.Violation> violations = Axe.run(driver);
            System.out.println("axe-core on the login page: " + (violations.isEmpty() ? "no violations"
                    : violations));
            assertThat(Axe.blocking(violations)).isEmpty();
            chromium.screenshot("login");

            driver.findElement(By.id("token")).sendKeys("not-the-token");
            driver.findElement(By.xpath("//button[normalize-space()='Log in']")).click();
            assertThat(driver.findElement(By.id("login-error")).getText()).contains("not this server's token");
            driver.get(base + "/");
            assertThat(driver.getCurrentUrl()).isEqualTo(base + "/login");

            driver.findElement(By.id("token")).sendKeys(TOKEN);
            driver.findElement(By.xpath("//button[normalize-space()='Log in']")).click();
            // the form's redirect may still be under way when click() returns
            await().atMost(Duration.ofSeconds(10)).until(() -> driver.getCurrentUrl().equals(base + "/"));
            assertThat(driver.findElement(By.xpath("//button[normalize-space()='Upload']")).isDisplayed()).isTrue();
            assertThat(driver.getPageSource()).doesNotContain(TOKEN);
            assertThat(js(driver, "return document.cookie")).as("the session cookie is HttpOnly").isEqualTo("");
            assertThat(driver.manage().getCookieNamed("rp_session").isHttpOnly()).isTrue();
            assertThat(driver.manage().getCookieNamed("rp_session").getSameSite()).isEqualTo("Strict");
            assertThat(fetchStatus(driver, "PUT", "/batches/web-login", null)).as("session without CSRF token")
                    .isEqualTo(401);
            assertThat(fetchStatus(driver, "PUT", "/batches/web-login", "wrong")).isEqualTo(401);

            driver.findElement(By.id("batch-name")).sendKeys("web-login");
            driver.findElement(By.id("resumes")).sendKeys(resume.toString());
            driver.findElement(By.xpath("//button[normalize-space()='Upload']")).click();
            await().atMost(Duration.ofSeconds(30)).until(() -> driver.findElement(By.id("upload-status")).getText()
                    .startsWith("Upload finished"));
            assertThat(driver.findElement(By.id("upload-status")).getText())
                    .isEqualTo("Upload finished: 1 accepted, 0 already in the batch, 0 refused.");

            final HttpClient http = HttpClient.newHttpClient();
            final HttpResponse<String> bearer = http.send(HttpRequest.newBuilder(URI.create(base
                    + "/batches/web-login/documents?filename=api.txt")).header("Authorization", "Bearer " + TOKEN)
                    .POST(HttpRequest.BodyPublishers.ofString(WebAppDocuments.resume("Api Example", "Engineer",
                            List.of("Wrote the API client")))).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(bearer.statusCode()).as("API clients keep the bearer token").isEqualTo(202);
            final HttpResponse<String> anonymous = http.send(HttpRequest.newBuilder(URI.create(base
                    + "/batches/web-login/documents?filename=api.txt")).POST(HttpRequest.BodyPublishers.ofString("x"))
                    .build(), HttpResponse.BodyHandlers.ofString());
            assertThat(anonymous.statusCode()).isEqualTo(401);
            final HttpResponse<String> page = http.send(HttpRequest.newBuilder(URI.create(base + "/batches/web-login"))
                    .build(), HttpResponse.BodyHandlers.ofString());
            assertThat(page.statusCode()).as("pages need the session too").isEqualTo(303);
            assertThat(page.headers().firstValue("Content-Security-Policy")).hasValueSatisfying(csp ->
                    assertThat(csp).contains("script-src 'self'", "frame-ancestors 'none'"));
        }
    }

    /** @return the status of a same-origin fetch from the page, with the CSRF header when given */
    private static long fetchStatus(final WebDriver driver, final String method, final String path,
                                    final String csrf) {
        final Object status = ((JavascriptExecutor) driver).executeAsyncScript(
                "var done = arguments[arguments.length - 1];"
                        + "var h = {'Content-Type': 'application/json'}; if (arguments[2]) { h['X-CSRF-Token'] = arguments[2]; }"
                        + "fetch(arguments[1], {method: arguments[0], headers: h, body: '{}', credentials: 'same-origin'})"
                        + ".then(function (r) { done(r.status); }).catch(function (e) { done(-1); });",
                method, path, csrf);
        return ((Number) status).longValue();
    }

    private static Object js(final WebDriver driver, final String script) {
        return ((JavascriptExecutor) driver).executeScript(script);
    }
}
