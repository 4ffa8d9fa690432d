package org.resumepipeline.report.web;

import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.io.InputStream;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.kafka.streams.errors.InvalidStateStoreException;
import org.resumepipeline.model.DocumentKeys;
import org.resumepipeline.model.DocumentResult;
import org.resumepipeline.model.Json;
import org.resumepipeline.http.BearerToken;
import org.resumepipeline.http.BrowserSessions;
import org.resumepipeline.http.HttpResponses;
import org.resumepipeline.http.HttpRoutes;
import org.resumepipeline.report.BatchAggregate;
import org.resumepipeline.report.BatchReport;
import org.resumepipeline.report.ReportService;
import org.resumepipeline.report.render.CsvReport;

/**
 * The recruiters' web app routes:
 * <ul>
 *   <li>{@code GET /}: the start page that uploads a batch ({@link StartPage});</li>
 *   <li>{@code GET /batches/{b}}: the live batch page, {@code GET /batches/{b}/progress.json} its data,
 *   {@code GET /batches/{b}/charts} its pictures as an HTML fragment;</li>
 *   <li>{@code GET /batches/{b}/candidates/{id}}: one candidate, {@code id} being the hash part of its key;</li>
 *   <li>{@code GET /batches/{b}/compare?a=ID&b=ID}: two candidates side by side;</li>
 *   <li>{@code GET /batches/{b}/shortlist.json|csv?ids=ID,ID...}: the selected DOCs, as in the batch report;</li>
 *   <li>{@code GET /assets/{file}}: the pages' style sheet and scripts;</li>
 *   <li>{@code GET|POST /login}, {@code POST /logout}: with an API token, the session of the browser.</li>
 * </ul>
 * With a token configured every page but the login page needs the session (or the bearer token); without one
 * (loopback only) the pages are open, as the reports are. Every response carries the Content-Security-Policy of
 * {@link WebPage}. Thread-safe.
 */
public final class WebRoutes implements HttpRoutes {
    private static final Pattern BATCH = Pattern.compile("^/batches/([^/]+)(/progress\\.json|/charts|/compare"
            + "|/shortlist\\.json|/shortlist\\.csv|/candidates/([0-9a-f]{64}))?/?$");
    private static final Pattern ASSET = Pattern.compile("^/assets/([a-z]+\\.(?:js|css))$");
    private static final Pattern ID = Pattern.compile("[0-9a-f]{64}");
    private static final int MAX_LOGIN_BYTES = 4096;

    private final ReportService service;
    private final BearerToken token;
    private final BrowserSessions sessions;

    /**
     * @param service  the report queries
     * @param token    the API token, or null/blank for none
     * @param sessions the browser sessions, shared with the routes that check the token
     */
    public WebRoutes(final ReportService service, final String token, final BrowserSessions sessions) {
        this.service = service;
        this.token = BearerToken.of(token).withSessions(sessions);
        this.sessions = sessions;
    }

    /** @return the hash part of a document key, which names the candidate in URLs */
    static String idOf(final String key) {
        final int slash = key.lastIndexOf('/');
        return slash < 0 ? key : key.substring(slash + 1);
    }

