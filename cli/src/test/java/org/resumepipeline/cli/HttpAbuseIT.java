package org.resumepipeline.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.resumepipeline.cli.RawHttp.exchange;
import static org.resumepipeline.cli.RawHttp.heapAfterGc;
import static org.resumepipeline.cli.RawHttp.threads;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.resumepipeline.broker.KafkaBootstrapExtension;
import org.resumepipeline.broker.KafkaBootstrapExtension.KafkaBootstrap;
import org.resumepipeline.cli.RawHttp.Response;
import org.resumepipeline.extract.ExtractConfig;
import org.resumepipeline.ingest.http.IngestRoutes;
import org.resumepipeline.model.Json;
import org.resumepipeline.model.Topics;
import org.resumepipeline.score.Ruleset;

/**
 * Abuse of the upload API on loopback against the real HTTP server and broker (issue 20): no token, a wrong token,
 * bodies over the cap (declared and chunked), malformed multipart, path tricks in batch and file names, and 1,000
 * parallel uploads from a client of 32 connections. Each is refused or accepted as it should be, what was accepted
 * is on the uploads topic exactly once and nothing else is, and afterwards the server's threads and heap are back
 * near where they started. Slow bodies (one byte a second) are {@link SlowHttpClientsIT}'s.
 */
@ExtendWith(KafkaBootstrapExtension.class)
class HttpAbuseIT {
    private static final String TOKEN = "it-abuse-token";
    private static final String BATCH = "abuse-" + System.nanoTime();
    private static final int PARALLEL = 1_000;
    private static final int CLIENT_CONNECTIONS = 32;

