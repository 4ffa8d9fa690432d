package org.resumepipeline.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.resumepipeline.cli.StageProcesses.awaitReady;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.resumepipeline.broker.EmbeddedKafka;
import org.resumepipeline.http.BrowserSessions;
import org.resumepipeline.model.Json;

/**
 * The start page works when the stages run as separate services: {@code rp broker}, {@code rp ingest-server},
 * {@code rp extract}, {@code rp score} and {@code rp report --ingest-url} (each its own JVM from the fat jar, all with
 * one API token). The HTTP calls the page makes after its login (the session cookie and its CSRF token), sent to the
 * report's port, reach the ingest-server: the batch is created, a sample resume uploaded (202 with its key), and the
 * document then shows in the report. A report whose ingest-server is down answers 502 with a JSON error.
 */
class ReportForwardsUploadsIT {
    private static final String TOKEN = "forward-it-token";
    private static final String BATCH = "forwarded";
    private static final String BOUNDARY = "forward-it-boundary";
    private static final Pattern CSRF = Pattern.compile("<meta name=\"rp-csrf\" content=\"([^\"]+)\">");

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    @TempDir
    Path dir;

    @Test
    void shouldUploadThroughTheReportPortToTheIngestServerAndAnswer502WhenItIsDown() throws Exception {
        Assumptions.assumeTrue(Files.isRegularFile(RpProcess.JAR), "the fat jar is built in the package phase");
        final Path resume = Path.of("..", "samples", "aisha_okonkwo.pdf");
        final byte[] content = Files.readAllBytes(resume);
        final String key = BATCH + "/" + HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                .digest(content));
        final Map<String, String> env = Map.of("RP_API_TOKEN", TOKEN);
        final int brokerPort = EmbeddedKafka.freePort();
        final String bootstrap = "127.0.0.1:" + brokerPort;
        final List<RpProcess> stages = new ArrayList<>();
        try (RpProcess broker = RpProcess.startWithHeap(dir.resolve("broker.log"), "384m", "broker", "--data-dir",
                dir.resolve("broker").toString(), "--port", Integer.toString(brokerPort), "--partitions", "1")) {
            broker.awaitBrokerReady();
            stages.add(StageProcesses.start(dir, env, "ingest-server", bootstrap));
            stages.add(StageProcesses.start(dir, env, "extract", bootstrap, "--workers", "1"));
            stages.add(StageProcesses.start(dir, env, "score", bootstrap));
            final int ingestPort = stages.get(0).awaitHttpPort();
            stages.add(StageProcesses.start(dir, env, "report", bootstrap,
                    "--ingest-url", "http://127.0.0.1:" + ingestPort));
            final int[] ports = new int[stages.size()];
            for (int i = 0; i < ports.length; i++) {
                ports[i] = stages.get(i).awaitHttpPort();
            }
            awaitReady(stages, ports, 200);
            final int report = ports[3];

            final String cookie = login(report);
            final String csrf = csrf(report, cookie);
            final HttpResponse<String> noSession = upload(report, null, null, resume, content);
            assertThat(noSession.statusCode()).as(noSession.body()).isEqualTo(401);
            assertThat(noSession.headers().firstValue("WWW-Authenticate")).hasValue("Bearer");
            assertThat(upload(report, cookie, null, resume, content).statusCode()).as("no CSRF token")
                    .isEqualTo(401);

            final HttpResponse<String> created = send(request(report, "/batches/" + BATCH, cookie, csrf)
                    .header("Content-Type", "application/json")
                    .PUT(HttpRequest.BodyPublishers.ofString("{\"jobDescription\": \"Java, Kafka\"}")).build());
            assertThat(created.statusCode()).as(created.body()).isEqualTo(200);
            assertThat(created.headers().firstValue("Content-Type")).hasValueSatisfying(
                    t -> assertThat(t).startsWith("application/json"));
            assertThat(Json.MAPPER.readTree(created.body()).path("batch").asText()).isEqualTo(BATCH);

            final HttpResponse<String> uploaded = upload(report, cookie, csrf, resume, content);
            assertThat(uploaded.statusCode()).as(uploaded.body()).isEqualTo(202);
            final JsonNode accepted = Json.MAPPER.readTree(uploaded.body()).path("accepted");
            assertThat(accepted.size()).as(uploaded.body()).isEqualTo(1);
            assertThat(accepted.get(0).path("key").asText()).as("the file's bytes arrived whole").isEqualTo(key);
            assertThat(accepted.get(0).path("file").asText()).isEqualTo("aisha_okonkwo.pdf");

            await().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofMillis(500)).untilAsserted(() -> {
                final HttpResponse<String> r = send(request(report, "/batches/" + BATCH + "/report.json", cookie,
                        null).GET().build());
                assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
                final List<String> keys = new ArrayList<>();
                Json.MAPPER.readTree(r.body()).path("documents").forEach(d -> keys.add(d.path("key").asText()));
                assertThat(keys).containsExactly(key);
            });

