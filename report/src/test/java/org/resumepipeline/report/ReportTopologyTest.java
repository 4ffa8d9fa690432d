package org.resumepipeline.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TopologyTestDriver;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.test.TestRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.resumepipeline.model.Contribution;
import org.resumepipeline.model.ClientDefaults;
import org.resumepipeline.model.DocumentResult;
import org.resumepipeline.model.Failure;
import org.resumepipeline.model.FailureReason;
import org.resumepipeline.model.Json;
import org.resumepipeline.model.Finding;
import org.resumepipeline.model.ScoredBullet;
import org.resumepipeline.model.ScoredRole;
import org.resumepipeline.model.Topics;

class ReportTopologyTest {
    @TempDir
    Path state;

    private TopologyTestDriver driver;
    private TestInputTopic<String, DocumentResult> scores;
    private TestInputTopic<String, Failure> failures;

    @BeforeEach
    void start() {
        final Properties props = ClientDefaults.streams(ReportTopology.APPLICATION_ID, "unused:9092", state, Map.of());
        driver = new TopologyTestDriver(ReportTopology.build(new SimpleMeterRegistry(), props), props);
        scores = driver.createInputTopic(Topics.SCORES.name(), Topics.SCORES.keySerde().serializer(),
                Topics.SCORES.valueSerde().serializer());
        failures = driver.createInputTopic(Topics.FAILURES.name(), Topics.FAILURES.keySerde().serializer(),
                Topics.FAILURES.valueSerde().serializer());
    }

    @AfterEach
    void stop() {
        driver.close();
    }

    static DocumentResult scored(final String batch, final String id, final int score, final String version) {
        final ScoredBullet bullet = new ScoredBullet("Worked on things", score, ResumeScoreGrades.grade(score),
                List.of(new Finding("WEAK_OPENER", "error", "m", 0, 9, "s")), List.of());
        return new DocumentResult(batch + "/" + id, id + ".pdf", DocumentResult.SCORED, null, version, score,
                ResumeScoreGrades.grade(score), 1, null, List.of(new ScoredRole("t", "c", "d", List.of(bullet))),
                List.of(), List.of(), List.of(), List.of(), batch, 1L, List.of(), Map.of("reliability", true), null,
                "x");
    }

    private BatchAggregate aggregate(final String batch) {
        final KeyValueStore<String, BatchAggregate> store = driver.getKeyValueStore(ReportTopology.AGGREGATES_STORE);
        return store.get(batch);
    }

    @Test
    void shouldNotDoubleCountAReplayedResult() {
        final DocumentResult doc = scored("b", "1", 80, "v1");
        scores.pipeInput(doc.key(), doc);
        scores.pipeInput(doc.key(), doc);
        scores.pipeInput(doc.key(), doc);
        final BatchAggregate agg = aggregate("b");
        assertThat(agg.documents()).isEqualTo(1);
        assertThat(agg.byGrade()).containsExactly(Map.entry("strong", 1L));
        assertThat(agg.ruleHits()).containsExactly(Map.entry("WEAK_OPENER", 1L));
        assertThat(agg.signalCoverage()).containsExactly(Map.entry("reliability", 1L));
    }

    @Test
    void shouldReplaceTheOldVersionWhenARescoreArrives() {
        scores.pipeInput("b/1", scored("b", "1", 80, "v1"));
        scores.pipeInput("b/2", scored("b", "2", 30, "v1"));
        scores.pipeInput("b/1", scored("b", "1", 50, "v2"));
        final BatchAggregate agg = aggregate("b");
        assertThat(agg.documents()).isEqualTo(2);
        assertThat(agg.rulesetVersions()).containsExactly(Map.entry("v1", 1L), Map.entry("v2", 1L));
        assertThat(agg.byGrade()).containsExactly(Map.entry("fair", 1L), Map.entry("weak", 1L));
        assertThat(agg.scoreSum()).isEqualTo(80);
        assertThat(agg.scoreHistogram()).containsExactly(Map.entry(30, 1L), Map.entry(50, 1L));
    }

