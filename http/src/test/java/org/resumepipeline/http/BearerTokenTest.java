package org.resumepipeline.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The token check of the HTTP routes, on a real JDK HTTP server: bearer tokens for APIs, sessions for browsers. */
class BearerTokenTest {
    private final AtomicReference<BearerToken> token = new AtomicReference<>();
    private final AtomicLong now = new AtomicLong(1_000_000L);
    private final BrowserSessions sessions = new BrowserSessions(now::get);
    private final HttpClient client = HttpClient.newHttpClient();
    private HttpServer server;

    @BeforeEach
    void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", exchange -> {
            exchange.getRequestBody().readAllBytes();
            HttpResponses.send(exchange, token.get().admits(exchange) ? 200 : 401, "text/plain", "");
        });
        server.start();
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    @Test
    void shouldAdmitEveryoneWithoutATokenAndOnlyTheBearerWithOne() throws Exception {
        token.set(BearerToken.of(" "));
        assertThat(status("GET", null, null, null)).isEqualTo(200);
        token.set(BearerToken.of("s3cret").withSessions(sessions));
        assertThat(status("POST", "Bearer s3cret", null, null)).isEqualTo(200);
        assertThat(status("POST", "bearer s3cret ", null, null)).isEqualTo(200);
        assertThat(status("POST", "Bearer s3cre", null, null)).isEqualTo(401);
        assertThat(status("GET", null, null, null)).isEqualTo(401);
        assertThat(BearerToken.of("s3cret").matches(" s3cret")).isTrue();
        assertThat(BearerToken.of("s3cret").matches("other")).isFalse();
        assertThat(BearerToken.of(null).matches("")).isFalse();
    }

    @Test
    void shouldAdmitALiveSessionAndAskForItsCsrfTokenWhenTheRequestChangesState() throws Exception {
        token.set(BearerToken.of("s3cret").withSessions(sessions));
        final BrowserSessions.Session session = sessions.create();
        final String cookie = "theme=dark; " + BrowserSessions.COOKIE + "=" + session.id();
        assertThat(session.cookie()).contains("HttpOnly", "SameSite=Strict", "Path=/");
        assertThat(status("GET", null, cookie, null)).isEqualTo(200);
        assertThat(status("POST", null, cookie, null)).isEqualTo(401);
        assertThat(status("POST", null, cookie, "not-it")).isEqualTo(401);
        assertThat(status("POST", null, cookie, session.csrf())).isEqualTo(200);
        assertThat(status("POST", null, BrowserSessions.COOKIE + "=forged", session.csrf())).isEqualTo(401);
        token.set(BearerToken.of("s3cret"));
        assertThat(status("GET", null, cookie, null)).as("a token without the sessions admits no cookie")
                .isEqualTo(401);

        token.set(BearerToken.of("s3cret").withSessions(sessions));
        now.addAndGet(BrowserSessions.LIFETIME.toMillis());
        assertThat(status("GET", null, cookie, null)).as("expired").isEqualTo(401);
    }

    @Test
    void shouldKeepAtMostTheNewestSessions() throws Exception {
        token.set(BearerToken.of("s3cret").withSessions(sessions));
        final BrowserSessions.Session first = sessions.create();
        BrowserSessions.Session last = first;
        for (int i = 0; i < BrowserSessions.MAX_SESSIONS; i++) {
            last = sessions.create();
        }
        assertThat(status("GET", null, BrowserSessions.COOKIE + "=" + first.id(), null)).isEqualTo(401);
        assertThat(status("GET", null, BrowserSessions.COOKIE + "=" + last.id(), null)).isEqualTo(200);
        assertThat(first.id()).isNotEqualTo(first.csrf()).hasSizeGreaterThan(40);
    }

    private int status(final String method, final String authorization, final String cookie, final String csrf)
            throws Exception {
        final HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:"
                + server.getAddress().getPort() + "/x")).method(method, HttpRequest.BodyPublishers.ofString("{}"));
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        if (cookie != null) {
            request.header("Cookie", cookie);
        }
        if (csrf != null) {
            request.header(BrowserSessions.CSRF_HEADER, csrf);
        }
        return client.send(request.build(), HttpResponse.BodyHandlers.discarding()).statusCode();
    }
}
