package org.resumepipeline.score;

import org.resumepipeline.model.Json;
import org.resumepipeline.model.Contribution;
import java.nio.charset.StandardCharsets;
import org.apache.kafka.common.header.internals.RecordHeaders;
import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.TopologyTestDriver;
import org.apache.kafka.streams.test.TestRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.resumepipeline.model.Batch;
import org.resumepipeline.model.ClientDefaults;
import org.resumepipeline.model.Contact;
import org.resumepipeline.model.DocumentResult;
import org.resumepipeline.model.ResumeDocument;
import org.resumepipeline.model.ResumeText;
import org.resumepipeline.model.Role;
import org.resumepipeline.model.Topics;

class ScoreTopologyTest {
    @TempDir
    Path state;

    private TopologyTestDriver driver;
    private TestInputTopic<String, ResumeText> texts;
    private TestInputTopic<String, Batch> batches;
    private TestOutputTopic<String, DocumentResult> scores;
    private final Ruleset ruleset = Ruleset.defaults();
    private final SimpleMeterRegistry registry = new SimpleMeterRegistry();

    @BeforeEach
    void start() {
        final Properties props = ClientDefaults.streams(ScoreTopology.applicationId(ruleset), "unused:9092", state,
                Map.of());
        driver = new TopologyTestDriver(ScoreTopology.build(new ResumeScorer(ruleset), batch -> !batch.equals("skip"),
                registry, props), props);
        texts = driver.createInputTopic(Topics.TEXTS.name(), Topics.TEXTS.keySerde().serializer(),
                Topics.TEXTS.valueSerde().serializer());
        batches = driver.createInputTopic(Topics.BATCHES.name(), Topics.BATCHES.keySerde().serializer(),
                Topics.BATCHES.valueSerde().serializer());
        scores = driver.createOutputTopic(Topics.SCORES.name(), Topics.SCORES.keySerde().deserializer(),
                Topics.SCORES.valueSerde().deserializer());
    }

    @AfterEach
    void stop() {
        driver.close();
    }

    static ResumeText text(final String batch, final String id, final List<String> bullets) {
        final ResumeDocument doc = new ResumeDocument("txt", 1,
                new Contact("A. Candidate", "a@example.com", null, List.of("https://github.com/example")),
                null, List.of(), List.of(new Role("Backend Engineer", "Example Corp", null, "2021 - Present", "2021",
                null, true, bullets)), List.of(), List.of("Java", "Kafka"), List.of(), List.of());
        return new ResumeText(batch + "/" + id, batch, id + ".txt", 1_000L, "test", doc);
    }

    @Test
    void shouldScoreEveryTextWithTheRulesetVersionAndSameBytesOnReplay() {
        final ResumeText t = text("b1", "doc1", List.of(
                "Worked on the backend services",
                "Cut p99 checkout latency from 480 ms to 120 ms by adding a Redis read-through cache"));
        texts.pipeInput(t.key(), t);
        texts.pipeInput(t.key(), t);
        final List<TestRecord<String, DocumentResult>> out = scores.readRecordsToList();
        assertThat(out).hasSize(2);
        final DocumentResult first = out.get(0).value();
        assertThat(first.key()).isEqualTo("b1/doc1");
        assertThat(first.status()).isEqualTo(DocumentResult.SCORED);
        assertThat(first.rulesetVersion()).isEqualTo(ruleset.version());
        assertThat(first.roles().get(0).bullets()).hasSize(2);
        assertThat(first.roles().get(0).bullets().get(0).findings()).extracting("rule").contains("WEAK_OPENER");
        final var serializer = Topics.SCORES.valueSerde().serializer();
        assertThat(serializer.serialize("t", out.get(1).value())).isEqualTo(serializer.serialize("t", first));
    }