    @Override
    public boolean handle(final HttpExchange exchange) throws IOException {
        final String method = exchange.getRequestMethod();
        final String path = exchange.getRequestURI().getRawPath();
        final boolean read = "GET".equals(method) || "HEAD".equals(method);
        if ("/login".equals(path)) {
            if (read) {
                loginPage(exchange);
                return true;
            }
            if ("POST".equals(method)) {
                login(exchange);
                return true;
            }
            return false;
        }
        if ("/logout".equals(path) && "POST".equals(method)) {
            if (token.admits(exchange)) {
                sessions.end(exchange);
            }
            redirect(exchange, "/login", "rp_session=; Path=/; HttpOnly; SameSite=Strict; Max-Age=0");
            return true;
        }
        if (!read) {
            return false;
        }
        final Matcher asset = ASSET.matcher(path);
        if (asset.matches()) {
            return asset(exchange, asset.group(1));
        }
        if ("/".equals(path)) {
            if (loginFirst(exchange)) {
                return true;
            }
            WebPage.send(exchange, 200, WebPage.render("Start a batch", session(exchange), "upload.js",
                    StartPage.body()));
            return true;
        }
        final Matcher batch = BATCH.matcher(path);
        if (!batch.matches()) {
            return false;
        }
        final String name = URLDecoder.decode(batch.group(1), StandardCharsets.UTF_8);
        if (!DocumentKeys.isValidBatch(name)) {
            return false;
        }
        if (loginFirst(exchange)) {
            return true;
        }
        try {
            batch(exchange, name, batch.group(2) == null ? "" : batch.group(2), batch.group(3));
        } catch (InvalidStateStoreException e) {
            exchange.getResponseHeaders().add("Retry-After", "2");
            WebPage.secure(exchange);
            HttpResponses.text(exchange, 503, "reports are not ready yet (stores are starting or rebalancing)\n");
        }
        return true;
    }

    private void batch(final HttpExchange exchange, final String name, final String what, final String id)
            throws IOException {
        final String path = "/batches/" + URLEncoder.encode(name, StandardCharsets.UTF_8);
        final Optional<BatchReport> report = service.report(name);
        if (what.isEmpty() || "/".equals(what)) {
            WebPage.send(exchange, 200, WebPage.render("Batch " + name, session(exchange), "batch.js",
                    BatchPage.body(name, report.or(() -> service.settings(name)).orElse(null))));
        } else if ("/progress.json".equals(what)) {
            final BatchReport r = report.orElse(new BatchReport(name, List.of(), BatchAggregate.empty(name),
                    service.batchMetadata(name).map(org.resumepipeline.model.Batch::jobDescription).orElse(null)));
            json(exchange, BatchProgress.of(r, service.localExtractedKeys(name)));
        } else if ("/charts".equals(what)) {
            WebPage.secure(exchange);
            HttpResponses.send(exchange, 200, "text/html; charset=utf-8", report.map(BatchCharts::render)
                    .orElse("<p class=\"muted\">The charts appear with the first results.</p>\n"));
        } else if (what.startsWith("/candidates/")) {
            final Optional<DocumentResult> doc = service.document(name + "/" + id);
            if (doc.isEmpty()) {
                notFound(exchange, "No such candidate in batch " + name + " (yet).");
                return;
            }
            WebPage.send(exchange, 200, WebPage.render(doc.get().file(), session(exchange), null,
                    CandidatePage.body(path, doc.get(), service.localText(name + "/" + id).orElse(null))));
        } else if ("/compare".equals(what)) {
            final List<DocumentResult> docs = selected(report, List.of(param(exchange, "a"), param(exchange, "b")));
            if (docs.size() != 2) {
                notFound(exchange, "Select two candidates of batch " + name + " to compare.");
                return;
            }
            WebPage.send(exchange, 200, WebPage.render("Compare candidates", session(exchange), null,
                    ComparePage.body(path, name, docs)));
        } else {
            final String ids = param(exchange, "ids");
            final List<DocumentResult> docs = selected(report, ids.isEmpty() ? List.of() : List.of(ids.split(",")));
            final String jd = report.map(BatchReport::jobDescription).orElse(null);
            final boolean csv = what.endsWith(".csv");
            exchange.getResponseHeaders().set("Content-Disposition", "attachment; filename=\"" + name + "-shortlist."
                    + (csv ? "csv" : "json") + "\"");
            WebPage.secure(exchange);
            if (csv) {
                HttpResponses.send(exchange, 200, "text/csv; charset=utf-8",
                        CsvReport.render(new BatchReport(name, docs, BatchAggregate.empty(name), jd)));
            } else {
                final Map<String, Object> out = new LinkedHashMap<>();
                out.put("batch", name);
                out.put("documents", docs);
                HttpResponses.send(exchange, 200, "application/json; charset=utf-8",
                        Json.MAPPER.writerWithDefaultPrettyPrinter().writeValueAsBytes(out));
            }
        }
    }

