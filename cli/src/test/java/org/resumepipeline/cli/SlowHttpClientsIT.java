package org.resumepipeline.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.net.Socket;
import java.net.SocketTimeoutException;
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
            final long threadsBefore = threads();
            final long heapBefore = heapAfterGc();

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
                    final Response r = get(port, path);
                    System.out.printf(Locale.ROOT, "with %d stalled uploads: GET %s -> %d in %d ms%n", STALLED,
                            path, r.status(), r.millis());
                    assertThat(r.status()).as("GET %s answers", path).isEqualTo(200);
                    assertThat(r.millis()).as("GET %s answers within %s", path, ANSWER)
                            .isLessThan(ANSWER.toMillis());
                }
                int refused = 0;
                for (final Socket s : stalled) {
                    final Response r = read(s, Duration.ofMillis(200));
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
                    final Response r = read(s, Duration.ofSeconds(5));
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
                    .until(() -> threads() <= threadsBefore + 3);
            final long heapAfter = heapAfterGc();
            System.out.printf(Locale.ROOT, "threads before %d, after %d; heap after GC before %d MB, after %d MB%n",
                    threadsBefore, threads(), heapBefore >> 20, heapAfter >> 20);
            assertThat(heapAfter).isLessThan(heapBefore + (64L << 20));
        } finally {
            pacer.shutdownNow();
        }
    }

    /** Opens a connection that sends an upload's headers and no body. */
    private static Socket stall(final int port, final int length) throws IOException {
        final Socket s = new Socket("127.0.0.1", port);
        s.getOutputStream().write(("POST /batches/slow/documents HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                + "Authorization: Bearer " + TOKEN + "\r\n"
                + "Content-Type: multipart/form-data; boundary=BOUNDARY\r\n"
                + "Content-Length: " + length + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
        s.getOutputStream().flush();
        return s;
    }

    private static Response upload(final int port, final String file) throws IOException {
        final byte[] body = ("Jane Doe\nExperience\nEngineer, Acme, 2020 - 2024\n- Cut build time by 40% for "
                + file + "\n").getBytes(StandardCharsets.UTF_8);
        return exchange(port, "POST /batches/slow/documents?filename=" + file + " HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                + "Authorization: Bearer " + TOKEN + "\r\nContent-Length: " + body.length
                + "\r\nConnection: close\r\n\r\n", body);
    }

    private static Response get(final int port, final String path) throws IOException {
        return exchange(port, "GET " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n",
                new byte[0]);
    }

    private static Response exchange(final int port, final String head, final byte[] body) throws IOException {
        final long start = System.nanoTime();
        try (Socket s = new Socket("127.0.0.1", port)) {
            final OutputStream out = s.getOutputStream();
            out.write(head.getBytes(StandardCharsets.US_ASCII));
            out.write(body);
            out.flush();
            final Response r = read(s, Duration.ofSeconds(30));
            return new Response(r.status(), r.head(), (System.nanoTime() - start) / 1_000_000);
        }
    }

    /**
     * @return the response's status and head; -1 when the server closed without answering, -2 when nothing came
     *         within the timeout
     */
    private static Response read(final Socket s, final Duration timeout) throws IOException {
        s.setSoTimeout((int) timeout.toMillis());
        final ByteArrayOutputStream head = new ByteArrayOutputStream();
        try {
            final InputStream in = s.getInputStream();
            int b;
            while ((b = in.read()) != -1) {
                head.write(b);
                if (head.toString(StandardCharsets.ISO_8859_1).endsWith("\r\n\r\n")) {
                    break;
                }
            }
        } catch (SocketTimeoutException e) {
            return new Response(head.size() == 0 ? -2 : -1, head.toString(StandardCharsets.ISO_8859_1), -1);
        } catch (IOException e) {
            // reset by the server: closed without an answer
            return new Response(-1, "", -1);
        }
        final String text = head.toString(StandardCharsets.ISO_8859_1);
        final int status = text.startsWith("HTTP/1.1 ") && text.length() >= 12
                ? Integer.parseInt(text.substring(9, 12)) : -1;
        return new Response(status, text, -1);
    }

    private static long threads() {
        return ManagementFactory.getThreadMXBean().getThreadCount();
    }

    private static long heapAfterGc() {
        System.gc();
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    private record Response(int status, String head, long millis) {
    }
}
