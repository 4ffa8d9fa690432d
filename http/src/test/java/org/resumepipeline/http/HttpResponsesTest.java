package org.resumepipeline.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The helpers answer a real JDK server's clients; each path of the test server calls one helper. */
class HttpResponsesTest {
    private static final String TOKEN = "s3cret";
    private static HttpServer server;
    private static URI base;
    private final HttpClient http = HttpClient.newHttpClient();

    @BeforeAll
    static void start() throws IOException {
        final BearerToken token = BearerToken.of(TOKEN);
        final HttpRoutes routes = exchange -> {
            switch (exchange.getRequestURI().getPath()) {
                case "/json" -> HttpResponses.json(exchange, 200, Map.of("items", List.of(1, 2)));
                case "/error" -> HttpResponses.error(exchange, 400, "say what to fix");
                case "/text" -> HttpResponses.text(exchange, 404, "not here\n");
                case "/moved" -> HttpResponses.redirect(exchange, "/json");
                case "/guarded" -> {
                    if (token.admits(exchange)) {
                        HttpResponses.text(exchange, 200, "in\n");
                    } else {
                        HttpResponses.unauthorized(exchange);
                    }
                }
                default -> {
                    return false;
                }
            }
            return true;
        };
        // as HttpServerSettings has it: a response before the body was read closes the connection
        System.setProperty("sun.net.httpserver.drainAmount", "0");
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", exchange -> {
            try (exchange) {
                if (!routes.handle(exchange)) {
                    exchange.sendResponseHeaders(500, -1);
                }
            }
        });
        server.start();
        base = URI.create("http://127.0.0.1:" + server.getAddress().getPort());
    }

    @AfterAll
    static void stop() {
        server.stop(0);
    }

    @Test
    void shouldWriteJsonWithItsTypeAndNosniff() throws Exception {
        final HttpResponse<String> r = get("/json");
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.body()).isEqualTo("{\"items\":[1,2]}");
        assertThat(r.headers().firstValue("Content-Type")).hasValue(HttpResponses.JSON);
        assertThat(r.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
    }

    @Test
    void shouldWriteAnErrorAsJsonWithItsMessage() throws Exception {
        final HttpResponse<String> r = get("/error");
        assertThat(r.statusCode()).isEqualTo(400);
        assertThat(r.body()).isEqualTo("{\"error\":\"say what to fix\"}");
    }

    @Test
    void shouldAskForTheBearerTokenTheSameWayEverywhere() throws Exception {
        final HttpResponse<String> anonymous = get("/guarded");
        assertThat(anonymous.statusCode()).isEqualTo(401);
        assertThat(anonymous.headers().firstValue("WWW-Authenticate")).hasValue("Bearer");
        assertThat(anonymous.body()).isEqualTo("{\"error\":\"missing or wrong bearer token\"}");
        final HttpResponse<String> wrong = send(request("/guarded").header("Authorization", "Bearer nope"));
        assertThat(wrong.statusCode()).isEqualTo(401);
        final HttpResponse<String> admitted = send(request("/guarded").header("Authorization", "bearer " + TOKEN));
        assertThat(admitted.statusCode()).isEqualTo(200);
        assertThat(admitted.body()).isEqualTo("in\n");
    }

    @Test
    void shouldAnswerARequestRefusedBeforeItsBodyWasReadAndServeTheNextOne() throws Exception {
        for (int i = 0; i < 200; i++) {
            final HttpResponse<String> refused = send(request("/guarded")
                    .PUT(HttpRequest.BodyPublishers.ofString("name: ruleset\n".repeat(200))));
            assertThat(refused.statusCode()).isEqualTo(401);
            assertThat(refused.body()).isEqualTo("{\"error\":\"missing or wrong bearer token\"}");
            assertThat(get("/json").statusCode()).isEqualTo(200);
        }
    }

    @Test
    void shouldAnswerHeadWithHeadersOnlyAndRedirectWithoutABody() throws Exception {
        final HttpResponse<String> head = send(request("/text").method("HEAD", HttpRequest.BodyPublishers.noBody()));
        assertThat(head.statusCode()).isEqualTo(404);
        assertThat(head.body()).isEmpty();
        assertThat(head.headers().firstValue("Content-Type")).hasValue(HttpResponses.TEXT);
        final HttpResponse<String> moved = get("/moved");
        assertThat(moved.statusCode()).isEqualTo(302);
        assertThat(moved.headers().firstValue("Location")).hasValue("/json");
    }

    private HttpResponse<String> get(final String path) throws Exception {
        return send(request(path));
    }

    private HttpRequest.Builder request(final String path) {
        return HttpRequest.newBuilder(base.resolve(path));
    }

    private HttpResponse<String> send(final HttpRequest.Builder request) throws Exception {
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
