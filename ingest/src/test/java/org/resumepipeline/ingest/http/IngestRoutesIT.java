package org.resumepipeline.ingest.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpServer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.resumepipeline.broker.KafkaBootstrapExtension;
import org.resumepipeline.broker.KafkaBootstrapExtension.KafkaBootstrap;
import org.resumepipeline.ingest.Fixtures;
import org.resumepipeline.ingest.Ingestor;
import org.resumepipeline.model.Json;
import org.resumepipeline.model.Topics;
import org.apache.kafka.clients.admin.Admin;

@ExtendWith(KafkaBootstrapExtension.class)
class IngestRoutesIT {
    private static final String TOKEN = "s3cret-token";
    private static Ingestor ingestor;
    private static HttpServer server;
    private static URI base;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @BeforeAll
    static void start(final KafkaBootstrap kafka) throws IOException {
        try (Admin admin = Admin.create(Map.of("bootstrap.servers", kafka.servers()))) {
            Topics.ensure(admin, 2);
        }
        ingestor = new Ingestor(Map.of("bootstrap.servers", kafka.servers()));
        final InetSocketAddress address = new InetSocketAddress("127.0.0.1", 0);
        final IngestRoutes routes = new IngestRoutes(ingestor, TOKEN, 64 * 1024);
        server = HttpServer.create(address, 0);
        server.setExecutor(Executors.newFixedThreadPool(4));
        server.createContext("/", exchange -> {
            if (!routes.handle(exchange)) {
                exchange.sendResponseHeaders(404, -1);
                exchange.close();
            }
        });
        server.start();
        base = URI.create("http://127.0.0.1:" + server.getAddress().getPort());
    }

    @AfterAll
    static void stop() {
        server.stop(0);
        ingestor.close();
    }

    @Test
    void shouldAskForTheToken() throws Exception {
        final HttpRequest.Builder put = HttpRequest.newBuilder(base.resolve("/batches/http-a"))
                .PUT(HttpRequest.BodyPublishers.ofString("{}"));
        assertThat(send(put.copy()).statusCode()).isEqualTo(401);
        assertThat(send(put.copy().header("Authorization", "Bearer wrong")).statusCode()).isEqualTo(401);
        final HttpResponse<String> ok = send(put.copy().header("Authorization", "Bearer " + TOKEN));
        assertThat(ok.statusCode()).isEqualTo(200);
        assertThat(send(HttpRequest.newBuilder(base.resolve("/batches/http-a/documents?filename=a.txt"))
                .POST(HttpRequest.BodyPublishers.ofByteArray(Fixtures.text(1)))).statusCode()).isEqualTo(401);
    }

    @Test
    void shouldAcceptMultipartUploadsAndAnswerWhatHappened() throws Exception {
        final Map<String, byte[]> files = new LinkedHashMap<>();
        files.put("a.txt", Fixtures.text(21));
        files.put("b.pdf", Fixtures.pdf("21"));
        files.put("a-copy.txt", Fixtures.text(21));
        files.put("empty.docx", new byte[0]);
        files.put("cvs.zip", Fixtures.zip(Map.of("c.rtf", Fixtures.rtf(), "d.png", Fixtures.png())));
        put("http-b", "{\"jobDescription\": \"Kafka engineer\"}");

        final HttpResponse<String> response = send(authorized("/batches/http-b/documents")
                .header("Content-Type", "multipart/form-data; boundary=BOUNDARY")
                .POST(HttpRequest.BodyPublishers.ofByteArray(multipart("BOUNDARY", files))));

        assertThat(response.statusCode()).isEqualTo(202);
        final JsonNode json = Json.MAPPER.readTree(response.body());
        assertThat(json.get("batch").asText()).isEqualTo("http-b");
        assertThat(json.get("accepted").findValuesAsText("file")).containsExactly("a.txt", "b.pdf", "cvs.zip!/c.rtf");
        assertThat(json.get("accepted").findValuesAsText("key")).allMatch(k -> k.startsWith("http-b/"));
        assertThat(json.get("duplicates").asInt()).isEqualTo(1);
        assertThat(json.get("refused").findValuesAsText("reason")).containsExactlyInAnyOrder("EMPTY",
                "UNSUPPORTED_TYPE");
        assertThat(json.get("refused").findValuesAsText("message")).allMatch(m -> !m.isBlank());
    }

    @Test
    void shouldTakeARawBodyWithAFilename() throws Exception {
        final HttpResponse<String> response = send(authorized("/batches/http-c/documents?filename=r%C3%A9sum%C3%A9.md")
                .POST(HttpRequest.BodyPublishers.ofByteArray(Fixtures.text(31))));
        assertThat(response.statusCode()).isEqualTo(202);
        assertThat(Json.MAPPER.readTree(response.body()).get("accepted").findValuesAsText("file"))
                .containsExactly("résumé.md");
    }

    @Test
    void shouldAnswer415WhenNothingIsSupported() throws Exception {
        final HttpResponse<String> response = send(authorized("/batches/http-d/documents?filename=photo.pdf")
                .POST(HttpRequest.BodyPublishers.ofByteArray(Fixtures.png())));
        assertThat(response.statusCode()).isEqualTo(415);
        assertThat(response.body()).contains("UNSUPPORTED_TYPE").contains("image/png");
    }

