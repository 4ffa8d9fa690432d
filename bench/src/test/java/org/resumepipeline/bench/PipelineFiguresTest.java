package org.resumepipeline.bench;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The pipeline bench's JSON line (a public interface) and its percentile. */
class PipelineFiguresTest {
    @Test
    void shouldWriteTheDocumentedFieldsInOrderOnOneLine() throws Exception {
        final String line = new PipelineFigures(480, 12.5, 38.4, 512.0, 1234, 870).jsonLine();
        assertThat(line).doesNotContain("\n").startsWith("{\"documents\": 480, \"seconds\": 12.500, ");
        final JsonNode json = new ObjectMapper().readTree(line);
        final List<String> names = new ArrayList<>();
        json.fieldNames().forEachRemaining(names::add);
        assertThat(names).containsExactly("documents", "seconds", "docs_per_s", "baseline_docs_per_s", "ratio",
                "peak_rss_mb", "p95_end_to_end_ms");
        assertThat(json.get("ratio").asDouble()).isEqualTo(0.075);
        assertThat(json.get("peak_rss_mb").asLong()).isEqualTo(1234);
        assertThat(json.get("p95_end_to_end_ms").isIntegralNumber()).isTrue();
    }

    @Test
    void shouldTakeTheNearestRankPercentile() {
        final long[] values = new long[100];
        for (int i = 0; i < values.length; i++) {
            values[i] = 100 - i;
        }
        assertThat(PipelineFigures.percentile(values, 95)).isEqualTo(95);
        assertThat(PipelineFigures.percentile(values, 100)).isEqualTo(100);
        assertThat(PipelineFigures.percentile(new long[] {7}, 95)).isEqualTo(7);
        assertThat(PipelineFigures.percentile(new long[0], 95)).isZero();
        assertThat(values[0]).as("input left as it was").isEqualTo(100);
    }
}
