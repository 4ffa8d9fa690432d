package org.resumepipeline.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.resumepipeline.extract.worker.IsolatedExtractor;
import org.resumepipeline.extract.worker.WorkerMain;
import org.resumepipeline.model.FailureCategory;
import org.resumepipeline.model.FailureReason;

@Timeout(120)
class IsolationTest {
    private static final byte[] RESUME = ResumeFixtures.TEXT.getBytes(StandardCharsets.UTF_8);

    /** Many megabytes of text: slow to segment and large in memory, within the size limit. */
    private static byte[] hugeText(final int megabytes) {
        final StringBuilder sb = new StringBuilder(megabytes * 1024 * 1024);
        int i = 0;
        while (sb.length() < megabytes * 1024 * 1024) {
            sb.append("• Reduced p99 latency of service ").append(i++).append(" from 800 ms to 90 ms by caching\n");
        }
        return sb.toString().getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void shouldFailAStalledDocumentAloneWithTimeoutAndKeepServing() {
        // The worker never answers for "stalled.txt" (test seam WorkerMain.STALL_ON), so the time limit always
        // fires, however fast the machine; a warm worker reads the short resume in milliseconds, far inside 4 s.
        final Duration limit = Duration.ofSeconds(4);
        final ExtractConfig config = new ExtractConfig(true, 1, limit, 10L * 1024 * 1024, 1_000_000, 256, false);
        try (IsolatedExtractor extractor = new IsolatedExtractor(config,
                List.of("-D" + WorkerMain.STALL_ON + "=stalled.txt"))) {
            assertThat(extractor.extract("resume.txt", RESUME).isOk()).as("the worker serves before").isTrue();
            final long start = System.nanoTime();
            final Extraction stalled = extractor.extract("stalled.txt", RESUME);
            assertThat(Duration.ofNanos(System.nanoTime() - start)).isGreaterThanOrEqualTo(limit);
            assertThat(stalled.reason()).isEqualTo(FailureReason.TIMEOUT);
            assertThat(stalled.reason().category()).isEqualTo(FailureCategory.FIX_THE_FILE);
            assertThat(stalled.message()).contains("longer than 4 s");
            assertThat(extractor.restarts()).isEqualTo(1);
            assertThat(extractor.retries()).as("a timeout is not retried").isZero();
            final Extraction after = extractor.extract("resume.txt", RESUME);
            assertThat(after.isOk()).as("the replaced worker serves the next document").isTrue();
        }
    }

    @Test
    void shouldReadADocumentOnAFreshWorkerWhenTheWorkerDiedUnderItOnce(@TempDir final Path dir) {
        // the first worker to get "flaky.txt" dies (as the OS's OOM killer would end it); the fresh one reads it
        final ExtractConfig config = new ExtractConfig(true, 1, Duration.ofSeconds(60), 10L * 1024 * 1024, 1_000_000,
                256, false);
        try (IsolatedExtractor extractor = new IsolatedExtractor(config, List.of(
                "-D" + WorkerMain.CRASH_ON + "=flaky.txt",
                "-D" + WorkerMain.CRASH_ONCE_MARKER + "=" + dir.resolve("crashed")))) {
            final Extraction flaky = extractor.extract("flaky.txt", RESUME);
            assertThat(flaky.isOk()).as(String.valueOf(flaky.message())).isTrue();
            assertThat(flaky.document().roles()).hasSize(2);
            assertThat(dir.resolve("crashed")).as("a worker did die on it").exists();
            assertThat(extractor.restarts()).isEqualTo(1);
            assertThat(extractor.retries()).isEqualTo(1);
        }
    }

    @Test
    void shouldFailADocumentThatKillsEveryWorkerAsParseErrorAfterOneRetry() {
        final ExtractConfig config = new ExtractConfig(true, 1, Duration.ofSeconds(60), 10L * 1024 * 1024, 1_000_000,
                256, false);
        try (IsolatedExtractor extractor = new IsolatedExtractor(config,
                List.of("-D" + WorkerMain.CRASH_ON + "=killer.txt"))) {
            final Extraction killer = extractor.extract("killer.txt", RESUME);
            assertThat(killer.reason()).isEqualTo(FailureReason.PARSE_ERROR);
            assertThat(killer.reason().category()).isEqualTo(FailureCategory.FIX_THE_FILE);
            assertThat(killer.fault()).isEqualTo(new ParseFault("worker", "exit code " + WorkerMain.CRASH_EXIT));
            assertThat(extractor.restarts()).as("two workers died on it, no third try").isEqualTo(2);
            assertThat(extractor.retries()).isEqualTo(1);
            assertThat(extractor.extract("resume.txt", RESUME).isOk()).as("the next document is served").isTrue();
        }
    }

    @Test
    void shouldFailADocumentOnWhichTheWorkerCallsSystemExitAloneAfterOneRetry() {
        final ExtractConfig config = new ExtractConfig(true, 1, Duration.ofSeconds(60), 10L * 1024 * 1024, 1_000_000,
                256, false);
        try (IsolatedExtractor extractor = new IsolatedExtractor(config,
                List.of("-D" + WorkerMain.EXIT_ON + "=exits.txt"))) {
            final Extraction exits = extractor.extract("exits.txt", RESUME);
            assertThat(exits.reason()).isEqualTo(FailureReason.PARSE_ERROR);
            assertThat(exits.fault()).isEqualTo(new ParseFault("worker", "exit code " + WorkerMain.EXIT_CODE));
            assertThat(extractor.extract("resume.txt", RESUME).isOk()).as("the next document is served").isTrue();
        }
    }

    @Test
    void shouldFailADocumentOnWhichTheWorkersHeapRunsOutAloneWithOutOfMemory() {
        final ExtractConfig config = new ExtractConfig(true, 1, Duration.ofSeconds(60), 10L * 1024 * 1024, 1_000_000,
                64, false);
        try (IsolatedExtractor extractor = new IsolatedExtractor(config,
                List.of("-D" + WorkerMain.OUT_OF_MEMORY_ON + "=fills-the-heap.txt"))) {
            assertThat(extractor.extract("fills-the-heap.txt", RESUME).reason())
                    .isEqualTo(FailureReason.OUT_OF_MEMORY);
            assertThat(extractor.retries()).isZero();
            assertThat(extractor.extract("resume.txt", RESUME).isOk()).as("the next document is served").isTrue();
        }
    }

    @Test
    void shouldKeepTheProtocolCleanWhenSomethingWritesToTheWorkersStdout() {
        // the seam writes straight to file descriptor 1 before each answer, as a native library would; with the frames
        // on stdout this garbled every answer
        final ExtractConfig config = new ExtractConfig(true, 1, Duration.ofSeconds(60), 10L * 1024 * 1024, 1_000_000,
                256, false);
        try (IsolatedExtractor extractor = new IsolatedExtractor(config,
                List.of("-D" + WorkerMain.STDOUT_NOISE + "=garbage from a native library"))) {
            for (int i = 0; i < 3; i++) {
                final Extraction e = extractor.extract("resume.txt", RESUME);
                assertThat(e.isOk()).as(String.valueOf(e.reason())).isTrue();
            }
            assertThat(extractor.restarts()).isZero();
        }
    }

    @Test
    void shouldKeepTheProtocolCleanWhenJvmLoggingIsAskedForOnStdout() {
        // -Xlog:gc alone logs to stdout (as it would from JAVA_TOOL_OPTIONS): the worker's log, never the frames
        final ExtractConfig config = new ExtractConfig(true, 1, Duration.ofSeconds(60), 10L * 1024 * 1024, 1_000_000,
                256, false);
        try (IsolatedExtractor extractor = new IsolatedExtractor(config, List.of("-Xlog:gc*=info", "-Xlog:jit*"))) {
            for (int i = 0; i < 3; i++) {
                assertThat(extractor.extract("resume.txt", RESUME).isOk()).isTrue();
            }
            assertThat(extractor.restarts()).isZero();
        }
    }

    @Test
    void shouldFailAMemoryHungryDocumentAloneWithOutOfMemory() {
        final ExtractConfig config = new ExtractConfig(true, 1, Duration.ofSeconds(60), 20L * 1024 * 1024,
                20_000_000, 64, false);
        try (IsolatedExtractor extractor = new IsolatedExtractor(config)) {
            final Extraction hungry = extractor.extract("huge.txt", hugeText(19));
            assertThat(hungry.reason()).isEqualTo(FailureReason.OUT_OF_MEMORY);
            assertThat(extractor.retries()).as("the same heap would run out again: not retried").isZero();
            assertThat(extractor.extract("resume.txt", RESUME).isOk()).isTrue();
        }
    }

    @Test
    void shouldServeSeveralThreadsFromTheWorkerPool() throws Exception {
        final ExtractConfig config = new ExtractConfig(true, 2, Duration.ofSeconds(60), 10L * 1024 * 1024, 1_000_000,
                256, false);
        final ExecutorService pool = Executors.newFixedThreadPool(4);
        try (Extractor extractor = Extractors.create(config)) {
            final List<Future<Extraction>> results = new ArrayList<>();
            for (int i = 0; i < 16; i++) {
                results.add(pool.submit(() -> extractor.extract("resume.txt", RESUME)));
            }
            for (final Future<Extraction> f : results) {
                final Extraction e = f.get();
                assertThat(e.isOk()).isTrue();
                assertThat(e.document().roles()).hasSize(2);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void shouldRefuseEmptyAndOversizedDocumentsBeforeParsing() {
        final ExtractConfig config = new ExtractConfig(false, 1, Duration.ofSeconds(5), 1000, 1_000_000, 256, false);
        try (Extractor extractor = Extractors.create(config)) {
            assertThat(extractor.extract("a.pdf", new byte[0]).reason()).isEqualTo(FailureReason.EMPTY);
            assertThat(extractor.extract("a.txt", new byte[2000]).reason()).isEqualTo(FailureReason.TOO_LARGE);
        }
    }

    @Test
    void shouldTruncateLongTextInsteadOfFailing() {
        final ExtractConfig config = new ExtractConfig(false, 1, Duration.ofSeconds(5), 10L * 1024 * 1024, 600, 256,
                false);
        try (Extractor extractor = Extractors.create(config)) {
            final Extraction result = extractor.extract("resume.txt", RESUME);
            assertThat(result.isOk()).isTrue();
            assertThat(result.document().contact().email()).isEqualTo("jane.smith@example.com");
        }
    }
}
