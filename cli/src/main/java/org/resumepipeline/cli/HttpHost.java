package org.resumepipeline.cli;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.io.IOException;
import java.net.BindException;
import java.net.InetSocketAddress;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.resumepipeline.model.http.HttpResponses;
import org.resumepipeline.model.http.HttpRoutes;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one HTTP server: mounts every stage's routes, {@code /metrics} and {@code /healthz}. Closing stops it.
 */
final class HttpHost implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(HttpHost.class);

    private final HttpServer server;
    private final ExecutorService executor;

    HttpHost(final String bind, final int port, final PrometheusMeterRegistry registry, final List<HttpRoutes> routes)
            throws IOException {
        HttpServer s;
        try {
            s = HttpServer.create(new InetSocketAddress(bind, port), 64);
        } catch (BindException e) {
            LOG.warn("port {} is busy; serving HTTP on a free port instead", port);
            s = HttpServer.create(new InetSocketAddress(bind, 0), 64);
        }
        this.server = s;
        this.executor = Executors.newFixedThreadPool(4, r -> {
            final Thread t = new Thread(r, "rp-http");
            t.setDaemon(true);
            return t;
        });
        server.setExecutor(executor);
        server.createContext("/", exchange -> dispatch(exchange, registry, routes));
        server.start();
    }

    private static void dispatch(final HttpExchange exchange, final PrometheusMeterRegistry registry,
                                 final List<HttpRoutes> routes) throws IOException {
        try (exchange) {
            final String path = exchange.getRequestURI().getPath();
            if ("/metrics".equals(path)) {
                send(exchange, 200, "text/plain; version=0.0.4; charset=utf-8", registry.scrape());
                return;
            }
            if ("/healthz".equals(path)) {
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
        executor.shutdownNow();
    }
}
