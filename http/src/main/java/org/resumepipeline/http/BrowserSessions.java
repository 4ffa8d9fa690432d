package org.resumepipeline.http;

import com.sun.net.httpserver.HttpExchange;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.LongSupplier;

/**
 * Sessions of the recruiters' browser pages when the server has an API token: a user who typed the token once gets
 * an HttpOnly, SameSite=Strict session cookie (the token itself never goes into a page), and a CSRF token that every
 * state-changing request sends back in {@value #CSRF_HEADER}. Sessions live in memory (a restart logs everyone
 * out), expire {@link #LIFETIME} after login, and at most {@value #MAX_SESSIONS} are kept (the oldest goes first).
 * Thread-safe.
 */
public final class BrowserSessions {
    /** The session cookie's name. */
    public static final String COOKIE = "rp_session";
    /** The request header carrying the CSRF token of the session. */
    public static final String CSRF_HEADER = "X-CSRF-Token";
    /** How long a session lasts after login. */
    public static final Duration LIFETIME = Duration.ofHours(8);
    static final int MAX_SESSIONS = 1000;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final Map<String, Session> sessions = new LinkedHashMap<>();
    private final LongSupplier clock;

    /** Sessions on the system clock. */
    public BrowserSessions() {
        this(System::currentTimeMillis);
    }

    BrowserSessions(final LongSupplier clock) {
        this.clock = clock;
    }

    /**
     * One login.
     *
     * @param id        the cookie value
     * @param csrf      the CSRF token the pages send back
     * @param expiresAt epoch millis
     */
    public record Session(String id, String csrf, long expiresAt) {
        /** @return the {@code Set-Cookie} header value of this session */
        public String cookie() {
            return COOKIE + "=" + id + "; Path=/; HttpOnly; SameSite=Strict; Max-Age=" + LIFETIME.toSeconds();
        }
    }

    /** @return a new session */
    public synchronized Session create() {
        final Session session = new Session(random(), random(), clock.getAsLong() + LIFETIME.toMillis());
        sessions.put(session.id(), session);
        while (sessions.size() > MAX_SESSIONS) {
            sessions.remove(sessions.keySet().iterator().next());
        }
        return session;
    }

    /** @return the live session whose cookie the request carries */
    public Optional<Session> find(final HttpExchange exchange) {
        final String id = cookie(exchange.getRequestHeaders().getFirst("Cookie"));
        if (id == null) {
            return Optional.empty();
        }
        synchronized (this) {
            final Session session = sessions.get(id);
            if (session == null) {
                return Optional.empty();
            }
            if (session.expiresAt() <= clock.getAsLong()) {
                sessions.remove(id);
                return Optional.empty();
            }
            return Optional.of(session);
        }
    }

    /** Ends the session the request carries, if any. */
    public synchronized void end(final HttpExchange exchange) {
        find(exchange).ifPresent(s -> sessions.remove(s.id()));
    }

    /**
     * @return true when the request carries a live session and, unless it is a {@code GET} or {@code HEAD}, that
     *         session's CSRF token in {@value #CSRF_HEADER}
     */
    public boolean admits(final HttpExchange exchange) {
        final Optional<Session> session = find(exchange);
        if (session.isEmpty()) {
            return false;
        }
        final String method = exchange.getRequestMethod();
        if ("GET".equals(method) || "HEAD".equals(method)) {
            return true;
        }
        final String sent = exchange.getRequestHeaders().getFirst(CSRF_HEADER);
        return sent != null && MessageDigest.isEqual(session.get().csrf().getBytes(StandardCharsets.UTF_8),
                sent.trim().getBytes(StandardCharsets.UTF_8));
    }

    /** @return the session id in a {@code Cookie} header, or null */
    static String cookie(final String header) {
        if (header == null) {
            return null;
        }
        for (final String pair : header.split(";")) {
            final String p = pair.trim();
            if (p.startsWith(COOKIE + "=")) {
                return p.substring(COOKIE.length() + 1);
            }
        }
        return null;
    }

    private static String random() {
        final byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
