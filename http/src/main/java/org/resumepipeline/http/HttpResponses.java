package org.resumepipeline.http;

import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.resumepipeline.model.Json;

/**
 * The one way a route writes a whole response: {@link #json}, {@link #text}, {@link #error} (JSON with the message),
 * {@link #unauthorized} (401 asking for the bearer token) and {@link #redirect}; {@link #send} for any other body
 * (HTML, CSV, YAML, metrics). Every response carries {@code X-Content-Type-Options: nosniff}, a {@code HEAD} request
 * gets the headers only. Stateless, thread-safe.
 */
public final class HttpResponses {
    /** The content type of {@link #json} and {@link #error}. */
    public static final String JSON = "application/json; charset=utf-8";
    /** The content type of {@link #text}. */
    public static final String TEXT = "text/plain; charset=utf-8";

    /** The largest body of a refused request read before answering: the JDK server's own default drain. */
    private static final long MAX_READ_BYTES = 64 * 1024;

    private HttpResponses() {
    }

    /** Sends {@code body} written as JSON by the pipeline's one mapper. */
    public static void json(final HttpExchange exchange, final int status, final Object body) throws IOException {
        send(exchange, status, JSON, Json.MAPPER.writeValueAsBytes(body));
    }

    /** Sends a plain-text body (a human reads it: listings, "not found"). */
    public static void text(final HttpExchange exchange, final int status, final String body) throws IOException {
        send(exchange, status, TEXT, body);
    }

    /** Sends {@code {"error": message}}; the message says what the client can do about it. */
    public static void error(final HttpExchange exchange, final int status, final String message) throws IOException {
        json(exchange, status, Map.of("error", message));
    }

    /** Sends 401 with {@code WWW-Authenticate: Bearer} and {@code {"error": "missing or wrong bearer token"}}. */
    public static void unauthorized(final HttpExchange exchange) throws IOException {
        exchange.getResponseHeaders().set("WWW-Authenticate", "Bearer");
        error(exchange, 401, "missing or wrong bearer token");
    }

    /**
     * An error answered before the request's body was read: a small body (up to {@link #MAX_READ_BYTES}) is read
     * first, so that the connection can serve the client's next request (the server would close it, and closing a
     * socket with unread input resets it, which can lose this answer); a larger one is not waited for, and the
     * answer says {@code Connection: close}. A caller that must not wait at all (the server's own refusal of a sixth
     * upload, on a thread that serves reads) sets {@code Connection: close} itself.
     */
    private static void refusedBody(final HttpExchange exchange) {
        final String length = exchange.getRequestHeaders().getFirst("Content-Length");
        try {
            if (length != null && Long.parseLong(length.strip()) <= MAX_READ_BYTES) {
                exchange.getRequestBody().readAllBytes();
                return;
            }
        } catch (NumberFormatException | IOException e) {
            // not a length, or the client went away: close
        }
        exchange.getResponseHeaders().set("Connection", "close");
    }

    private static boolean closing(final HttpExchange exchange) {
        return "close".equalsIgnoreCase(exchange.getResponseHeaders().getFirst("Connection"));
    }

    private static boolean declaresBody(final HttpExchange exchange) {
        final String length = exchange.getRequestHeaders().getFirst("Content-Length");
        return exchange.getRequestHeaders().containsKey("Transfer-Encoding")
                || length != null && !length.isBlank() && !"0".equals(length.strip());
    }

    /** Sends 302 to {@code location}, without a body. */
    public static void redirect(final HttpExchange exchange, final String location) throws IOException {
        exchange.getResponseHeaders().set("Location", location);
        exchange.getResponseHeaders().set("X-Content-Type-Options", "nosniff");
        exchange.sendResponseHeaders(302, -1);
        exchange.close();
    }

    /** Sends a UTF-8 text body with its status and content type. */
    public static void send(final HttpExchange exchange, final int status, final String type, final String body)
            throws IOException {
        send(exchange, status, type, body.getBytes(StandardCharsets.UTF_8));
    }

    /** Sends a body with its status and content type; a HEAD request gets the headers only. */
    public static void send(final HttpExchange exchange, final int status, final String type, final byte[] body)
            throws IOException {
        exchange.getResponseHeaders().set("Content-Type", type);
        exchange.getResponseHeaders().set("X-Content-Type-Options", "nosniff");
        if (status >= 400 && declaresBody(exchange) && !closing(exchange)) {
            refusedBody(exchange);
        }
        if ("HEAD".equals(exchange.getRequestMethod())) {
            exchange.sendResponseHeaders(status, -1);
            exchange.close();
            return;
        }
        exchange.sendResponseHeaders(status, body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }
}
