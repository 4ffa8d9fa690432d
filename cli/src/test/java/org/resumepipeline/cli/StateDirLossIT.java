package org.resumepipeline.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.resumepipeline.bench.MixedResumes;
import org.resumepipeline.broker.EmbeddedKafka;
import org.resumepipeline.model.Json;
import org.resumepipeline.report.ReportTopology;

/**
 * The report's local state (RocksDB under {@code <data-dir>/streams}) deleted while {@code rp run} is stopped, the
 * broker's data kept: the next run rebuilds the stores from their changelog topics and hands back the same report,
 * every document once, without parsing or scoring anything again.
 *
 * <p>A long fault test (about a minute), tagged {@code chaos}: outside the default {@code mvn verify}; run it with
 * {@code -Drp.it.excludedGroups=none}.
 */
@Tag("chaos")
class StateDirLossIT {
    private static final String BATCH = "restored";
    private static final int DOCS = 30;

    @TempDir
    Path dir;

    @Test
    void shouldRestoreTheReportFromTheChangelogWhenTheStateDirectoryIsDeletedWhileStopped() throws Exception {
        Assumptions.assumeTrue(Files.isRegularFile(RpProcess.JAR), "the fat jar is built in the package phase");
        final Path input = Files.createDirectories(dir.resolve("resumes"));
        MixedResumes.write(input, DOCS, MixedResumes.MARKDOWN);
        final Path data = dir.resolve("data");
        final String brokerPort = Integer.toString(EmbeddedKafka.freePort());
        final String httpPort = Integer.toString(EmbeddedKafka.freePort());

        final String first = run(input, data, brokerPort, httpPort, "first");
        assertThat(first).contains("batch " + BATCH + ": " + DOCS + " accepted");
        final Path state = data.resolve("streams");
        assertThat(state.resolve(ReportTopology.APPLICATION_ID)).as("the report kept state").isDirectory();
        deleteTree(state);
        assertThat(data.resolve("kafka")).as("the broker's data stays").isDirectory();

        final long begin = System.nanoTime();
        final String second = run(input, data, brokerPort, httpPort, "second");
        final double seconds = (System.nanoTime() - begin) / 1e9;
        assertThat(second).as("nothing published again").contains("batch " + BATCH + ": 0 accepted")
                .contains(DOCS + " duplicate(s)");
        assertThat(state.resolve(ReportTopology.APPLICATION_ID)).as("rebuilt").isDirectory();

        final JsonNode before = Json.MAPPER.readTree(dir.resolve("first.json").toFile());
        final JsonNode after = Json.MAPPER.readTree(dir.resolve("second.json").toFile());
        assertThat(after.path("documents")).hasSize(DOCS);
        assertThat(after.path("documents")).as("the same documents, scores and findings").isEqualTo(
                before.path("documents"));
        assertThat(after.path("summary")).isEqualTo(before.path("summary"));
        System.out.printf(Locale.ROOT, "StateDirLossIT: %d documents, state directory deleted; the second run "
                + "(JVM and broker start-up, restore included) handed back the same report in %.1f s%n", DOCS,
                seconds);
    }

    private String run(final Path input, final Path data, final String brokerPort, final String httpPort,
                       final String name) throws IOException, InterruptedException {
        try (RpProcess rp = RpProcess.start(dir.resolve(name + ".log"), "run", "--input", input.toString(),
                "--batch", BATCH, "--until-done", "--data-dir", data.toString(), "--broker-port", brokerPort,
                "--http-port", httpPort, "--workers", "1", "--report-out", dir.resolve(name + ".json").toString(),
                "--timeout", "120")) {
            final Optional<Integer> code = rp.waitFor(Duration.ofMinutes(3));
            final String output = rp.output();
            assertThat(code).as(output).contains(0);
            return output;
        }
    }

    private static void deleteTree(final Path root) throws IOException {
        try (Stream<Path> paths = Files.walk(root)) {
            for (final Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
        assertThat(root).doesNotExist();
    }
}