    @Test
    void shouldAnswer413OverTheCap() throws Exception {
        final HttpResponse<String> response = send(authorized("/batches/http-e/documents?filename=big.txt")
                .POST(HttpRequest.BodyPublishers.ofByteArray(Fixtures.text(41, 100 * 1024))));
        assertThat(response.statusCode()).isEqualTo(413);
    }

    @Test
    void shouldAnswer400ForPathTricks() throws Exception {
        assertThat(send(authorized("/batches/..%2Fetc/documents?filename=a.txt")
                .POST(HttpRequest.BodyPublishers.ofByteArray(Fixtures.text(1)))).statusCode()).isEqualTo(400);
        assertThat(send(authorized("/batches/http-f/documents?filename=..%2F..%2Fa.txt")
                .POST(HttpRequest.BodyPublishers.ofByteArray(Fixtures.text(1)))).statusCode()).isEqualTo(400);
        assertThat(send(authorized("/batches/http-f/documents")
                .header("Content-Type", "multipart/form-data; boundary=B")
                .POST(HttpRequest.BodyPublishers.ofByteArray(
                        multipart("B", Map.of("../../etc/passwd", Fixtures.text(1)))))).statusCode()).isEqualTo(400);
        assertThat(send(authorized("/batches/http-f").PUT(HttpRequest.BodyPublishers.ofString("not json")))
                .statusCode()).isEqualTo(400);
        assertThat(send(authorized("/other").GET()).statusCode()).isEqualTo(404);
    }

    @Test
    void shouldCreateABlindBatchWithWhatItAlsoMasksAndRefuseSettingsItCannotRead() throws Exception {
        final HttpResponse<String> blind = send(authorized("/batches/http-blind").PUT(HttpRequest.BodyPublishers
                .ofString("{\"blind\": true, \"mask\": [\"employers\", \"graduation-years\"]}")));
        assertThat(blind.statusCode()).as(blind.body()).isEqualTo(200);
        final JsonNode json = Json.MAPPER.readTree(blind.body());
        assertThat(json.get("blind").asBoolean()).isTrue();
        assertThat(json.get("mask").toString()).isEqualTo("[\"employers\",\"graduation-years\"]");
        assertThat(Json.MAPPER.readTree(send(authorized("/batches/http-open").PUT(HttpRequest.BodyPublishers
                .ofString("{}"))).body()).get("blind").asBoolean()).as("not blind by default").isFalse();
        assertThat(send(authorized("/batches/http-blind").PUT(HttpRequest.BodyPublishers.ofString(
                "{\"blind\": \"yes\"}"))).statusCode()).isEqualTo(400);
        final HttpResponse<String> unknown = send(authorized("/batches/http-blind").PUT(HttpRequest.BodyPublishers
                .ofString("{\"blind\": true, \"mask\": [\"hobbies\"]}")));
        assertThat(unknown.statusCode()).isEqualTo(400);
        assertThat(unknown.body()).contains("hobbies");
    }

    @Test
    void shouldKeepABlindBatchBlindUntilAPutSaysBlindFalse() throws Exception {
        put("http-sticky", "{\"blind\": true, \"mask\": [\"institutions\"]}");
        final HttpResponse<String> jobOnly = send(authorized("/batches/http-sticky").PUT(HttpRequest.BodyPublishers
                .ofString("{\"jobDescription\": \"Java\"}")));
        assertThat(Json.MAPPER.readTree(jobOnly.body()).get("blind").asBoolean()).as(jobOnly.body()).isTrue();
        assertThat(ingestor.currentBatch("http-sticky")).hasValueSatisfying(b -> {
            assertThat(b.blind()).as("settings without \"blind\" keep it").isTrue();
            assertThat(b.mask().names()).containsExactly("institutions");
            assertThat(b.jobDescription()).isEqualTo("Java");
        });
        put("http-sticky", "");
        assertThat(ingestor.currentBatch("http-sticky").orElseThrow().blind()).as("an empty body keeps it").isTrue();
        final HttpResponse<String> open = send(authorized("/batches/http-sticky").PUT(HttpRequest.BodyPublishers
                .ofString("{\"blind\": false}")));
        assertThat(Json.MAPPER.readTree(open.body()).get("blind").asBoolean()).isFalse();
        assertThat(ingestor.currentBatch("http-sticky").orElseThrow().blind()).as("\"blind\": false opens it")
                .isFalse();
    }

    private void put(final String batch, final String json) throws Exception {
        assertThat(send(authorized("/batches/" + batch).PUT(HttpRequest.BodyPublishers.ofString(json)))
                .statusCode()).isEqualTo(200);
    }

    private static HttpRequest.Builder authorized(final String path) {
        return HttpRequest.newBuilder(base.resolve(path)).header("Authorization", "Bearer " + TOKEN)
                .timeout(Duration.ofSeconds(30));
    }

    private HttpResponse<String> send(final HttpRequest.Builder request) throws Exception {
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private static byte[] multipart(final String boundary, final Map<String, byte[]> files) {
        final ByteArrayOutputStream out = new ByteArrayOutputStream();
        files.forEach((name, content) -> {
            out.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"files\"; filename=\""
                    + name + "\"\r\nContent-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8));
            out.writeBytes(content);
            out.writeBytes("\r\n".getBytes(StandardCharsets.UTF_8));
        });
        out.writeBytes(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return out.toByteArray();
    }
}
