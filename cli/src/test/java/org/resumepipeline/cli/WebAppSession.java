package org.resumepipeline.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.EnumSet;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.resumepipeline.broker.KafkaBootstrapExtension;
import org.resumepipeline.extract.ExtractConfig;
import org.resumepipeline.report.browser.HeadlessChromium;
import org.resumepipeline.score.Ruleset;

/**
 * What the browser tests of the recruiter's web app share: the whole pipeline (every stage, no token, on loopback)
 * on the class's broker, Debian's headless Chromium driving it, and the look-ups the pages are found by (labels,
 * the start page's file rows). Skips the test (an assumption) without chromium and chromium-driver. Not
 * thread-safe: one test thread.
 */
final class WebAppSession implements AutoCloseable {
    private final Pipeline pipeline;
    private final HeadlessChromium chromium;
    private final String base;

    private WebAppSession(final Pipeline pipeline, final HeadlessChromium chromium) {
        this.pipeline = pipeline;
        this.chromium = chromium;
        this.base = "http://127.0.0.1:" + pipeline.httpPort();
    }

    /** Starts the pipeline with its data under {@code dir}, then the browser. */
    static WebAppSession start(final Path dir) throws Exception {
        Assumptions.assumeTrue(HeadlessChromium.available(), "no Debian chromium and chromium-driver");
        final Pipeline pipeline = new Pipeline(new PipelineOptions(KafkaBootstrapExtension.bootstrap().servers(),
                dir.resolve("data"), "127.0.0.1", 0, 1, Ruleset.defaults(), ExtractConfig.defaults(),
                EnumSet.allOf(PipelineOptions.Stage.class), null, 0, null, null)).start();
        try {
            return new WebAppSession(pipeline, HeadlessChromium.start());
        } catch (IOException | RuntimeException e) {
            pipeline.close();
            throw e;
        }
    }

    HeadlessChromium chromium() {
        return chromium;
    }

    WebDriver driver() {
        return chromium.driver();
    }

    /** @return {@code http://127.0.0.1:port} of the pipeline's HTTP server */
    String base() {
        return base;
    }

    int port() {
        return pipeline.httpPort();
    }

    /** @return the control the label with exactly this text is for */
    WebElement labelled(final String text) {
        final WebElement label = driver().findElement(By.xpath("//label[normalize-space()='" + text + "']"));
        return driver().findElement(By.id(label.getAttribute("for")));
    }

    /** @return the start page's row of the file shown with this name */
    WebElement fileItem(final String file) {
        return driver().findElements(By.cssSelector("#file-list li")).stream()
                .filter(li -> li.findElement(By.className("file-name")).getText().equals(file)).findFirst()
                .orElseThrow();
    }

    /** @return the state the start page shows for this file ("ready", "uploading", "accepted", ...) */
    String fileState(final String file) {
        return fileItem(file).findElement(By.className("file-state")).getText();
    }

    Object js(final String script) {
        return ((JavascriptExecutor) driver()).executeScript(script);
    }

    /** @return the body of a {@code GET} of {@code path}, which must answer 200 */
    String get(final String path) throws IOException, InterruptedException {
        final HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create(base + path)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(200);
        return response.body();
    }

    @Override
    public void close() throws Exception {
        try {
            chromium.close();
        } finally {
            pipeline.close();
        }
    }
}