    @Test
    void shouldRefuseOrAcceptEachAbusiveRequestCorrectlyAndGiveBackThreadsAndHeap(final KafkaBootstrap kafka,
                                                                                 @TempDir final Path dir)
            throws Exception {
        final PipelineOptions options = new PipelineOptions(kafka.servers(), dir, "127.0.0.1", 0, 1,
                Ruleset.defaults(), ExtractConfig.defaults(),
                EnumSet.of(PipelineOptions.Stage.INGEST, PipelineOptions.Stage.REPORT), TOKEN, 0, null, null);
        try (Pipeline pipeline = new Pipeline(options).start()) {
            final int port = pipeline.httpPort();
            final Set<String> accepted = new HashSet<>();
            accepted.addAll(keys(assertStatus(upload(port, BATCH, "warm-up.txt", resume(-1), TOKEN), 202)));
            for (int i = 0; i < 4; i++) {
                assertStatus(get(port, "/batches"), 200);
            }
            final long threadsBefore = threads();
            final long heapBefore = heapAfterGc();

            assertStatus(upload(port, BATCH, "a.txt", resume(-2), null), 401);
            assertStatus(upload(port, BATCH, "a.txt", resume(-2), "wrong-" + TOKEN), 401);
            assertStatus(exchange(port, post("/batches/" + BATCH + "/documents?filename=a.txt", null)
                    + "Content-Length: 1\r\nAuthorization: Basic " + TOKEN + "\r\n\r\n", new byte[] {'x'}), 401);

            final long over = IngestRoutes.DEFAULT_MAX_REQUEST_BYTES + 1;
            assertStatus(exchange(port, post("/batches/" + BATCH + "/documents?filename=big.txt", TOKEN)
                    + "Content-Length: " + over + "\r\n\r\n", "small".getBytes(StandardCharsets.US_ASCII)), 413);
            assertStatus(chunkedUpload(port, over), 413);
            // a length no long can hold: the JDK's server refuses it before any route reads it
            assertThat(exchange(port, post("/batches/" + BATCH + "/documents?filename=a.txt", TOKEN)
                    + "Content-Length: 99999999999999999999\r\n\r\n", new byte[0]).status()).isIn(400, 413);

            final String multipart = "Content-Type: multipart/form-data; boundary=B\r\n";
            for (final String body : List.of("no boundary anywhere in this body",
                    "--B\r\nContent-Disposition: form-data; name=\"f\"; filename=\"a.txt\"\r\n\r\nunterminated",
                    "--B\r\n\r\n\r\n--B--\r\n",
                    "--B--\r\n")) {
                final byte[] bytes = body.getBytes(StandardCharsets.ISO_8859_1);
                assertStatus(exchange(port, post("/batches/" + BATCH + "/documents", TOKEN) + multipart
                        + "Content-Length: " + bytes.length + "\r\n\r\n", bytes), 400);
            }
            assertStatus(exchange(port, post("/batches/" + BATCH + "/documents", TOKEN)
                    + "Content-Type: multipart/form-data\r\nContent-Length: 3\r\n\r\n", "abc".getBytes()), 400);

            for (final String name : List.of("../../etc/passwd", "a/b.txt", "..\\..\\win.ini", "C:\\boot.ini",
                    "x\u0001.txt", "..", " ")) {
                assertStatus(multipartUpload(port, name), 400);
            }
            for (final String name : List.of("..%2F..%2Fetc%2Fpasswd", "%2Fetc%2Fpasswd", "a%5Cb.txt", "..",
                    "x%00.txt", "")) {
                assertStatus(upload(port, BATCH, name, resume(-3), TOKEN), 400);
            }
            for (final String batch : List.of("..", "a..b", "%2e%2e", "a%2Fb", "a%20b", "x".repeat(65),
                    "%E5%90%8D", "..%2F..%2Fetc")) {
                assertRefused(upload(port, batch, "a.txt", resume(-4), TOKEN), "batch " + batch);
                assertRefused(exchange(port, "PUT /batches/" + batch + " HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                        + "Authorization: Bearer " + TOKEN + "\r\nContent-Length: 0\r\nConnection: close\r\n\r\n",
                        new byte[0]), "PUT batch " + batch);
            }
            for (final String path : List.of("/batches/..%2F..%2Fetc%2Fpasswd/report.json",
                    "/batches/../../etc/passwd", "/batches/%2e%2e/report.html", "/batches/" + BATCH + "/../../../etc/passwd")) {
                final Response r = get(port, path);
                assertThat(r.status()).as("GET %s", path).isIn(400, 404);
                assertThat(r.body()).as("GET %s", path).doesNotContain("root:");
            }

            final ExecutorService client = Executors.newFixedThreadPool(CLIENT_CONNECTIONS);
            final List<Future<Response>> answers = new ArrayList<>();
            for (int i = 0; i < PARALLEL; i++) {
                final int n = i;
                answers.add(client.submit(() -> upload(port, BATCH, "cv-" + n + ".txt", resume(n), TOKEN)));
            }
            int acceptedUploads = 0;
            int refusedUploads = 0;
            for (final Future<Response> f : answers) {
                final Response r = f.get(2, TimeUnit.MINUTES);
                assertThat(r.status()).as("a parallel upload is accepted or refused for now: " + r.head())
                        .isIn(202, 503);
                if (r.status() == 202) {
                    final List<String> keys = keys(r);
                    assertThat(keys).as("one document each").hasSize(1);
                    accepted.addAll(keys);
                    acceptedUploads++;
                } else {
                    assertThat(r.head()).as("a refused upload says when to retry")
                            .containsIgnoringCase("retry-after:");
                    refusedUploads++;
                }
            }
            client.shutdown();
            assertThat(client.awaitTermination(30, TimeUnit.SECONDS)).isTrue();
            assertThat(acceptedUploads).as("the cap lets uploads through").isPositive();
            assertThat(accepted).hasSize(acceptedUploads + 1);

            final Map<String, Integer> published = publishedKeys(kafka, accepted.size());
            assertThat(published.keySet()).as("what was accepted is published, and nothing else")
                    .isEqualTo(accepted);
            assertThat(published.values()).as("each once").allMatch(n -> n == 1);
            assertStatus(get(port, "/batches"), 200);

            await().atMost(Duration.ofSeconds(30)).pollInSameThread().pollInterval(Duration.ofMillis(500))
                    .until(() -> threads() <= threadsBefore + 3);
            final long threadsAfter = threads();
            final long heapAfter = heapAfterGc();
            System.out.printf(Locale.ROOT, "HttpAbuseIT: %d parallel uploads over %d connections: %d accepted, %d "
                    + "refused with 503; threads before %d, after %d; heap after GC before %d MB, after %d MB%n",
                    PARALLEL, CLIENT_CONNECTIONS, acceptedUploads, refusedUploads, threadsBefore, threadsAfter,
                    heapBefore >> 20, heapAfter >> 20);
            assertThat(heapAfter).as("heap after GC back near where it started").isLessThan(heapBefore + (96L << 20));
        }
    }

