package org.resumepipeline.extract.worker;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.resumepipeline.extract.ExtractConfig;
import org.resumepipeline.extract.Extraction;

/** Worker JVMs started ahead of the first document serve it and the next ones; none is started twice. */
@Timeout(180)
class BackgroundStartTest {
    private static final byte[] RESUME = ("Sam Example\nsam@example.com\n\nExperience\n"
            + "Engineer | Example Corp | Jan 2021 – Present\n• Cut p99 latency from 800 ms to 120 ms by caching.\n")
            .getBytes(StandardCharsets.UTF_8);

    private static ExtractConfig config(final int workers) {
        return new ExtractConfig(true, workers, Duration.ofSeconds(60), 10L * 1024 * 1024, 1_000_000, 256, false);
    }

    @Test
    void shouldStartEveryWorkerBeforeTheFirstDocumentAndServeOnThem() throws Exception {
        try (IsolatedExtractor extractor = new IsolatedExtractor(config(2))) {
            assertThat(extractor.workerPids()).as("workers start on first use unless asked").isEmpty();
            extractor.startInBackground().get(150, TimeUnit.SECONDS);
            final List<Long> started = extractor.workerPids();
            assertThat(started).as("both workers run once the start-up has completed").hasSize(2);
            for (int i = 0; i < 4; i++) {
                final Extraction e = extractor.extract("resume.txt", RESUME, "text/plain");
                assertThat(e.isOk()).as(String.valueOf(e.reason())).isTrue();
            }
            assertThat(extractor.workerPids()).containsExactlyInAnyOrderElementsOf(started);
            assertThat(extractor.restarts()).isZero();
        }
    }

    @Test
    void shouldLetADocumentArrivingDuringStartUpWaitForTheStartingWorker() {
        try (IsolatedExtractor extractor = new IsolatedExtractor(config(1))) {
            extractor.startInBackground();
            final Extraction e = extractor.extract("resume.txt", RESUME, "text/plain");
            assertThat(e.isOk()).as(String.valueOf(e.reason())).isTrue();
            assertThat(extractor.workerPids()).hasSize(1);
            assertThat(extractor.restarts()).isZero();
        }
    }
}
