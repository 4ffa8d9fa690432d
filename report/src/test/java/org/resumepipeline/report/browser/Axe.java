package org.resumepipeline.report.browser;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.resumepipeline.model.Json;

/**
 * Runs axe-core inside the page and returns its violations. The script is the {@code axe.min.js} that Deque's
 * {@code com.deque.html.axe-core:selenium} jar bundles (axe-core of the same version, pinned in the POM): no
 * network, no npm. It is injected through WebDriver, which the page's Content-Security-Policy does not govern.
 * Thread-safe.
 */
public final class Axe {
    /** The impacts a page must not have. */
    public static final Set<String> BLOCKING = Set.of("serious", "critical");
    private static final String SOURCE = read();

    /**
     * One rule violated.
     *
     * @param id      axe rule id, e.g. color-contrast
     * @param impact  minor, moderate, serious or critical
     * @param help    what the rule asks
     * @param targets CSS selectors of the offending nodes
     */
    public record Violation(String id, String impact, String help, List<String> targets) {
        @Override
        public String toString() {
            return impact + " " + id + ": " + help + " " + targets;
        }
    }

    private Axe() {
    }

    /** @return the violations axe-core finds in the current page (WCAG 2.x A and AA rules, and best practices) */
    public static List<Violation> run(final WebDriver driver) {
        final JavascriptExecutor js = (JavascriptExecutor) driver;
        js.executeScript(SOURCE);
        final Object result = js.executeAsyncScript("var done = arguments[arguments.length - 1];"
                + "axe.run(document, {resultTypes: ['violations']})"
                + ".then(function (r) { done(JSON.stringify(r.violations)); })"
                + ".catch(function (e) { done('error: ' + e); });");
        final String json = String.valueOf(result);
        if (json.startsWith("error: ")) {
            throw new IllegalStateException("axe-core failed: " + json);
        }
        try {
            final List<Violation> out = new ArrayList<>();
            for (final JsonNode v : Json.MAPPER.readTree(json)) {
                final List<String> targets = new ArrayList<>();
                v.path("nodes").forEach(n -> targets.add(n.path("target").toString()));
                out.add(new Violation(v.path("id").asText(), v.path("impact").asText(), v.path("help").asText(),
                        targets));
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the axe-core result", e);
        }
    }

    /** @return the violations of serious or critical impact */
    public static List<Violation> blocking(final List<Violation> violations) {
        return violations.stream().filter(v -> BLOCKING.contains(v.impact())).toList();
    }

    private static String read() {
        try (InputStream in = Axe.class.getClassLoader().getResourceAsStream("axe.min.js")) {
            if (in == null) {
                throw new IllegalStateException("axe.min.js is not on the test class path");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read axe.min.js", e);
        }
    }
}
