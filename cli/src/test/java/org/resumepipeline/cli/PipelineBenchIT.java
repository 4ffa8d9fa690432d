package org.resumepipeline.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.resumepipeline.bench.MixedResumes;
import org.resumepipeline.model.Json;
import picocli.CommandLine;

/** {@code rp bench pipeline} on a few generated files: every copy of every file reaches the report, once. */
class PipelineBenchIT {
    @Test
    void shouldIngestTheFolderKTimesAndEndWithTheFiguresAsOneJsonLine(@TempDir final Path dir) throws Exception {
        final int files = 6;
        final int repeat = 2;
        MixedResumes.write(dir.resolve("corpus"), files);
        final CommandLine rp = Rp.commandLine();
        final StringWriter out = new StringWriter();
        final StringWriter err = new StringWriter();
        rp.setOut(new PrintWriter(out, true));
        rp.setErr(new PrintWriter(err, true));

        final int exit = rp.execute("bench", "pipeline", "--input", dir.resolve("corpus").toString(),
                "--repeat", Integer.toString(repeat), "--format", "json", "--baseline-seconds", "1",
                "--partitions", "2");

        assertThat(exit).as(err.toString()).isZero();
        final List<String> lines = out.toString().lines().toList();
        assertThat(lines).as("stdout holds only the figures").hasSize(1);
        final JsonNode json = Json.MAPPER.readTree(lines.get(lines.size() - 1));
        final List<String> names = new ArrayList<>();
        json.fieldNames().forEachRemaining(names::add);
        assertThat(names).containsExactly("documents", "seconds", "docs_per_s", "baseline_docs_per_s", "ratio",
                "peak_rss_mb", "p95_end_to_end_ms");
        assertThat(json.get("documents").asLong()).isEqualTo((long) files * repeat);
        assertThat(json.get("seconds").asDouble()).isPositive();
        assertThat(json.get("baseline_docs_per_s").asDouble()).isPositive();
        assertThat(json.get("ratio").asDouble()).isCloseTo(json.get("docs_per_s").asDouble()
                / json.get("baseline_docs_per_s").asDouble(), org.assertj.core.data.Offset.offset(0.01));
        assertThat(json.get("peak_rss_mb").asLong()).isPositive();
        assertThat(json.get("p95_end_to_end_ms").asLong()).isNotNegative()
                .isLessThanOrEqualTo((long) (json.get("seconds").asDouble() * 1000) + 1);
        assertThat(err.toString()).contains("batch ", "raw tika", "peak RSS").doesNotContain("candidate0@");
    }
}