    private static String resume(final int n) {
        return "Jordan Example\nExperience\nEngineer, Acme, 2020 - 2024\n- Cut build time by " + n
                + "% for the payments team\n";
    }

    private static String post(final String target, final String token) {
        return "POST " + target + " HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n"
                + (token == null ? "" : "Authorization: Bearer " + token + "\r\n");
    }

    private static Response upload(final int port, final String batch, final String filename, final String text,
                                   final String token) throws IOException {
        final byte[] body = text.getBytes(StandardCharsets.UTF_8);
        return exchange(port, post("/batches/" + batch + "/documents?filename=" + filename, token)
                + "Content-Length: " + body.length + "\r\n\r\n", body);
    }

    private static Response multipartUpload(final int port, final String filename) throws IOException {
        final byte[] body = ("--B\r\nContent-Disposition: form-data; name=\"files\"; filename=\"" + filename
                + "\"\r\nContent-Type: text/plain\r\n\r\n" + resume(-5) + "\r\n--B--\r\n")
                .getBytes(StandardCharsets.UTF_8);
        return exchange(port, post("/batches/" + BATCH + "/documents", TOKEN)
                + "Content-Type: multipart/form-data; boundary=B\r\nContent-Length: " + body.length + "\r\n\r\n",
                body);
    }

    /** A body over the cap with no declared length (chunked): the server must count what it reads. */
    private static Response chunkedUpload(final int port, final long bytes) throws IOException {
        try (Socket s = new Socket("127.0.0.1", port)) {
            final OutputStream out = s.getOutputStream();
            out.write((post("/batches/" + BATCH + "/documents?filename=big.txt", TOKEN)
                    + "Transfer-Encoding: chunked\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            final byte[] chunk = new byte[1 << 20];
            java.util.Arrays.fill(chunk, (byte) 'a');
            final byte[] size = (Integer.toHexString(chunk.length) + "\r\n").getBytes(StandardCharsets.US_ASCII);
            try {
                for (long sent = 0; sent < bytes; sent += chunk.length) {
                    out.write(size);
                    out.write(chunk);
                    out.write("\r\n".getBytes(StandardCharsets.US_ASCII));
                }
                out.write("0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
                out.flush();
            } catch (IOException e) {
                // answered and closed before the end of the body
            }
            return RawHttp.read(s, Duration.ofSeconds(30));
        }
    }

    private static Response get(final int port, final String path) throws IOException {
        return exchange(port, "GET " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n",
                new byte[0]);
    }

    private static Response assertStatus(final Response r, final int status) {
        assertThat(r.status()).as(r.head() + "\n" + r.body()).isEqualTo(status);
        return r;
    }

    private static void assertRefused(final Response r, final String what) {
        assertThat(r.status()).as(what + ": " + r.head() + "\n" + r.body()).isIn(400, 404);
    }

    private static List<String> keys(final Response r) throws IOException {
        final List<String> keys = new ArrayList<>();
        final JsonNode json = Json.MAPPER.readTree(r.body());
        json.path("accepted").forEach(a -> keys.add(a.path("key").asText()));
        return keys;
    }

    /** @return every key on the uploads topic with how often it is there, once {@code expected} keys are */
    private static Map<String, Integer> publishedKeys(final KafkaBootstrap kafka, final int expected) {
        final Properties p = new Properties();
        p.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.servers());
        p.put(ConsumerConfig.GROUP_ID_CONFIG, "it-abuse-" + System.nanoTime());
        p.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        p.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        final Map<String, Integer> seen = new java.util.HashMap<>();
        try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(p, new StringDeserializer(),
                new ByteArrayDeserializer())) {
            consumer.subscribe(List.of(Topics.UPLOADS.name()));
            final long end = System.nanoTime() + Duration.ofSeconds(60).toNanos();
            int quiet = 0;
            while (System.nanoTime() < end && (seen.size() < expected || quiet < 4)) {
                final var records = consumer.poll(Duration.ofMillis(500));
                quiet = records.isEmpty() ? quiet + 1 : 0;
                records.forEach(r -> {
                    if (r.key().startsWith(BATCH + "/")) {
                        seen.merge(r.key(), 1, Integer::sum);
                    }
                });
            }
        }
        return seen;
    }
}
