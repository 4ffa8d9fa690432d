package org.resumepipeline.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.resumepipeline.model.Json;

/**
 * {@code rp bench chaos} in small: 40 documents a batch, one SIGKILL of each stage process; the bench's own checks
 * (each accepted document once in the report, each note's failure once, counts equal to documents) pass, and its table
 * and JSON line say so. The long run (300 documents, 5 kills each) is {@code ./rp bench chaos}; tagged {@code chaos}.
 */
@Tag("chaos")
class ChaosBenchIT {
    @TempDir
    Path dir;

    @Test
    void shouldLoseAndDoubleNothingWhenEachStageIsKilledMidBatch() throws Exception {
        Assumptions.assumeTrue(Files.isRegularFile(RpProcess.JAR), "the fat jar is built in the package phase");
        final String output;
        final java.util.Optional<Integer> exit;
        try (RpProcess bench = RpProcess.startWithHeap(dir.resolve("bench.log"), "256m", "bench", "chaos", "--docs",
                "40", "--kills", "1", "--seed", "20", "--dir", dir.resolve("work").toString())) {
            exit = bench.waitFor(Duration.ofMinutes(8));
            output = bench.output();
        }
        System.out.println(output);
        assertThat(exit).as(output).contains(0);
        final List<String> lines = output.lines().toList();
        final JsonNode figures = Json.MAPPER.readTree(lines.stream().filter(l -> l.startsWith("{\"bench\":\"chaos\""))
                .reduce((a, b) -> b).orElseThrow());
        assertThat(figures.path("faults")).hasSize(3).allSatisfy(f -> {
            assertThat(f.path("timesTried").asInt()).isEqualTo(1);
            assertThat(f.path("documentsLost").asInt()).isZero();
            assertThat(f.path("documentsDoubled").asInt()).isZero();
            assertThat(f.path("failed").asInt()).as("the notes' failures, once each").isEqualTo(2);
            assertThat(f.path("verdict").asText()).isEqualTo("pass");
        });
        assertThat(output).contains("kill -9 extract", "kill -9 score", "kill -9 report", "documents doubled");
    }
}
