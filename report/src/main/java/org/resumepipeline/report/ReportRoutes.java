package org.resumepipeline.report;

import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.kafka.streams.errors.InvalidStateStoreException;
import org.resumepipeline.model.DocumentKeys;
import org.resumepipeline.model.Json;
import org.resumepipeline.http.BearerToken;
import org.resumepipeline.http.HttpResponses;
import org.resumepipeline.http.HttpRoutes;
import org.resumepipeline.report.render.CsvReport;
import org.resumepipeline.report.render.HtmlReport;

/**
 * The report stage's HTTP routes: {@code GET /batches}, {@code GET /batches/{b}/report.json|csv|html},
 * {@code GET /documents/{key}}. Thread-safe.
 */
public final class ReportRoutes implements HttpRoutes {
    private static final Pattern REPORT = Pattern.compile("^/batches/([^/]+)/report\\.(json|csv|html)$");
    private static final Pattern DOCUMENT = Pattern.compile("^/documents/(.+)$");

    private static final Pattern INTERNAL = Pattern.compile("^" + RemoteReports.PREFIX
            + "/(documents|aggregates)(?:/([^/]+))?$|^" + RemoteReports.PREFIX + "/document$");

    /** The index links each batch to its live page (which links the printable report). */
    private static final Function<String, String> LIVE_BATCH_PAGE =
            batch -> "/batches/" + java.net.URLEncoder.encode(batch, StandardCharsets.UTF_8);

    private final ReportService service;
    private final BearerToken token;

    /** A single instance without a token on the internal routes. */
    public ReportRoutes(final ReportService service) {
        this(service, null);
    }

    /**
     * @param service the queries
     * @param token   bearer token required on the internal routes other instances call, or null
     */
    public ReportRoutes(final ReportService service, final String token) {
        this.service = service;
        this.token = BearerToken.of(token);
    }

    @Override
    public boolean handle(final HttpExchange exchange) throws IOException {
        if (!"GET".equals(exchange.getRequestMethod()) && !"HEAD".equals(exchange.getRequestMethod())) {
            return false;
        }
        final String path = exchange.getRequestURI().getPath();
        try {
            final Matcher internal = INTERNAL.matcher(path);
            if (internal.matches()) {
                internal(exchange, internal);
                return true;
            }
            if ("/batches".equals(path) || "/batches/".equals(path)) {
                final var batches = service.batches();
                if (wantsHtml(exchange)) {
                    HttpResponses.send(exchange, 200, "text/html; charset=utf-8",
                            HtmlReport.renderIndex(batches, LIVE_BATCH_PAGE));
                } else {
                    HttpResponses.json(exchange, 200, batches);
                }
                return true;
            }
            final Matcher report = REPORT.matcher(path);
            if (report.matches()) {
                final String batch = URLDecoder.decode(report.group(1), StandardCharsets.UTF_8);
                if (!DocumentKeys.isValidBatch(batch)) {
                    HttpResponses.text(exchange, 400, "invalid batch name\n");
                    return true;
                }
                final Optional<BatchReport> found = service.report(batch);
                if (found.isEmpty()) {
                    HttpResponses.text(exchange, 404, "no results for batch " + batch + " (yet)\n");
                    return true;
                }
                final Function<BatchReport, String> render = switch (report.group(2)) {
                    case "csv" -> CsvReport::render;
                    case "html" -> HtmlReport::render;
                    default -> ReportRoutes::json;
                };
                final String type = switch (report.group(2)) {
                    case "csv" -> "text/csv; charset=utf-8";
                    case "html" -> "text/html; charset=utf-8";
                    default -> HttpResponses.JSON;
                };
                HttpResponses.send(exchange, 200, type, render.apply(found.get()));
                return true;
            }
            final Matcher doc = DOCUMENT.matcher(path);
            if (doc.matches()) {
                final String key = URLDecoder.decode(doc.group(1), StandardCharsets.UTF_8);
                final var result = service.document(key);
                if (result.isEmpty()) {
                    HttpResponses.text(exchange, 404, "no such document\n");
                } else {
                    HttpResponses.json(exchange, 200, result.get());
                }
                return true;
            }
        } catch (InvalidStateStoreException e) {
            exchange.getResponseHeaders().add("Retry-After", "2");
            HttpResponses.text(exchange, 503, "reports are not ready yet (stores are starting or rebalancing)\n");
            return true;
        }
        return false;
    }

    /** Local-only answers for the other report instances: a blind batch's DOCs redacted, as every view has them. */
    private void internal(final HttpExchange exchange, final Matcher m) throws IOException {
        if (!token.admits(exchange)) {
            HttpResponses.unauthorized(exchange);
            return;
        }
        final String what = m.group(1);
        final String arg = m.group(2) == null ? null : URLDecoder.decode(m.group(2), StandardCharsets.UTF_8);
        final Object body;
        if (what == null) {
            final String query = exchange.getRequestURI().getRawQuery();
            final String key = query == null || !query.startsWith("key=") ? ""
                    : URLDecoder.decode(query.substring(4), StandardCharsets.UTF_8);
            body = service.localDocumentForInstances(key).orElse(null);
        } else if ("documents".equals(what)) {
            body = arg == null ? null : service.localDocumentsForInstances(arg);
        } else {
            body = arg == null ? service.localBatches() : service.localAggregate(arg).orElse(null);
        }
        if (body == null) {
            HttpResponses.text(exchange, 404, "not here\n");
        } else {
            HttpResponses.json(exchange, 200, body);
        }
    }

    /** @return the batch report JSON of the public schema */
    public static String json(final BatchReport report) {
        try {
            return Json.MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(report);
        } catch (IOException e) {
            throw new IllegalStateException("cannot write the report", e);
        }
    }

    private static boolean wantsHtml(final HttpExchange exchange) {
        final String accept = exchange.getRequestHeaders().getFirst("Accept");
        return accept != null && accept.contains("text/html");
    }
}
