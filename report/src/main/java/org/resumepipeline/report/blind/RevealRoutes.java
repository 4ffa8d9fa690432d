package org.resumepipeline.report.blind;

import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.io.InputStream;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.kafka.streams.errors.InvalidStateStoreException;
import org.resumepipeline.http.BearerToken;
import org.resumepipeline.http.HttpResponses;
import org.resumepipeline.http.HttpRoutes;
import org.resumepipeline.model.DocumentKeys;
import org.resumepipeline.model.Json;
import org.resumepipeline.report.RemoteReports;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code POST /batches/{b}/documents/{key}/reveal} ({@code key} the full document key, URL-encoded, or its hash
 * part): the identity behind a pseudonym, with the bearer token (or a browser session and its CSRF token) like every
 * write route. The optional JSON body {@code {"reviewer": "name"}} names who asks; the audit record says so beside
 * the token's id. Answers 200 with a {@link RevealedIdentity} ({@code Cache-Control: no-store}), 404 for no such
 * document, 401 without the token, 503 when the audit record cannot be written (then nothing is revealed).
 * Also {@code POST} {@value RemoteReports#REVEAL_PATH}, where another report instance sends the reveals of the
 * documents this one holds. Thread-safe.
 */
public final class RevealRoutes implements HttpRoutes {
    private static final Pattern REVEAL = Pattern.compile("^/batches/([^/]+)/documents/(.+)/reveal$");
    private static final int MAX_BODY_BYTES = 4096;
    private static final int MAX_REVIEWER_CHARS = 100;
    private static final Logger LOG = LoggerFactory.getLogger(RevealRoutes.class);

    private final Reveals reveals;
    private final BearerToken token;

    public RevealRoutes(final Reveals reveals, final BearerToken token) {
        this.reveals = reveals;
        this.token = token;
    }

    @Override
    public boolean handle(final HttpExchange exchange) throws IOException {
        if (!"POST".equals(exchange.getRequestMethod())) {
            return false;
        }
        if (RemoteReports.REVEAL_PATH.equals(exchange.getRequestURI().getRawPath())) {
            forInstance(exchange);
            return true;
        }
        final Matcher m = REVEAL.matcher(exchange.getRequestURI().getRawPath());
        if (!m.matches()) {
            return false;
        }
        if (!token.admits(exchange)) {
            HttpResponses.unauthorized(exchange);
            return true;
        }
        final String batch = URLDecoder.decode(m.group(1), StandardCharsets.UTF_8);
        final String id = URLDecoder.decode(m.group(2), StandardCharsets.UTF_8);
        final String key = id.contains("/") ? id : batch + "/" + id;
        if (!DocumentKeys.isValidBatch(batch) || !key.startsWith(batch + "/") || key.length() == batch.length() + 1) {
            HttpResponses.error(exchange, 400, "give a document key of this batch: /batches/{b}/documents/"
                    + "{b}%2F{sha256}/reveal or /batches/{b}/documents/{sha256}/reveal");
            return true;
        }
        final Optional<String> reviewer = reviewer(exchange);
        if (reviewer == null) {
            HttpResponses.error(exchange, 400, "send nothing, or JSON {\"reviewer\": \"your name\"} (at most "
                    + MAX_REVIEWER_CHARS + " characters)");
            return true;
        }
        final String principal = token.principal(exchange);
        final String by = reviewer.map(r -> r + " (" + principal + ")").orElse(principal);
        answer(exchange, () -> reveals.reveal(key, by), "no such document in this batch",
                "A reveal was refused: its audit record could not be written",
                "cannot write the audit record right now, so nothing was revealed; try again");
        return true;
    }

    /**
     * {@code POST} {@value RemoteReports#REVEAL_PATH} from another report instance, whose reveal asked for a document
     * this one holds: {@code {"document": KEY, "by": WHO}}; audited and answered here, as the public route is.
     */
    private void forInstance(final HttpExchange exchange) throws IOException {
        if (!token.admits(exchange)) {
            HttpResponses.unauthorized(exchange);
            return;
        }
        final JsonNode json;
        try (InputStream in = exchange.getRequestBody()) {
            json = Json.MAPPER.readTree(in.readNBytes(MAX_BODY_BYTES + 1));
        } catch (IOException e) {
            HttpResponses.error(exchange, 400, "send JSON {\"document\": KEY, \"by\": WHO}");
            return;
        }
        final String key = json == null ? null : json.path("document").asText(null);
        final String by = json == null ? null : json.path("by").asText(null);
        if (key == null || by == null || key.lastIndexOf('/') <= 0
                || !DocumentKeys.isValidBatch(DocumentKeys.batchOf(key))) {
            HttpResponses.error(exchange, 400, "send JSON {\"document\": KEY, \"by\": WHO}");
            return;
        }
        answer(exchange, () -> reveals.revealHere(key, by), "no such document here",
                "A reveal asked by another report instance was refused: its audit record could not be written",
                "cannot write the audit record right now, so nothing was revealed");
    }

    /**
     * Reveals (the audit record first, in {@code reveal}) and answers: 200 with the identity ({@code Cache-Control:
     * no-store}), 404 with {@code missing}, 503 while the stores are not ready, 503 with {@code refused} (and
     * {@code refusedLog} in the log) when the audit record cannot be written.
     */
    private static void answer(final HttpExchange exchange, final Supplier<Optional<RevealedIdentity>> reveal,
                               final String missing, final String refusedLog, final String refused)
            throws IOException {
        try {
            final Optional<RevealedIdentity> identity = reveal.get();
            exchange.getResponseHeaders().set("Cache-Control", "no-store");
            if (identity.isEmpty()) {
                HttpResponses.error(exchange, 404, missing);
            } else {
                HttpResponses.json(exchange, 200, identity.get());
            }
        } catch (InvalidStateStoreException e) {
            exchange.getResponseHeaders().add("Retry-After", "2");
            HttpResponses.error(exchange, 503, "reports are not ready yet (stores are starting or rebalancing)");
        } catch (IllegalStateException e) {
            LOG.warn(refusedLog, e);
            HttpResponses.error(exchange, 503, refused);
        }
    }

    /** @return the reviewer's name, empty when none was given, null when the body is not acceptable */
    private static Optional<String> reviewer(final HttpExchange exchange) throws IOException {
        final byte[] body;
        try (InputStream in = exchange.getRequestBody()) {
            body = in.readNBytes(MAX_BODY_BYTES + 1);
        }
        if (body.length > MAX_BODY_BYTES) {
            return null;
        }
        if (body.length == 0 || new String(body, StandardCharsets.UTF_8).isBlank()) {
            return Optional.empty();
        }
        final JsonNode json;
        try {
            json = Json.MAPPER.readTree(body);
        } catch (IOException e) {
            return null;
        }
        final JsonNode name = json == null ? null : json.get("reviewer");
        if (name == null || name.isNull()) {
            return Optional.empty();
        }
        final String clean = name.isTextual() ? name.asText().replaceAll("\\p{Cntrl}", " ").strip() : null;
        return clean == null || clean.length() > MAX_REVIEWER_CHARS ? null
                : clean.isEmpty() ? Optional.empty() : Optional.of(clean);
    }
}
