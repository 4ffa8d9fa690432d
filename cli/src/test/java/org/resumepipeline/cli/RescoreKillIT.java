package org.resumepipeline.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.locks.LockSupport;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.resumepipeline.bench.MixedResumes;
import org.resumepipeline.broker.EmbeddedKafka;
import org.resumepipeline.model.Json;
import org.resumepipeline.score.Ruleset;

/**
 * Kill -9 a rescore midway (the whole JVM, embedded broker included), run it again: every document ends at the
 * new version exactly once.
 */
class RescoreKillIT {
    private static final String BATCH = "killed";
    private static final int DOCS = 2500;

    @TempDir
    Path dir;

    @Test
    void shouldCompleteAKilledRescoreWithoutDoubleCounting() throws Exception {
        Assumptions.assumeTrue(Files.isRegularFile(RpProcess.JAR), "the fat jar is built in the package phase");
        final Path input = Files.createDirectories(dir.resolve("resumes"));
        MixedResumes.write(input, DOCS, MixedResumes.MARKDOWN);
        final Path data = dir.resolve("data");
        final ReplayIT.Result run = ReplayIT.rp("run", "--input", input.toString(), "--batch", BATCH, "--until-done",
                "--data-dir", data.toString(), "--http-port", "-1");
        assertThat(run.code()).as(run.err()).isZero();

        final Path rules = dir.resolve("next.yaml");
        Files.writeString(rules, new String(Ruleset.defaults().bytes(), StandardCharsets.UTF_8) + "\n# next\n",
                StandardCharsets.UTF_8);
        final String version = Ruleset.load(rules).version();
        final int port = EmbeddedKafka.freePort();
        long atKill = -1;
        try (RpProcess rescore = RpProcess.start(dir.resolve("rescore.log"), "rescore", "--rules", rules.toString(),
                "--batch", BATCH, "--until-done", "--data-dir", data.toString(), "--http-port",
                Integer.toString(port))) {
            final long deadline = System.nanoTime() + Duration.ofMinutes(3).toNanos();
            while (rescore.isAlive() && System.nanoTime() < deadline) {
                final long moved = rescore.batch(port, BATCH)
                        .map(agg -> agg.path("rulesetVersions").path(version).asLong()).orElse(0L);
                if (moved > 0) {
                    atKill = moved;
                    break;
                }
                LockSupport.parkNanos(Duration.ofMillis(20).toNanos());
            }
            rescore.kill();
        }
        assertThat(atKill).as("the rescore was killed after it had started moving documents").isPositive();
        assertThat(atKill).as("... and before it finished").isLessThan(DOCS);

        final Path out = dir.resolve("after.json");
        final ReplayIT.Result again = ReplayIT.rp("rescore", "--rules", rules.toString(), "--batch", BATCH,
                "--until-done", "--data-dir", data.toString(), "--http-port", "-1", "--report-out", out.toString());
        assertThat(again.code()).as(again.err()).isZero();
        final JsonNode report = Json.MAPPER.readTree(out.toFile());
        final Set<String> keys = new HashSet<>();
        report.path("documents").forEach(d -> {
            assertThat(keys.add(d.path("key").asText())).as("each document once").isTrue();
            assertThat(d.path("rulesetVersion").asText()).isEqualTo(version);
        });
        assertThat(keys).hasSize(DOCS);
        assertThat(report.path("summary").path("documents").asLong()).isEqualTo(DOCS);
        assertThat(report.path("summary").path("rulesetVersions").path(version).asLong()).isEqualTo(DOCS);
        assertThat(report.path("summary").path("rulesetVersions").size()).isEqualTo(1);
    }
}