    /** @return the batch's documents with those ids, in ranking order */
    private static List<DocumentResult> selected(final Optional<BatchReport> report, final List<String> ids) {
        final Set<String> wanted = new LinkedHashSet<>();
        for (final String id : ids) {
            if (ID.matcher(id.trim()).matches()) {
                wanted.add(id.trim());
            }
        }
        final List<DocumentResult> out = new ArrayList<>();
        report.ifPresent(r -> r.documents().stream().filter(d -> wanted.contains(idOf(d.key()))).forEach(out::add));
        return out;
    }

    private boolean asset(final HttpExchange exchange, final String name) throws IOException {
        final Optional<Assets.Asset> found = Assets.find(name);
        if (found.isEmpty()) {
            return false;
        }
        WebPage.secure(exchange);
        exchange.getResponseHeaders().set("Cache-Control", "no-cache");
        HttpResponses.send(exchange, 200, found.get().type(), found.get().body());
        return true;
    }

    /** With a token and no session, sends the browser to the login page; @return true when it did */
    private boolean loginFirst(final HttpExchange exchange) throws IOException {
        if (token.admits(exchange)) {
            return false;
        }
        redirect(exchange, "/login", null);
        return true;
    }

    private BrowserSessions.Session session(final HttpExchange exchange) {
        return sessions.find(exchange).orElse(null);
    }

    private void loginPage(final HttpExchange exchange) throws IOException {
        if (!token.configured()) {
            redirect(exchange, "/", null);
            return;
        }
        WebPage.send(exchange, 200, WebPage.render("Log in", null, null, LoginPage.body(null)));
    }

    private void login(final HttpExchange exchange) throws IOException {
        final byte[] body;
        try (InputStream in = exchange.getRequestBody()) {
            body = in.readNBytes(MAX_LOGIN_BYTES + 1);
        }
        final String typed = body.length > MAX_LOGIN_BYTES ? null
                : form(new String(body, StandardCharsets.UTF_8)).get("token");
        if (!token.configured()) {
            redirect(exchange, "/", null);
        } else if (token.matches(typed)) {
            redirect(exchange, "/", sessions.create().cookie());
        } else {
            WebPage.send(exchange, 401, WebPage.render("Log in", null, null,
                    LoginPage.body("That is not this server's token. Ask whoever runs it for RP_API_TOKEN.")));
        }
    }

    private static Map<String, String> form(final String body) {
        final Map<String, String> out = new LinkedHashMap<>();
        for (final String pair : body.split("&")) {
            final int eq = pair.indexOf('=');
            if (eq > 0) {
                try {
                    out.put(URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
                            URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
                } catch (IllegalArgumentException e) {
                    return Map.of();
                }
            }
        }
        return out;
    }

    private static String param(final HttpExchange exchange, final String name) {
        final String query = exchange.getRequestURI().getRawQuery();
        if (query == null) {
            return "";
        }
        return form(query).getOrDefault(name, "");
    }

    private static void redirect(final HttpExchange exchange, final String to, final String cookie)
            throws IOException {
        WebPage.secure(exchange);
        if (cookie != null) {
            exchange.getResponseHeaders().add("Set-Cookie", cookie);
        }
        exchange.getResponseHeaders().set("Location", to);
        exchange.sendResponseHeaders(303, -1);
        exchange.close();
    }

    private static void notFound(final HttpExchange exchange, final String message) throws IOException {
        WebPage.send(exchange, 404, WebPage.render("Not found", null, null,
                "<h1>Not found</h1>\n<p>" + org.resumepipeline.report.render.HtmlReport.escape(message) + "</p>\n"));
    }

    private static void json(final HttpExchange exchange, final Object body) throws IOException {
        WebPage.secure(exchange);
        HttpResponses.json(exchange, 200, body);
    }
}