    @Test
    void shouldCountFailuresByReasonAndForgetOnTombstones() {
        failures.pipeInput("b/3", new Failure("b/3", "b", "x.pdf", "extract", FailureReason.ENCRYPTED, null, 1L));
        scores.pipeInput("b/1", scored("b", "1", 80, "v1"));
        assertThat(aggregate("b").failuresByReason()).containsExactly(Map.entry("ENCRYPTED", 1L));
        assertThat(aggregate("b").documents()).isEqualTo(2);
        failures.pipeInput("b/3", null);
        scores.pipeInput("b/1", null);
        final KeyValueStore<String, ResultEntry> results = driver.getKeyValueStore(ReportTopology.RESULTS_STORE);
        assertThat(results.get("b/1")).isNull();
        assertThat(results.get("b/3")).isNull();
        assertThat(aggregate("b").documents()).isZero();
        assertThat(aggregate("b").failuresByReason()).isEmpty();
    }

    @Test
    void shouldKeepEachDocAsTheBytesItArrivedAsBesideItsCounts() {
        final DocumentResult doc = scored("b", "1", 80, "v1");
        final byte[] sent = Topics.SCORES.valueSerde().serializer().serialize(Topics.SCORES.name(), doc);
        scores.pipeInput(doc.key(), doc);
        final KeyValueStore<String, ResultEntry> results = driver.getKeyValueStore(ReportTopology.RESULTS_STORE);
        assertThat(results.get(doc.key()).doc()).isEqualTo(sent);
        assertThat(results.get(doc.key()).contribution()).isEqualTo(Contribution.of(doc));
    }

    @Test
    void shouldCountAScoreByTheScoreStagesHeaderWithoutReadingTheDoc() throws Exception {
        final DocumentResult doc = scored("b", "1", 80, "v1");
        // counts that disagree with the DOC on purpose: the aggregate must follow the header
        final Contribution counts = new Contribution("b", DocumentResult.SCORED, "weak", 12, "v9", null,
                Map.of("FROM_HEADER", 3), List.of("header-area"), 1L);
        final TestRecord<String, DocumentResult> record = new TestRecord<>(doc.key(), doc,
                new RecordHeaders().add(Contribution.HEADER, Json.MAPPER.writeValueAsBytes(counts)));
        scores.pipeInput(record);
        final BatchAggregate agg = aggregate("b");
        assertThat(agg.ruleHits()).containsExactly(Map.entry("FROM_HEADER", 3L));
        assertThat(agg.rulesetVersions()).containsExactly(Map.entry("v9", 1L));
        assertThat(agg.signalCoverage()).containsExactly(Map.entry("header-area", 1L));

        // the next version replaces exactly the header's counts
        scores.pipeInput(doc.key(), scored("b", "1", 30, "v2"));
        assertThat(aggregate("b").documents()).isEqualTo(1);
        assertThat(aggregate("b").ruleHits()).containsExactly(Map.entry("WEAK_OPENER", 1L));
        assertThat(aggregate("b").rulesetVersions()).containsExactly(Map.entry("v2", 1L));
    }

    @Test
    void shouldReadTheDocWhenTheCountsHeaderIsUnreadable() {
        final DocumentResult doc = scored("b", "1", 80, "v1");
        scores.pipeInput(new TestRecord<>(doc.key(), doc,
                new RecordHeaders().add(Contribution.HEADER, "not a contribution".getBytes(StandardCharsets.UTF_8))));
        assertThat(aggregate("b").documents()).isEqualTo(1);
        assertThat(aggregate("b").ruleHits()).containsExactly(Map.entry("WEAK_OPENER", 1L));
    }

    @Test
    void shouldLetAReextractionReplaceAFailure() {
        failures.pipeInput("b/1", new Failure("b/1", "b", "x.pdf", "extract", FailureReason.TIMEOUT, null, 1L));
        scores.pipeInput("b/1", scored("b", "1", 45, "v1"));
        final BatchAggregate agg = aggregate("b");
        assertThat(agg.documents()).isEqualTo(1);
        assertThat(agg.failuresByReason()).isEmpty();
        assertThat(agg.byStatus()).containsExactly(Map.entry("scored", 1L));
    }

    /** Grades as the catalogue defines them, kept here so the test does not depend on the score module. */
    static final class ResumeScoreGrades {
        static String grade(final int score) {
            return score >= 70 ? "strong" : score >= 40 ? "fair" : "weak";
        }
    }
}