            // a second report, with nothing listening where its ingest-server should be (started once the first
            // report holds the batch: two report instances would share its partition)
            final RpProcess second = StageProcesses.start(Files.createDirectories(dir.resolve("unreachable")), env,
                    "report", bootstrap, "--ingest-url", "http://127.0.0.1:" + EmbeddedKafka.freePort());
            stages.add(second);
            final int unreachable = second.awaitHttpPort();
            final HttpResponse<String> down = upload(unreachable, null, null, resume, content, TOKEN);
            assertThat(down.statusCode()).as(down.body()).isEqualTo(502);
            assertThat(down.headers().firstValue("Content-Type")).hasValueSatisfying(
                    t -> assertThat(t).startsWith("application/json"));
            assertThat(Json.MAPPER.readTree(down.body()).path("error").asText()).contains("ingest-server");
            final HttpResponse<String> downBatch = send(request(unreachable, "/batches/other", null, null)
                    .header("Authorization", "Bearer " + TOKEN).PUT(HttpRequest.BodyPublishers.noBody()).build());
            assertThat(downBatch.statusCode()).as(downBatch.body()).isEqualTo(502);
        } finally {
            for (final RpProcess stage : stages) {
                stage.close();
            }
        }
    }

    /** @return the session cookie the login form gives for the token */
    private String login(final int port) throws Exception {
        final HttpResponse<String> r = send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded").timeout(Duration.ofSeconds(10))
                .POST(HttpRequest.BodyPublishers.ofString("token=" + TOKEN)).build());
        assertThat(r.statusCode()).as(r.body()).isEqualTo(303);
        final String setCookie = r.headers().firstValue("Set-Cookie").orElseThrow();
        return setCookie.substring(0, setCookie.indexOf(';'));
    }

    /** @return the CSRF token the start page carries for the session */
    private String csrf(final int port, final String cookie) throws Exception {
        final HttpResponse<String> page = send(request(port, "/", cookie, null).GET().build());
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("Batch name", "Resumes", "Upload");
        final Matcher m = CSRF.matcher(page.body());
        assertThat(m.find()).as(page.body()).isTrue();
        return m.group(1);
    }

    private HttpResponse<String> upload(final int port, final String cookie, final String csrf, final Path file,
                                        final byte[] content, final String... bearer) throws Exception {
        final ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.writeBytes(("--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\""
                + file.getFileName() + "\"\r\nContent-Type: application/pdf\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.writeBytes(content);
        body.writeBytes(("\r\n--" + BOUNDARY + "--\r\n").getBytes(StandardCharsets.UTF_8));
        final HttpRequest.Builder request = request(port, "/batches/" + BATCH + "/documents", cookie, csrf)
                .header("Content-Type", "multipart/form-data; boundary=" + BOUNDARY)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()));
        for (final String token : bearer) {
            request.header("Authorization", "Bearer " + token);
        }
        return send(request.build());
    }

    private static HttpRequest.Builder request(final int port, final String path, final String cookie,
                                               final String csrf) {
        final HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .header("Accept", "application/json").timeout(Duration.ofSeconds(30));
        if (cookie != null) {
            b.header("Cookie", cookie);
        }
        if (csrf != null) {
            b.header(BrowserSessions.CSRF_HEADER, csrf);
        }
        return b;
    }

    private HttpResponse<String> send(final HttpRequest request) throws Exception {
        return http.send(request, HttpResponse.BodyHandlers.ofString());
    }
}
