package org.resumepipeline.report.render;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import org.resumepipeline.model.Json;

/**
 * A minimal Chrome DevTools Protocol client over the JDK's WebSocket: send a command, wait for its reply.
 * Events are ignored. Thread-safe.
 */
final class DevToolsSession implements AutoCloseable {
    private final WebSocket socket;
    private final Duration timeout;
    private final AtomicInteger ids = new AtomicInteger();
    private final Map<Integer, CompletableFuture<JsonNode>> pending = new ConcurrentHashMap<>();

    private DevToolsSession(final HttpClient client, final URI endpoint, final Duration timeout)
            throws IOException {
        this.timeout = timeout;
        this.socket = await(client.newWebSocketBuilder().connectTimeout(timeout)
                .buildAsync(endpoint, new Listener()), timeout, "connect to " + endpoint);
    }

    /**
     * @param endpoint a page target's webSocketDebuggerUrl
     * @param timeout  for connecting and for each command
     * @return a connected session
     * @throws IOException when the connection fails
     */
    static DevToolsSession connect(final URI endpoint, final Duration timeout) throws IOException {
        return new DevToolsSession(HttpClient.newBuilder().connectTimeout(timeout).build(), endpoint, timeout);
    }

    /**
     * @return the command's result object
     * @throws IOException when the browser answers with an error or not in time
     */
    JsonNode send(final String method, final Map<String, ?> params) throws IOException {
        final int id = ids.incrementAndGet();
        final ObjectNode message = Json.MAPPER.createObjectNode().put("id", id).put("method", method);
        message.set("params", Json.MAPPER.valueToTree(params));
        final CompletableFuture<JsonNode> reply = new CompletableFuture<>();
        pending.put(id, reply);
        try {
            synchronized (socket) {
                await(socket.sendText(message.toString(), true), timeout, method);
            }
            final JsonNode answer = await(reply, timeout, method);
            if (answer.has("error")) {
                throw new IOException(method + " failed: " + answer.get("error"));
            }
            return answer.path("result");
        } finally {
            pending.remove(id);
        }
    }

    /**
     * Evaluates a JavaScript expression in the page (promises awaited) and returns its value as JSON.
     *
     * @throws IOException when the expression throws or the browser does not answer
     */
    JsonNode evaluate(final String expression) throws IOException {
        final JsonNode result = send("Runtime.evaluate", Map.of("expression", expression, "returnByValue", true,
                "awaitPromise", true));
        if (result.has("exceptionDetails")) {
            throw new IOException("script failed: " + result.get("exceptionDetails"));
        }
        return result.path("result").path("value");
    }

    @Override
    public void close() {
        socket.abort();
    }

    private static <T> T await(final CompletableFuture<T> future, final Duration timeout, final String what)
            throws IOException {
        try {
            return future.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted: " + what, e);
        } catch (ExecutionException e) {
            throw new IOException(what + ": " + e.getCause(), e.getCause());
        } catch (TimeoutException e) {
            throw new IOException("no answer within " + timeout + ": " + what, e);
        }
    }

    /** Joins fragmented text frames and completes the reply with the matching id. */
    private final class Listener implements WebSocket.Listener {
        private final StringBuilder text = new StringBuilder();

        @Override
        public CompletionStage<?> onText(final WebSocket webSocket, final CharSequence data, final boolean last) {
            text.append(data);
            if (last) {
                final String message = text.toString();
                text.setLength(0);
                try {
                    final JsonNode node = Json.MAPPER.readTree(message);
                    if (node.has("id")) {
                        final CompletableFuture<JsonNode> reply = pending.get(node.get("id").asInt());
                        if (reply != null) {
                            reply.complete(node);
                        }
                    }
                } catch (IOException e) {
                    pending.values().forEach(f -> f.completeExceptionally(e));
                }
            }
            webSocket.request(1);
            return null;
        }

        @Override
        public void onError(final WebSocket webSocket, final Throwable error) {
            pending.values().forEach(f -> f.completeExceptionally(error));
        }
    }
}
