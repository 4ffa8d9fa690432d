package org.resumepipeline.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.resumepipeline.cli.StageProcesses.awaitReady;
import static org.resumepipeline.cli.StageProcesses.get;
import static org.resumepipeline.cli.StageProcesses.scored;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.resumepipeline.bench.MixedResumes;
import org.resumepipeline.broker.EmbeddedKafka;
import org.resumepipeline.ingest.Ingestor;
import org.resumepipeline.model.Batch;
import org.resumepipeline.model.ClientDefaults;
import org.resumepipeline.model.Json;

/**
 * {@code kill -9} of {@code rp score} and then of {@code rp report} mid-batch (ScaleOutIT kills extract), each
 * started again on its own state directory: the batch completes, every document once in the report, its counts equal
 * to its documents.
 *
 * <p>A long fault test (about a minute), tagged {@code chaos}: outside the default {@code mvn verify}; run it with
 * {@code -Drp.it.excludedGroups=none}.
 */
@Tag("chaos")
class ScoreReportKillIT {
    private static final String BATCH = "killed";
    private static final int DOCS = 120;


    @TempDir
    Path dir;

    @Test
    void shouldCountEveryDocumentOnceWhenScoreAndReportAreKilledMidBatch() throws Exception {
        Assumptions.assumeTrue(Files.isRegularFile(RpProcess.JAR), "the fat jar is built in the package phase");
        final Path input = Files.createDirectories(dir.resolve("resumes"));
        MixedResumes.write(input, DOCS, MixedResumes.MARKDOWN);
        final List<Path> files;
        try (Stream<Path> listing = Files.list(input)) {
            files = listing.sorted().toList();
        }
        final int brokerPort = EmbeddedKafka.freePort();
        final String bootstrap = "127.0.0.1:" + brokerPort;
        final List<RpProcess> stages = new ArrayList<>();
        try (RpProcess broker = RpProcess.startWithHeap(dir.resolve("broker.log"), "384m", "broker", "--data-dir",
                dir.resolve("broker").toString(), "--port", Integer.toString(brokerPort), "--partitions", "2")) {
            broker.awaitBrokerReady();
            stages.add(stage("extract", bootstrap, "--workers", "1"));
            stages.add(stage("score", bootstrap));
            stages.add(stage("report", bootstrap));
            final int[] ports = new int[stages.size()];
            for (int i = 0; i < ports.length; i++) {
                ports[i] = stages.get(i).awaitHttpPort();
            }
            awaitReady(stages, ports, 200);
            final Set<String> keys = new HashSet<>();
            try (Ingestor ingestor = new Ingestor(ClientDefaults.client(bootstrap))) {
                ingestor.putBatch(new Batch(BATCH, System.currentTimeMillis(), null));
                keys.addAll(ingestor.ingest(BATCH, files).acceptedKeys());
            }
            assertThat(keys).hasSize(DOCS);

            await().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofMillis(50))
                    .until(() -> scored(stages.get(2), ports[2], BATCH) >= DOCS / 6);
            final long atScoreKill = scored(stages.get(2), ports[2], BATCH);
            stages.get(1).kill();
            stages.set(1, stage("score", bootstrap));
            ports[1] = stages.get(1).awaitHttpPort();

            await().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofMillis(50))
                    .until(() -> scored(stages.get(2), ports[2], BATCH) >= DOCS / 2);
            final long atReportKill = scored(stages.get(2), ports[2], BATCH);
            stages.get(2).kill();
            final long reportKilledAt = System.nanoTime();
            stages.set(2, stage("report", bootstrap));
            ports[2] = stages.get(2).awaitHttpPort();

            await().atMost(Duration.ofSeconds(150)).pollInterval(Duration.ofMillis(250))
                    .until(() -> scored(stages.get(2), ports[2], BATCH) >= DOCS);
            final double completeAfter = (System.nanoTime() - reportKilledAt) / 1e9;
            final JsonNode doc = Json.MAPPER.readTree(get(ports[2], "/batches/" + BATCH + "/report.json"));
            final Set<String> reported = new HashSet<>();
            doc.path("documents").forEach(d -> assertThat(reported.add(d.path("key").asText()))
                    .as("each document once").isTrue());
            assertThat(reported).isEqualTo(keys);
            assertThat(doc.path("summary").path("documents").asLong()).as("counts equal documents").isEqualTo(DOCS);
            assertThat(doc.path("summary").path("byStatus").path("scored").asLong()).isEqualTo(DOCS);
            assertThat(doc.path("summary").path("byStatus").path("failed").asLong()).as("no failure").isZero();
            System.out.printf(Locale.ROOT, "ScoreReportKillIT: %d documents; score killed at %d scored, report "
                    + "killed at %d; batch complete %.1f s after the report's kill, each document once%n", DOCS,
                    atScoreKill, atReportKill, completeAfter);
        } finally {
            for (final RpProcess p : stages) {
                p.close();
            }
        }
    }

    private RpProcess stage(final String command, final String bootstrap, final String... more) throws Exception {
        return StageProcesses.start(dir, command, bootstrap, more);
    }
}
