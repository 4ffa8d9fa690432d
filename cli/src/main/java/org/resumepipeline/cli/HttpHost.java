package org.resumepipeline.cli;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.io.IOException;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import org.resumepipeline.http.HttpResponses;
import org.resumepipeline.http.HttpRoutes;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one HTTP server: mounts every stage's routes, {@code /metrics}, {@code /health/live} (and its old name
 * {@code /healthz}) and {@code /health/ready} (200 while every Streams app of the JVM runs, else 503). Reads
 * ({@code GET}, {@code HEAD}) are answered on the server's threads; requests with a body (uploads, batches,
 * rulesets) run on their own threads, at most {@link HttpServerSettings#MAX_UPLOADS} at once, so clients that are
 * slow to send a body cannot keep the reports from anyone. Closing stops it.
 */
final class HttpHost implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(HttpHost.class);

    private final HttpServer server;
    private final BooleanSupplier ready;
    private final ThreadPoolExecutor reads =
            pool("rp-http", HttpServerSettings.READ_THREADS, new LinkedBlockingQueue<>());
    private final ThreadPoolExecutor uploads =
            pool("rp-http-upload", HttpServerSettings.MAX_UPLOADS, new SynchronousQueue<>());

    HttpHost(final String bind, final int port, final PrometheusMeterRegistry registry, final List<HttpRoutes> routes,
             final BooleanSupplier ready) throws IOException {
        this.ready = ready;
        this.server = HttpServerSettings.bind(bind, port);
        server.setExecutor(reads);
        server.createContext("/", exchange -> route(exchange, registry, routes));
        server.start();
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
                // on a thread that serves reads: the body is not waited for, the connection is closed
                exchange.getResponseHeaders().set("Connection", "close");
                HttpResponses.text(exchange, 503, "too many uploads at once; try again in a second\n");
            }
        }
    }

    private void dispatch(final HttpExchange exchange, final PrometheusMeterRegistry registry,
                                 final List<HttpRoutes> routes) throws IOException {
        try (exchange) {
            final String path = exchange.getRequestURI().getPath();
            if ("/metrics".equals(path)) {
                HttpResponses.send(exchange, 200, "text/plain; version=0.0.4; charset=utf-8", registry.scrape());
                return;
            }
            if ("/health/ready".equals(path)) {
                final boolean isReady = ready.getAsBoolean();
                HttpResponses.text(exchange, isReady ? 200 : 503, isReady ? "ready\n" : "not ready\n");
                return;
            }
            if ("/healthz".equals(path) || "/health/live".equals(path)) {
                HttpResponses.text(exchange, 200, "ok\n");
                return;
            }
            for (final HttpRoutes route : routes) {
                if (route.handle(exchange)) {
                    return;
                }
            }
            if ("/".equals(path)) {
                // no start page in this JVM (the report stage runs elsewhere)
                HttpResponses.redirect(exchange, "/batches");
                return;
            }
            HttpResponses.text(exchange, 404, "not found\n");
        } catch (RuntimeException e) {
            LOG.warn("HTTP {} {} failed", exchange.getRequestMethod(), exchange.getRequestURI().getPath(), e);
            try {
                HttpResponses.text(exchange, 500, "internal error\n");
            } catch (IOException | RuntimeException ignored) {
                LOG.debug("response already started", ignored);
            }
        }
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
