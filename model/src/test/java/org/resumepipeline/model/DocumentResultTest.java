package org.resumepipeline.model;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DocumentResultTest {
    @Test
    void shouldReadADocWrittenBeforeCoverageExistedWithCoverageNull() throws Exception {
        final String old = "{\"key\":\"b/1\",\"file\":\"a.pdf\",\"status\":\"scored\",\"score\":31,\"grade\":\"weak\","
                + "\"warnings\":[\"TWO_COLUMN\"],\"batch\":\"b\",\"uploadedAt\":5}";
        final DocumentResult doc = Json.MAPPER.readValue(old.getBytes(StandardCharsets.UTF_8), DocumentResult.class);
        assertThat(doc.coverage()).isNull();
        assertThat(doc.score()).isEqualTo(31);
        assertThat(doc.hasLowCoverage()).isFalse();
        assertThat(doc.lowCoverageNote()).isNull();
    }

    @Test
    void shouldWriteCoverageAsANewFieldAndReadItBack() throws Exception {
        final DocumentResult doc = scored(List.of("LOW_COVERAGE"), 0.384);
        final byte[] json = Json.MAPPER.writeValueAsBytes(doc);
        final JsonNode tree = Json.MAPPER.readTree(json);
        assertThat(tree.path("coverage").asDouble()).isEqualTo(0.384);
        assertThat(tree.path("warnings").get(0).asText()).isEqualTo("LOW_COVERAGE");
        // helpers stay helpers, not fields of the schema
        assertThat(tree.has("lowCoverageNote")).isFalse();
        assertThat(tree.has("coveragePercent")).isFalse();
        assertThat(Json.MAPPER.readValue(json, DocumentResult.class)).isEqualTo(doc);
    }

    @Test
    void shouldNoteLowCoverageWithItsFigureRoundedToAWholePercent() {
        assertThat(scored(List.of("TWO_COLUMN", "LOW_COVERAGE"), 0.384).lowCoverageNote())
                .isEqualTo("LOW_COVERAGE 38%");
        assertThat(scored(List.of("LOW_COVERAGE"), null).lowCoverageNote()).isEqualTo("LOW_COVERAGE");
        assertThat(scored(List.of(), 0.2).lowCoverageNote()).isNull();
        assertThat(scored(List.of(), 0.2).coveragePercent()).isEqualTo(20);
        assertThat(DocumentResult.failed(new Failure("b/2", "b", "x.pdf", "extract", FailureReason.CORRUPT, "m", 1L))
                .coverage()).isNull();
    }

    private static DocumentResult scored(final List<String> warnings, final Double coverage) {
        return new DocumentResult("b/1", "a.pdf", DocumentResult.SCORED, null, "v1", 31, "weak", 1, null, List.of(),
                List.of(), List.of(), List.of(), warnings, "b", 5L, List.of(), Map.of(), null, "x1", coverage);
    }
}
