package org.resumepipeline.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.resumepipeline.bench.MixedResumes;
import org.resumepipeline.broker.EmbeddedKafka;
import org.resumepipeline.model.Json;

/**
 * A new user's crash: {@code rp run --until-done} (embedded broker, every stage, one JVM) killed with SIGKILL while
 * the batch is partly scored, then the same command again. The rerun must start on the data directory the crash
 * left behind and must not call the batch done before every document has its result, including the documents the
 * killed run published and it only recognizes as duplicates.
 */
class RunKillIT {
    private static final String BATCH = "crashed";
    private static final int DOCS = 300;

    @TempDir
    Path dir;

    @Test
    void shouldFinishEveryDocumentOfAKilledRunOnceWhenTheSameRunIsStartedAgain() throws Exception {
        Assumptions.assumeTrue(Files.isRegularFile(RpProcess.JAR), "the fat jar is built in the package phase");
        final Path input = Files.createDirectories(dir.resolve("resumes"));
        MixedResumes.write(input, DOCS, MixedResumes.MARKDOWN);
        final Path data = dir.resolve("data");
        final int brokerPort = EmbeddedKafka.freePort();
        final int httpPort = EmbeddedKafka.freePort();
        final Path out = dir.resolve("report.json");
        final List<String> run = List.of("run", "--input", input.toString(), "--batch", BATCH, "--until-done",
                "--data-dir", data.toString(), "--broker-port", Integer.toString(brokerPort),
                "--http-port", Integer.toString(httpPort), "--report-out", out.toString(), "--timeout", "150");

        final AtomicLong atKill = new AtomicLong();
        try (RpProcess first = RpProcess.start(dir.resolve("first.log"), run.toArray(String[]::new))) {
            await("part of the batch scored").atMost(Duration.ofMinutes(2)).pollInterval(Duration.ofMillis(20))
                    .until(() -> {
                        assertThat(first.isAlive()).as("the first run is still running").isTrue();
                        atKill.set(first.batch(httpPort, BATCH).map(b -> b.path("documents").asLong()).orElse(0L));
                        return atKill.get() >= DOCS / 4;
                    });
            first.kill();
            assertThat(first.output()).contains("batch " + BATCH + ": " + DOCS + " accepted");
        }
        assertThat(atKill.get()).as("killed before the batch was done").isLessThan(DOCS);

        final long begin = System.nanoTime();
        try (RpProcess again = RpProcess.start(dir.resolve("again.log"), run.toArray(String[]::new))) {
            final Optional<Integer> code = again.waitFor(Duration.ofMinutes(3));
            final String output = again.output();
            assertThat(code).as(output).contains(0);
            assertThat(output).as("the rerun publishes nothing twice").contains("batch " + BATCH + ": 0 accepted")
                    .contains(DOCS + " duplicate(s)");
        }
        final long rerunMillis = (System.nanoTime() - begin) / 1_000_000;
        final JsonNode report = Json.MAPPER.readTree(out.toFile());
        final Set<String> keys = new HashSet<>();
        report.path("documents").forEach(d -> assertThat(keys.add(d.path("key").asText()))
                .as("each document once").isTrue());
        assertThat(keys).as("every document of the batch, the killed run's too").hasSize(DOCS);
        assertThat(report.path("summary").path("documents").asLong()).isEqualTo(DOCS);
        assertThat(report.path("summary").path("byStatus").path("scored").asLong()).isEqualTo(DOCS);
        System.out.printf("RunKillIT: killed at %d of %d scored; the rerun finished in %d ms%n", atKill.get(), DOCS,
                rerunMillis);
    }
}
