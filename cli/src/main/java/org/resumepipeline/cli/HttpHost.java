package org.resumepipeline.cli;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.io.IOException;
import java.net.BindException;
import java.net.InetSocketAddress;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import org.resumepipeline.model.http.HttpResponses;
import org.resumepipeline.model.http.HttpRoutes;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one HTTP server: mounts every stage's routes, {@code /metrics}, {@code /health/live} (and its old name
 * {@code /healthz}) and {@code /health/ready} (200 while every Streams app of the JVM runs, else 503). Reads ({@code GET},
 * {@code HEAD}) are answered on the server's threads; requests with a body (uploads, batches, rulesets) run on
 * their own threads, at most {@link #MAX_UPLOADS} at once, so clients that are slow to send a body cannot keep
 * the reports from anyone. Closing stops it.
 */
final class HttpHost implements AutoCloseable {
    /** Requests with a body served at once; one more is answered 503 with {@code Retry-After}. */
    static final int MAX_UPLOADS = 4;
    /** Time a client has to send a whole request, body included, before the server closes the connection. */
    static final int MAX_REQUEST_SECONDS = 30;
    private static final int READ_THREADS = 4;
    private static final Logger LOG = LoggerFactory.getLogger(HttpHost.class);

    private final HttpServer server;
    private final BooleanSupplier ready;
    private final ThreadPoolExecutor reads = pool("rp-http", READ_THREADS, new LinkedBlockingQueue<>());
    private final ThreadPoolExecutor uploads = pool("rp-http-upload", MAX_UPLOADS, new SynchronousQueue<>());

    HttpHost(final String bind, final int port, final PrometheusMeterRegistry registry, final List<HttpRoutes> routes,
             final BooleanSupplier ready) throws IOException {
        this.ready = ready;
        applyServerLimits();
        HttpServer s;
        try {
            s = HttpServer.create(new InetSocketAddress(bind, port), 64);
        } catch (BindException e) {
            LOG.warn("port {} is busy; serving HTTP on a free port instead", port);
            s = HttpServer.create(new InetSocketAddress(bind, 0), 64);
        }
        this.server = s;
        server.setExecutor(reads);
        server.createContext("/", exchange -> route(exchange, registry, routes));
        server.start();
    }

    /**
     * The JDK server's limits, which it reads once, when the JVM's first server is created; a {@code -D} given on
     * the command line wins. A request must arrive whole within {@link #MAX_REQUEST_SECONDS} and its response be
     * read within 120 s, an idle connection is closed after 30 s, and a response sent before the request's body was
     * read closes the connection instead of reading up to 64 KB of that body first (which a stalled client would
     * never send).
     */
    static void applyServerLimits() {
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

    private static ThreadPoolExecutor pool(final String name, final int threads, final BlockingQueue<Runnable> queue) {
        final ThreadPoolExecutor pool = new ThreadPoolExecutor(threads, threads, 10, TimeUnit.SECONDS, queue, r -> {
            final Thread t = new Thread(r, name);
            t.setDaemon(true);
            return t;
        });
        pool.allowCoreThreadTimeOut(true);
        return pool;
    }

    private void route(final HttpExchange exchange, final PrometheusMeterRegistry registry,
                       final List<HttpRoutes> routes) throws IOException {
        final String method = exchange.getRequestMethod();
        if ("GET".equals(method) || "HEAD".equals(method)) {
            dispatch(exchange, registry, routes);
            return;
        }
        try {
            uploads.execute(() -> {
                try {
                    dispatch(exchange, registry, routes);
                } catch (IOException e) {
                    LOG.debug("HTTP {} {}: connection failed", method, exchange.getRequestURI().getPath(), e);
                }
            });
        } catch (RejectedExecutionException e) {
            try (exchange) {
                exchange.getResponseHeaders().set("Retry-After", "1");
                send(exchange, 503, "text/plain", "too many uploads at once; try again in a second\n");
            }
        }
    }

    private void dispatch(final HttpExchange exchange, final PrometheusMeterRegistry registry,
                                 final List<HttpRoutes> routes) throws IOException {
        try (exchange) {
            final String path = exchange.getRequestURI().getPath();
            if ("/metrics".equals(path)) {
                send(exchange, 200, "text/plain; version=0.0.4; charset=utf-8", registry.scrape());
                return;
            }
            if ("/health/ready".equals(path)) {
                final boolean isReady = ready.getAsBoolean();
                send(exchange, isReady ? 200 : 503, "text/plain", isReady ? "ready\n" : "not ready\n");
                return;
            }
            if ("/healthz".equals(path) || "/health/live".equals(path)) {
                send(exchange, 200, "text/plain", "ok\n");
                return;
            }
            if ("/".equals(path)) {
                exchange.getResponseHeaders().set("Location", "/batches");
                exchange.sendResponseHeaders(302, -1);
                return;
            }
            for (final HttpRoutes route : routes) {
                if (route.handle(exchange)) {
                    return;
                }
            }
            send(exchange, 404, "text/plain", "not found\n");
        } catch (RuntimeException e) {
            LOG.warn("HTTP {} {} failed", exchange.getRequestMethod(), exchange.getRequestURI().getPath(), e);
            try {
                send(exchange, 500, "text/plain", "internal error\n");
            } catch (IOException | RuntimeException ignored) {
                LOG.debug("response already started", ignored);
            }
        }
    }

    private static void send(final HttpExchange exchange, final int status, final String type, final String body)
            throws IOException {
        HttpResponses.send(exchange, status, type, body);
    }

    /** @return the bound port */
    int port() {
        return server.getAddress().getPort();
    }

    @Override
    public void close() {
        server.stop(0);
        uploads.shutdownNow();
        reads.shutdownNow();
    }
}
