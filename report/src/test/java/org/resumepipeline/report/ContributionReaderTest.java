package org.resumepipeline.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.kafka.common.errors.SerializationException;
import org.junit.jupiter.api.Test;
import org.resumepipeline.model.Contribution;
import org.resumepipeline.model.DocumentFailure;
import org.resumepipeline.model.DocumentResult;
import org.resumepipeline.model.FailureReason;
import org.resumepipeline.model.Finding;
import org.resumepipeline.model.ScoredBullet;
import org.resumepipeline.model.ScoredRole;

class ContributionReaderTest {
    private static Finding finding(final String rule) {
        return new Finding(rule, "warning", "message about " + rule, 0, 4, "a suggestion");
    }

    private static byte[] bytes(final DocumentResult doc) {
        return ReportTopology.RESULT_SERDE.serializer().serialize("resume.scores", doc);
    }

    @Test
    void shouldReadTheSameContributionAsTheWholeDoc() {
        final ScoredRole role = new ScoredRole("Engineer", "Acme", "2020 - 2022", List.of(
                new ScoredBullet("Led a team", 70, "strong", List.of(finding("NO_METRIC"), finding("VAGUE")),
                        List.of()),
                new ScoredBullet("Did work", 20, "weak", List.of(finding("NO_METRIC"), finding("WEAK_OPENER")),
                        List.of())));
        // project bullets do not count towards the batch's rule hits, in either reading
        final ScoredRole project = new ScoredRole("Tool", null, null, List.of(
                new ScoredBullet("Built a tool", 50, "fair", List.of(finding("PROJECT_ONLY")), List.of())));
        final Map<String, Boolean> coverage = new LinkedHashMap<>();
        coverage.put("reliability", true);
        coverage.put("leadership", false);
        coverage.put("impact", true);
        final DocumentResult doc = new DocumentResult("b/1", "one.pdf", DocumentResult.SCORED, null, "v7", 63,
                "fair", 2, null, List.of(role), List.of("Java"), List.of(), List.of(finding("NO_SUMMARY")),
                List.of("TWO_COLUMN"), "b", 1234L, List.of(project), coverage, null, "x");

        final Contribution read = ContributionReader.read(bytes(doc));

        assertThat(read).isEqualTo(Contribution.of(doc));
        assertThat(read.ruleHits()).containsExactly(Map.entry("NO_METRIC", 2), Map.entry("NO_SUMMARY", 1),
                Map.entry("VAGUE", 1), Map.entry("WEAK_OPENER", 1));
        assertThat(read.coveredAreas()).containsExactly("impact", "reliability");
        assertThat(read.rulesetVersion()).isEqualTo("v7");
        assertThat(read.uploadedAt()).isEqualTo(1234L);
    }

    @Test
    void shouldReadAFailure() {
        final DocumentResult doc = new DocumentResult("b/2", "two.pdf", DocumentResult.FAILED,
                new DocumentFailure(FailureReason.ENCRYPTED, "Save it without a password"), null, null, null, null,
                null, List.of(), List.of(), List.of(), List.of(), List.of(), "b", 99L, List.of(), Map.of(), null,
                null);

        final Contribution read = ContributionReader.read(bytes(doc));

        assertThat(read).isEqualTo(Contribution.of(doc));
        assertThat(read.failureReason()).isEqualTo("ENCRYPTED");
        assertThat(read.isScored()).isFalse();
    }

    @Test
    void shouldRefuseBytesThatAreNotADoc() {
        assertThatThrownBy(() -> ContributionReader.read("not json".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(SerializationException.class);
    }

    @Test
    void shouldNotQuoteTheDocInTheErrorForADocItCannotRead() {
        final Throwable error = org.assertj.core.api.Assertions.catchThrowable(() -> ContributionReader.read(
                "{\"uploadedAt\": \"Quinn Zabriskie-Okafor\"}".getBytes(StandardCharsets.UTF_8)));
        final java.io.StringWriter trace = new java.io.StringWriter();
        error.printStackTrace(new java.io.PrintWriter(trace));
        assertThat(trace.toString()).as("message and stack trace, causes included").contains("counts")
                .doesNotContain("Quinn").doesNotContain("Zabriskie");
    }
}
