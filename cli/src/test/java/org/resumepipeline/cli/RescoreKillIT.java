package org.resumepipeline.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
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
        final Path jar = Path.of("target", "rp.jar");
        Assumptions.assumeTrue(Files.isRegularFile(jar), "the fat jar is built in the package phase");
        final Path input = Files.createDirectories(dir.resolve("resumes"));
        BenchResumes.write(input, DOCS);
        final Path data = dir.resolve("data");
        final ReplayIT.Result run = ReplayIT.rp("run", "--input", input.toString(), "--batch", BATCH, "--until-done",
                "--data-dir", data.toString(), "--http-port", "-1");
        assertThat(run.code()).as(run.err()).isZero();

        final Path rules = dir.resolve("next.yaml");
        Files.writeString(rules, new String(Ruleset.defaults().bytes(), StandardCharsets.UTF_8) + "\n# next\n",
                StandardCharsets.UTF_8);
        final String version = Ruleset.load(rules).version();
        final int port = EmbeddedKafka.freePort();
        final String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        final Process rescore = new ProcessBuilder(java, "-Xmx768m", "-jar", jar.toString(), "rescore",
                "--rules", rules.toString(), "--batch", BATCH, "--until-done", "--data-dir", data.toString(),
                "--http-port", Integer.toString(port))
                .redirectErrorStream(true).redirectOutput(dir.resolve("rescore.log").toFile()).start();
        long atKill = -1;
        try {
            final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();
            final long deadline = System.nanoTime() + Duration.ofMinutes(3).toNanos();
            while (rescore.isAlive() && System.nanoTime() < deadline) {
                final long moved = movedToVersion(http, port, version);
                if (moved > 0) {
                    atKill = moved;
                    break;
                }
                LockSupport.parkNanos(Duration.ofMillis(20).toNanos());
            }
        } finally {
            rescore.destroyForcibly();
            rescore.waitFor(30, TimeUnit.SECONDS);
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

    /** @return documents of the batch at the version, from the killed process's report, 0 when not answering */
    private static long movedToVersion(final HttpClient http, final int port, final String version) {
        try {
            final HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port
                    + "/batches")).timeout(Duration.ofSeconds(2)).build(), HttpResponse.BodyHandlers.ofString());
            if (r.statusCode() != 200) {
                return 0;
            }
            for (final JsonNode agg : Json.MAPPER.readTree(r.body())) {
                if (BATCH.equals(agg.path("batch").asText())) {
                    return agg.path("rulesetVersions").path(version).asLong();
                }
            }
            return 0;
        } catch (java.io.IOException e) {
            return 0;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 0;
        }
    }
}
