package org.resumepipeline.http;

import com.sun.net.httpserver.HttpExchange;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;

/**
 * The API token of the HTTP routes, compared in constant time. API clients send it in {@code Authorization:
 * Bearer}; the browser pages may instead be admitted by a {@link BrowserSessions} session (with its CSRF token on
 * requests that change state). Immutable, thread-safe.
 */
public final class BearerToken {
    private static final String SCHEME = "Bearer ";

    private final byte[] token;
    private final BrowserSessions sessions;

    private BearerToken(final byte[] token, final BrowserSessions sessions) {
        this.token = token;
        this.sessions = sessions;
    }

    /** @param token the configured token; null or blank means none */
    public static BearerToken of(final String token) {
        return new BearerToken(token == null || token.isBlank() ? null : token.getBytes(StandardCharsets.UTF_8),
                null);
    }

    /**
     * @param sessions the browser sessions that are admitted as well as the bearer token
     * @return this token, also admitting those sessions
     */
    public BearerToken withSessions(final BrowserSessions sessions) {
        return new BearerToken(token, sessions);
    }

    /** @return true when the given text is the configured token (a login form's field) */
    public boolean matches(final String candidate) {
        return token != null && candidate != null
                && MessageDigest.isEqual(token, candidate.trim().getBytes(StandardCharsets.UTF_8));
    }

    /**
     * @param exchange a request this token admitted
     * @return how the request was let in, for audit records, never the token itself: {@code token 1a2b3c4d} (the
     *         first 8 hex digits of the token's SHA-256) for the bearer token, {@code session of token 1a2b3c4d} for
     *         a browser session, {@code no token (loopback)} when no token is configured
     */
    public String principal(final HttpExchange exchange) {
        if (token == null) {
            return "no token (loopback)";
        }
        return (presentIn(exchange) ? "token " : "session of token ") + id();
    }

    /** @return the first 8 hex digits of the SHA-256 of the token: names it in audit records without telling it */
    String id() {
        try {
            return java.util.HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(token), 0, 4);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
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

    /**
     * @return true when no token is configured, or the request carries it, or it carries a browser session (and
     *         that session's CSRF token when it changes state)
     */
    public boolean admits(final HttpExchange exchange) {
        return token == null || presentIn(exchange) || sessions != null && sessions.admits(exchange);
    }
}
