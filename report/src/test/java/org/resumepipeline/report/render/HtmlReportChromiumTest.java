package org.resumepipeline.report.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.resumepipeline.model.Json;

/**
 * Loads the HTML report in Debian's headless Chromium, clicks a candidate's toggle and presses Enter on another
 * through the DevTools protocol, checks the bullets and findings became visible and that hostile text stayed text,
 * and saves a screenshot to {@code target/screenshots/report.png}. Skipped when /usr/bin/chromium is absent.
 */
class HtmlReportChromiumTest {
    private static final Duration TIMEOUT = Duration.ofSeconds(20);

    @BeforeAll
    static void requireChromium() {
        Assumptions.assumeTrue(Files.isExecutable(ChromiumProcess.BINARY), "no " + ChromiumProcess.BINARY);
    }

    @Test
    @Timeout(120)
    void shouldExpandCandidatesByClickAndKeyboardAndKeepHostileTextInert() throws Exception {
        final byte[] page = HtmlReport.render(ReportFixtures.report()).getBytes(StandardCharsets.UTF_8);
        final HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", exchange -> {
            exchange.getResponseHeaders().set("Content-Type", "text/html; charset=utf-8");
            exchange.sendResponseHeaders(200, page.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(page);
            }
        });
        server.start();
        final String url = "http://127.0.0.1:" + server.getAddress().getPort() + "/batches/"
                + ReportFixtures.BATCH + "/report.html";
        try (ChromiumProcess chromium = ChromiumProcess.start(url, TIMEOUT);
             DevToolsSession cdp = DevToolsSession.connect(pageTarget(chromium.devtools(), url), TIMEOUT)) {
            await().atMost(TIMEOUT).until(() -> "complete".equals(cdp.evaluate("document.readyState").asText()));
            assertThat(cdp.evaluate(visible("#doc-1-details")).asBoolean()).isFalse();
            assertThat(cdp.evaluate(visible("#doc-1-details .bullet")).asBoolean()).isFalse();

            click(cdp, "doc-1-toggle");

            assertThat(cdp.evaluate("document.getElementById('doc-1-toggle').getAttribute('aria-expanded')")
                    .asText()).isEqualTo("true");
            assertThat(cdp.evaluate(visible("#doc-1-details")).asBoolean()).isTrue();
            assertThat(cdp.evaluate(visible("#doc-1-details .bullet")).asBoolean()).isTrue();
            assertThat(cdp.evaluate("document.querySelector('#doc-1-details .bullet').textContent").asText())
                    .isEqualTo(ReportFixtures.STRONG_BULLET);
            assertThat(cdp.evaluate(visible("#doc-1-details mark[data-rules='PRONOUN']")).asBoolean()).isTrue();

            pressEnterOn(cdp, "doc-3-toggle");

            assertThat(cdp.evaluate(visible("#doc-3-details mark.overlap")).asBoolean()).isTrue();
            assertThat(cdp.evaluate("[...document.querySelectorAll('#doc-3-details mark')].map(m => m.title)"
                    + ".join('|')").asText()).contains("PASSIVE (info): Reads as passive\nVAGUE (warn): Vague");
            assertThat(cdp.evaluate("document.querySelectorAll('#doc-3-details .bullet')[1].textContent").asText())
                    .isEqualTo(ReportFixtures.HOSTILE_BULLET);
            assertThat(cdp.evaluate("typeof window.__pwned").asText()).isEqualTo("undefined");
            assertThat(cdp.evaluate("document.querySelectorAll('script').length").asInt()).isEqualTo(1);
            assertThat(cdp.evaluate("document.querySelectorAll('img').length").asInt()).isZero();
            assertThat(cdp.evaluate(visible("#doc-2-details")).asBoolean()).isFalse();

            final Path png = screenshot(cdp);
            System.out.println("Screenshot: " + png.toAbsolutePath());
            assertThat(Files.size(png)).isGreaterThan(10_000);
        } finally {
            server.stop(0);
        }
    }

    /** @return a JS expression: true when the first element matching the selector is rendered and visible */
    private static String visible(final String selector) {
        return "(() => { const e = document.querySelector(\"" + selector + "\"); if (!e) return false; "
                + "const r = e.getBoundingClientRect(); return e.checkVisibility() && r.width > 0 && r.height > 0; })()";
    }

    /** A real mouse click at the centre of the element, after scrolling it into view. */
    private static void click(final DevToolsSession cdp, final String id) throws IOException {
        final JsonNode at = cdp.evaluate("(() => { const b = document.getElementById('" + id + "'); "
                + "b.scrollIntoView({block: 'center'}); const r = b.getBoundingClientRect(); "
                + "return {x: r.x + r.width / 2, y: r.y + r.height / 2}; })()");
        final double x = at.get("x").asDouble();
        final double y = at.get("y").asDouble();
        cdp.send("Input.dispatchMouseEvent", Map.of("type", "mouseMoved", "x", x, "y", y));
        cdp.send("Input.dispatchMouseEvent", Map.of("type", "mousePressed", "x", x, "y", y, "button", "left",
                "clickCount", 1));
        cdp.send("Input.dispatchMouseEvent", Map.of("type", "mouseReleased", "x", x, "y", y, "button", "left",
                "clickCount", 1));
    }

    /** Focuses the element and presses Enter on the keyboard, as a keyboard user would. */
    private static void pressEnterOn(final DevToolsSession cdp, final String id) throws IOException {
        cdp.evaluate("document.getElementById('" + id + "').focus()");
        assertThat(cdp.evaluate("document.activeElement.id").asText()).isEqualTo(id);
        final Map<String, Object> enter = Map.of("key", "Enter", "code", "Enter", "windowsVirtualKeyCode", 13,
                "nativeVirtualKeyCode", 13);
        final Map<String, Object> down = new HashMap<>(enter);
        down.put("type", "keyDown");
        down.put("text", "\r");
        cdp.send("Input.dispatchKeyEvent", down);
        final Map<String, Object> up = new HashMap<>(enter);
        up.put("type", "keyUp");
        cdp.send("Input.dispatchKeyEvent", up);
        assertThat(cdp.evaluate("document.getElementById('" + id + "').getAttribute('aria-expanded')").asText())
                .isEqualTo("true");
    }

    private static Path screenshot(final DevToolsSession cdp) throws IOException {
        cdp.evaluate("window.scrollTo(0, 0)");
        final JsonNode size = cdp.send("Page.getLayoutMetrics", Map.of()).path("cssContentSize");
        final double width = Math.max(800, size.path("width").asDouble());
        final double height = Math.min(6000, Math.max(600, size.path("height").asDouble()));
        final JsonNode shot = cdp.send("Page.captureScreenshot", Map.of("format", "png", "captureBeyondViewport",
                true, "clip", Map.of("x", 0, "y", 0, "width", width, "height", height, "scale", 1)));
        final Path png = Path.of(System.getProperty("basedir", "."), "target", "screenshots", "report.png");
        Files.createDirectories(png.getParent());
        Files.write(png, Base64.getDecoder().decode(shot.get("data").asText()));
        return png;
    }

    /** @return the DevTools endpoint of the page showing the url, once the browser lists it */
    private static URI pageTarget(final URI browser, final String url) {
        final HttpClient http = HttpClient.newBuilder().connectTimeout(TIMEOUT).build();
        final URI list = URI.create("http://" + browser.getAuthority() + "/json/list");
        return await().atMost(TIMEOUT).until(() -> findPage(http, list, url), Optional::isPresent).orElseThrow();
    }

    private static Optional<URI> findPage(final HttpClient http, final URI list, final String url)
            throws IOException, InterruptedException {
        final HttpResponse<String> response = http.send(HttpRequest.newBuilder(list).timeout(TIMEOUT).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        for (final JsonNode target : Json.MAPPER.readTree(response.body())) {
            if ("page".equals(target.path("type").asText()) && target.path("url").asText().startsWith(url)
                    && target.has("webSocketDebuggerUrl")) {
                return Optional.of(URI.create(target.get("webSocketDebuggerUrl").asText()));
            }
        }
        return Optional.empty();
    }
}
