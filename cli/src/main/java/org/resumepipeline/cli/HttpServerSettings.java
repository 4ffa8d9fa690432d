package org.resumepipeline.cli;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.BindException;
import java.net.InetSocketAddress;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Everything that holds for every HTTP server this process starts, in one place: the JDK server's time limits, the
 * refusal to serve writes off loopback without a token, and how a server binds. Stateless.
 */
public final class HttpServerSettings {
    /** Requests with a body served at once; one more is answered 503 with {@code Retry-After}. */
    public static final int MAX_UPLOADS = 4;
    /** Time a client has to send a whole request, body included, before the server closes the connection. */
    public static final int MAX_REQUEST_SECONDS = 30;
    /** Threads answering reads ({@code GET}, {@code HEAD}). */
    public static final int READ_THREADS = 4;
    private static final int BACKLOG = 64;
    private static final Logger LOG = LoggerFactory.getLogger(HttpServerSettings.class);

    private HttpServerSettings() {
    }

    /**
     * Refuses to serve routes that write (uploads, batches, rulesets) without a token on anything but a loopback
     * address.
     *
     * @throws IllegalStateException when the address is not loopback and the token is null or blank
     */
    public static void checkBind(final InetSocketAddress address, final String token) {
        final boolean loopback = address.getAddress() != null && address.getAddress().isLoopbackAddress();
        if (!loopback && (token == null || token.isBlank())) {
            throw new IllegalStateException("refusing to serve uploads on " + address
                    + " without a token: set a token or bind to 127.0.0.1");
        }
    }

    /**
     * Creates (not starts) a server on {@code bind:port}, or on a free port when that one is busy, after
     * {@link #applyJdkLimits()}.
     */
    public static HttpServer bind(final String bind, final int port) throws IOException {
        applyJdkLimits();
        try {
            return HttpServer.create(new InetSocketAddress(bind, port), BACKLOG);
        } catch (BindException e) {
            LOG.warn("port {} is busy; serving HTTP on a free port instead", port);
            return HttpServer.create(new InetSocketAddress(bind, 0), BACKLOG);
        }
    }

    /**
     * The JDK server's limits, which it reads once, when the JVM's first server is created; a {@code -D} given on
     * the command line wins. A request must arrive whole within {@link #MAX_REQUEST_SECONDS} and its response be
     * read within 120 s, an idle connection is closed after 30 s, and a response sent before the request's body was
     * read closes the connection instead of reading up to 64 KB of that body first (which a stalled client would
     * never send).
     */
    public static void applyJdkLimits() {
        setIfAbsent("sun.net.httpserver.maxReqTime", Integer.toString(MAX_REQUEST_SECONDS));
        setIfAbsent("sun.net.httpserver.maxRspTime", "120");
        setIfAbsent("sun.net.httpserver.idleInterval", "30");
        setIfAbsent("sun.net.httpserver.drainAmount", "0");
    }

    private static void setIfAbsent(final String key, final String value) {
        if (System.getProperty(key) == null) {
            System.setProperty(key, value);
        }
    }
}
