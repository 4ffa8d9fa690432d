package org.resumepipeline.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.resumepipeline.broker.KafkaBootstrapExtension;
import org.resumepipeline.broker.KafkaBootstrapExtension.KafkaBootstrap;
import org.resumepipeline.extract.ExtractConfig;
import org.resumepipeline.score.Ruleset;

/**
 * Slow and stalled clients on loopback against the real HTTP server (issue 20): raw sockets, so the only HTTP
 * threads in this JVM are the server's.
 */
@ExtendWith(KafkaBootstrapExtension.class)
class SlowHttpClientsIT {
    private static final String TOKEN = "it-slow-token";
    private static final int STALLED = 300;
    private static final Duration ANSWER = Duration.ofSeconds(2);

    @Test
    void shouldServeReportsAndRefuseExtraUploadsWhile300UploadsStallThenCutThemOffAndGiveBackThreads(
            final KafkaBootstrap kafka, @TempDir final Path dir) throws Exception {
        final PipelineOptions options = new PipelineOptions(kafka.servers(), dir, "127.0.0.1", 0, 1,
                Ruleset.defaults(), ExtractConfig.defaults(),
                EnumSet.of(PipelineOptions.Stage.INGEST, PipelineOptions.Stage.REPORT), TOKEN, 0, null, null);
        final ScheduledExecutorService pacer = Executors.newSingleThreadScheduledExecutor();
        try (Pipeline pipeline = new Pipeline(options).start()) {
            final int port = pipeline.httpPort();
            for (int i = 0; i < 4; i++) {
                assertThat(get(port, "/batches").status()).isEqualTo(200);
            }
            assertThat(upload(port, "warm-up.txt").status()).isEqualTo(202);
            // the pacer's thread and the server's read threads exist before the baseline is taken
            pacer.schedule(() -> { }, 0, TimeUnit.SECONDS).get();
            final long threadsBefore = RawHttp.threads();
            final long heapBefore = RawHttp.heapAfterGc();

            // one client sends its body at one byte a second; it holds an upload slot until the server cuts it off
            final Socket slow = stall(port, 200);
            final long slowStart = System.nanoTime();
            final AtomicLong slowCutAfterMs = new AtomicLong(-1);
            pacer.scheduleAtFixedRate(() -> {
                try {
                    slow.getOutputStream().write('x');
                    slow.getOutputStream().flush();
                } catch (IOException e) {
                    slowCutAfterMs.compareAndSet(-1, (System.nanoTime() - slowStart) / 1_000_000);
                    throw new IllegalStateException("cut off", e);
                }
            }, 0, 1, TimeUnit.SECONDS);
            await().atMost(Duration.ofSeconds(5)).pollInSameThread().until(() -> get(port, "/healthz").status() == 200);

            final List<Socket> stalled = new ArrayList<>();
            try {
                for (int i = 0; i < STALLED; i++) {
                    stalled.add(stall(port, 100_000));
                }
                for (final String path : List.of("/batches", "/metrics", "/healthz")) {
                    final Timed r = get(port, path);
                    System.out.printf(Locale.ROOT, "with %d stalled uploads: GET %s -> %d in %d ms%n", STALLED,
                            path, r.status(), r.millis());
                    assertThat(r.status()).as("GET %s answers", path).isEqualTo(200);
                    assertThat(r.millis()).as("GET %s answers within %s", path, ANSWER)
                            .isLessThan(ANSWER.toMillis());
                }
                int refused = 0;
                for (final Socket s : stalled) {
                    final RawHttp.Response r = RawHttp.read(s, Duration.ofMillis(200));
                    if (r.status() == 503) {
                        assertThat(r.head()).as("a refused upload says when to retry")
                                .containsIgnoringCase("retry-after:");
                        refused++;
                    }
                }
                System.out.printf(Locale.ROOT, "%d of %d stalled uploads refused with 503%n", refused, STALLED);
                assertThat(refused).as("uploads over the cap are refused, not queued")
                        .isGreaterThanOrEqualTo(STALLED - HttpServerSettings.MAX_UPLOADS);

                await().atMost(Duration.ofSeconds(HttpServerSettings.MAX_REQUEST_SECONDS + 10)).pollInSameThread()
                        .until(() -> slowCutAfterMs.get() >= 0);
                System.out.printf(Locale.ROOT, "a body at one byte a second was cut off after %d ms%n",
                        slowCutAfterMs.get());
                assertThat(slowCutAfterMs.get()).isLessThan((HttpServerSettings.MAX_REQUEST_SECONDS + 5) * 1000L);
                for (final Socket s : stalled) {
                    final RawHttp.Response r = RawHttp.read(s, Duration.ofSeconds(5));
                    assertThat(r.status()).as("a stalled upload is refused or closed by the server, not left open")
                            .isNotEqualTo(-2);
                }
            } finally {
                for (final Socket s : stalled) {
                    s.close();
                }
                slow.close();
            }
            pacer.shutdownNow();
            assertThat(upload(port, "after.txt").status()).as("uploads work again").isEqualTo(202);
            assertThat(get(port, "/batches").status()).isEqualTo(200);

            await().atMost(Duration.ofSeconds(30)).pollInSameThread().pollInterval(Duration.ofMillis(500))
                    .until(() -> RawHttp.threads() <= threadsBefore + 3);
            final long heapAfter = RawHttp.heapAfterGc();
            System.out.printf(Locale.ROOT, "threads before %d, after %d; heap after GC before %d MB, after %d MB%n",
                    threadsBefore, RawHttp.threads(), heapBefore >> 20, heapAfter >> 20);
            assertThat(heapAfter).isLessThan(heapBefore + (64L << 20));
        } finally {
            pacer.shutdownNow();
        }
    }

    /** Opens a connection that sends an upload's headers and no body. */
    private static Socket stall(final int port, final int length) throws IOException {
        return RawHttp.stall(port, "POST /batches/slow/documents HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                + "Authorization: Bearer " + TOKEN + "\r\n"
                + "Content-Type: multipart/form-data; boundary=BOUNDARY\r\n"
                + "Content-Length: " + length + "\r\n\r\n");
    }

    private static RawHttp.Response upload(final int port, final String file) throws IOException {
        final byte[] body = ("Jane Doe\nExperience\nEngineer, Acme, 2020 - 2024\n- Cut build time by 40% for "
                + file + "\n").getBytes(StandardCharsets.UTF_8);
        return RawHttp.exchange(port, "POST /batches/slow/documents?filename=" + file
                + " HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Bearer " + TOKEN + "\r\nContent-Length: "
                + body.length + "\r\nConnection: close\r\n\r\n", body);
    }

    private static Timed get(final int port, final String path) throws IOException {
        final long start = System.nanoTime();
        final RawHttp.Response r = RawHttp.exchange(port, "GET " + path
                + " HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n", new byte[0]);
        return new Timed(r.status(), (System.nanoTime() - start) / 1_000_000);
    }

    /** A response's status and how long it took, from connecting to the server's close. */
    private record Timed(int status, long millis) {
    }
}
