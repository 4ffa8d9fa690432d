package org.resumepipeline.report.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;
import org.resumepipeline.report.render.HtmlReport;

/**
 * The web app's static files, read once from the class path: the style sheet (the report pages' styles and the
 * app's own) and one script per page. Only these names are served. Thread-safe.
 */
final class Assets {
    /** A served file. */
    record Asset(String type, byte[] body) {
    }

    private static final Map<String, Asset> FILES = Map.of(
            "app.css", new Asset("text/css; charset=utf-8",
                    (HtmlReport.styles() + read("app.css")).getBytes(StandardCharsets.UTF_8)),
            "upload.js", script("upload.js"),
            "batch.js", script("batch.js"));

    private Assets() {
    }

    /** @return the file of that name, if it is one of ours */
    static Optional<Asset> find(final String name) {
        return Optional.ofNullable(FILES.get(name));
    }

    private static Asset script(final String name) {
        return new Asset("text/javascript; charset=utf-8", read(name).getBytes(StandardCharsets.UTF_8));
    }

    private static String read(final String name) {
        try (InputStream in = Assets.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing web asset " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read web asset " + name, e);
        }
    }
}
