package org.resumepipeline.cli.command;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.resumepipeline.model.Json;
import org.resumepipeline.report.blind.RevealedIdentity;

class RevealOverHttpTest {
    private static final String KEY = "spring/" + "ab".repeat(32);

    @Test
    void shouldSayNoReportAnswersWhenNothingListensSoTheCommandStartsItsOwnStage() throws IOException {
        final int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        final RevealOverHttp.Answer answer = RevealOverHttp.ask(URI.create("http://127.0.0.1:" + port), KEY, "lee",
                null);
        assertThat(answer.reached()).isFalse();
        assertThat(answer.identity()).isEmpty();
    }

    @Test
    void shouldPostToTheRevealRouteWithTheTokenAndReviewerAndReadTheIdentity() throws IOException {
        final AtomicReference<String> asked = new AtomicReference<>();
        final RevealedIdentity identity = new RevealedIdentity(KEY, "Candidate 7F3A", "Lee Example", null, null,
                List.of(), "cvs/lee.pdf", "lee (token 1a2b3c4d)", 7L, "audit-1");
        final HttpServer server = stub(200, Json.MAPPER.writeValueAsBytes(identity), asked);
        try {
            final RevealOverHttp.Answer answer = RevealOverHttp.ask(address(server), KEY, "lee", "t0ken");
            assertThat(answer.identity()).hasValue(identity);
            assertThat(asked.get()).isEqualTo("POST /batches/spring/documents/spring%2F" + "ab".repeat(32)
                    + "/reveal Bearer t0ken {\"reviewer\":\"lee\"}");
        } finally {
            server.stop(0);
        }
    }

    @Test
    void shouldTellWhatARunningReportRefusedInsteadOfGoingAroundIt() throws IOException {
        for (final int status : new int[] {401, 404}) {
            final HttpServer server = stub(status, new byte[0], new AtomicReference<>());
            try {
                final RevealOverHttp.Answer answer = RevealOverHttp.ask(address(server), KEY, "lee", null);
                assertThat(answer.reached()).as("%d", status).isTrue();
                assertThat(answer.identity()).isEmpty();
                assertThat(answer.problem()).contains(status == 401 ? "RP_API_TOKEN" : "No such document: " + KEY);
            } finally {
                server.stop(0);
            }
        }
    }

    private static HttpServer stub(final int status, final byte[] body, final AtomicReference<String> asked)
            throws IOException {
        final HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", exchange -> {
            asked.set(exchange.getRequestMethod() + " " + exchange.getRequestURI().getRawPath() + " "
                    + exchange.getRequestHeaders().getFirst("Authorization") + " "
                    + new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
            exchange.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        server.start();
        return server;
    }

    private static URI address(final HttpServer server) {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
    }
}
