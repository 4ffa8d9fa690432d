package org.resumepipeline.http;

import com.sun.net.httpserver.HttpExchange;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;

/** The API token of the HTTP routes, compared in constant time. Immutable, thread-safe. */
public final class BearerToken {
    private static final String SCHEME = "Bearer ";

    private final byte[] token;

    private BearerToken(final byte[] token) {
        this.token = token;
    }

    /** @param token the configured token; null or blank means none */
    public static BearerToken of(final String token) {
        return new BearerToken(token == null || token.isBlank() ? null : token.getBytes(StandardCharsets.UTF_8));
    }

    /** @return true when a token is configured */
    public boolean configured() {
        return token != null;
    }

    /** @return true when a token is configured and the request's {@code Authorization} header carries it */
    public boolean presentIn(final HttpExchange exchange) {
        if (token == null) {
            return false;
        }
        final String header = exchange.getRequestHeaders().getFirst("Authorization");
        return header != null && header.regionMatches(true, 0, SCHEME, 0, SCHEME.length())
                && MessageDigest.isEqual(token,
                header.substring(SCHEME.length()).trim().getBytes(StandardCharsets.UTF_8));
    }

    /** @return true when no token is configured, or the request carries it */
    public boolean admits(final HttpExchange exchange) {
        return token == null || presentIn(exchange);
    }
}
