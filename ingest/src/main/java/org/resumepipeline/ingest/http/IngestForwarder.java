package org.resumepipeline.ingest.http;

import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.resumepipeline.http.BearerToken;
import org.resumepipeline.http.HttpResponses;
import org.resumepipeline.http.HttpRoutes;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The upload routes of {@link IngestRoutes} ({@code PUT /batches/{b}}, {@code POST /batches/{b}/documents}) on a
 * server that does not ingest (the report service, {@code rp report --ingest-url URL}): each request is checked
 * with the same token (or browser session and CSRF token) as this server's other writing routes, then forwarded to
 * the ingest-server at that URL with the request body streamed, never held in memory, and the configured token as
 * {@code Authorization: Bearer}. The ingest-server's status, body, {@code Content-Type}, {@code Retry-After} and
 * {@code WWW-Authenticate} come back as they are; 502 with a JSON error when it cannot be reached, 504 when it does
 * not answer within {@link #ANSWER_TIMEOUT}. Other requests are left to other routes. Thread-safe.
 */
public final class IngestForwarder implements HttpRoutes {
    /** How long the ingest-server has to take the body and answer (it answers within 15 s when Kafka is down). */
    static final Duration ANSWER_TIMEOUT = Duration.ofSeconds(60);
    private static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(5);
    private static final List<String> RESPONSE_HEADERS = List.of("Retry-After", "WWW-Authenticate");
    private static final Logger LOG = LoggerFactory.getLogger(IngestForwarder.class);

    private final URI ingestServer;
    private final BearerToken admits;
    private final String token;
    private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(CONNECT_TIMEOUT).followRedirects(HttpClient.Redirect.NEVER).build();

    /**
     * @param ingestServer the ingest-server's base URL ({@code http://ingest-server:8080}), http or https
     * @param admits       who may write through this server: its token and browser sessions
     * @param token        the API token sent to the ingest-server, or null/blank for none
     * @throws IllegalArgumentException when the URL is not an absolute http(s) URL with a host
     */
    public IngestForwarder(final URI ingestServer, final BearerToken admits, final String token) {
        Objects.requireNonNull(ingestServer, "ingestServer");
        final String scheme = ingestServer.getScheme() == null ? "" : ingestServer.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https") || ingestServer.getHost() == null
                || ingestServer.getRawQuery() != null || ingestServer.getRawFragment() != null) {
            throw new IllegalArgumentException("the ingest URL must be http(s)://HOST[:PORT][/PATH], not "
                    + ingestServer);
        }
        final String base = ingestServer.toString();
        this.ingestServer = URI.create(base.endsWith("/") ? base.substring(0, base.length() - 1) : base);
        this.admits = Objects.requireNonNull(admits, "admits");
        this.token = token == null || token.isBlank() ? null : token;
    }

    /** @return the ingest-server's base URL, without a trailing slash */
    public URI ingestServer() {
        return ingestServer;
    }

    @Override
    public boolean handle(final HttpExchange exchange) throws IOException {
        final String method = exchange.getRequestMethod();
        final String path = exchange.getRequestURI().getRawPath();
        if (!IngestRoutes.serves(method, path)) {
            return false;
        }
        try (exchange) {
            if (!admits.admits(exchange)) {
                HttpResponses.unauthorized(exchange);
                return true;
            }
            forward(exchange, method, path);
        }
        return true;
    }

    private void forward(final HttpExchange exchange, final String method, final String path) throws IOException {
        final String query = exchange.getRequestURI().getRawQuery();
        final HttpRequest.Builder request = HttpRequest.newBuilder(
                        URI.create(ingestServer + path + (query == null ? "" : "?" + query)))
                .timeout(ANSWER_TIMEOUT).method(method, body(exchange));
        final String type = exchange.getRequestHeaders().getFirst("Content-Type");
        if (type != null) {
            request.header("Content-Type", type);
        }
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        final HttpResponse<byte[]> answer;
        try {
            answer = client.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (HttpTimeoutException e) {
            LOG.warn("{} {}: the ingest-server at {} did not answer within {}", method, path, ingestServer,
                    ANSWER_TIMEOUT, e);
            HttpResponses.error(exchange, 504, "the ingest-server did not answer in time; try again");
            return;
        } catch (IOException e) {
            LOG.warn("{} {}: cannot reach the ingest-server at {}", method, path, ingestServer, e);
            HttpResponses.error(exchange, 502, "cannot reach the ingest-server; nothing was uploaded, try again"
                    + " once it runs");
            return;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            HttpResponses.error(exchange, 503, "the server is stopping; nothing was uploaded, try again");
            return;
        }
        for (final String header : RESPONSE_HEADERS) {
            answer.headers().firstValue(header).ifPresent(v -> exchange.getResponseHeaders().set(header, v));
        }
        HttpResponses.send(exchange, answer.statusCode(),
                answer.headers().firstValue("Content-Type").orElse("application/octet-stream"), answer.body());
    }

    /** @return the request body as a stream, with its length when the client gave one (the ingest-server's 413) */
    private static HttpRequest.BodyPublisher body(final HttpExchange exchange) {
        final HttpRequest.BodyPublisher stream = HttpRequest.BodyPublishers.ofInputStream(exchange::getRequestBody);
        final String length = exchange.getRequestHeaders().getFirst("Content-Length");
        if (length == null) {
            return stream;
        }
        try {
            final long bytes = Long.parseLong(length.trim());
            return bytes == 0 ? HttpRequest.BodyPublishers.noBody()
                    : bytes > 0 ? HttpRequest.BodyPublishers.fromPublisher(stream, bytes) : stream;
        } catch (NumberFormatException e) {
            return stream;
        }
    }
}