    @Test
    void shouldWriteTheDocsBatchCountsInAHeader() throws Exception {
        final ResumeText t = text("b1", "doc1", List.of(
                "Worked on the backend services",
                "Cut p99 checkout latency from 480 ms to 120 ms by adding a Redis read-through cache"));
        final TestRecord<String, ResumeText> in = new TestRecord<>(t.key(), t,
                new RecordHeaders().add(Contribution.HEADER, "stale".getBytes(StandardCharsets.UTF_8)));
        texts.pipeInput(in);
        texts.pipeInput(t.key(), t);
        final List<TestRecord<String, DocumentResult>> out = scores.readRecordsToList();
        assertThat(out).hasSize(2);
        for (final TestRecord<String, DocumentResult> record : out) {
            assertThat(record.headers().headers(Contribution.HEADER)).as("one header, the stale one replaced")
                    .hasSize(1);
            final Contribution counts = Json.MAPPER.readValue(
                    record.headers().lastHeader(Contribution.HEADER).value(), Contribution.class);
            assertThat(counts).isEqualTo(Contribution.of(record.value()));
            assertThat(counts.ruleHits()).containsKey("WEAK_OPENER");
        }
    }

    @Test
    void shouldCarryTheLowCoverageWarningAndFigureToTheDocAndCountItOncePerScoredDocumentByFormat() {
        assertThat(registry.get("resume.documents.low.coverage").tag("format", "pdf").counter().count())
                .as("registered at 0 before any document").isZero();
        final ResumeText plain = text("b1", "full", List.of("Worked on the backend services"));
        final ResumeDocument d = plain.document();
        final ResumeDocument low = new ResumeDocument("pdf", 2, d.contact(), d.summary(), d.sections(), d.roles(),
                d.projects(), d.skills(), d.education(), List.of("TWO_COLUMN", ResumeDocument.LOW_COVERAGE), 0.38);
        final ResumeText poor = new ResumeText("b1/poor", "b1", "poor.pdf", 1_000L, "test", low);
        texts.pipeInput(plain.key(), plain);
        texts.pipeInput(poor.key(), poor);

        final Map<String, DocumentResult> out = scores.readKeyValuesToMap();
        assertThat(out.get("b1/poor").warnings()).containsExactly("TWO_COLUMN", ResumeDocument.LOW_COVERAGE);
        assertThat(out.get("b1/poor").coverage()).isEqualTo(0.38);
        assertThat(out.get("b1/poor").lowCoverageNote()).isEqualTo("LOW_COVERAGE 38%");
        assertThat(out.get("b1/full").coverage()).isNull();
        assertThat(out.get("b1/full").hasLowCoverage()).isFalse();
        assertThat(registry.get("resume.documents.low.coverage").tag("format", "pdf").counter().count())
                .isEqualTo(1);
        assertThat(registry.get("resume.documents.low.coverage").tag("format", "txt").counter().count()).isZero();
        assertThat(registry.find("resume.documents.low.coverage").counters())
                .as("one series per known format and 'other', never a document").hasSize(10)
                .allSatisfy(c -> assertThat(c.getId().getTags()).extracting(t -> t.getKey())
                        .containsExactly("format"));
    }

    @Test
    void shouldTurnAForgetTombstoneIntoAScoreTombstone() {
        texts.pipeInput("b1/gone", null);
        final TestRecord<String, DocumentResult> out = scores.readRecord();
        assertThat(out.key()).isEqualTo("b1/gone");
        assertThat(out.value()).isNull();
    }

    @Test
    void shouldScoreOnlyTheBatchesTheFilterAccepts() {
        final ResumeText skipped = text("skip", "doc", List.of("Worked on the backend services"));
        texts.pipeInput(skipped.key(), skipped);
        assertThat(scores.isEmpty()).isTrue();
    }

    @Test
    void shouldJoinTheBatchJobDescriptionWhenScoring() {
        batches.pipeInput("b2", new Batch("b2", 1L, "We need Java, Kafka and PostgreSQL experience."));
        final ResumeText t = text("b2", "doc", List.of("Migrated billing events to Kafka with idempotent consumers"));
        texts.pipeInput(t.key(), t);
        final DocumentResult withJob = scores.readValue();
        final ResumeText u = text("b3", "doc", List.of("Migrated billing events to Kafka with idempotent consumers"));
        texts.pipeInput(u.key(), u);
        final DocumentResult withoutJob = scores.readValue();
        assertThat(withoutJob.jobMatch()).isNull();
        assertThat(withJob.jobMatch()).as("job description joined from resume.batches").isNotNull();
    }
}
