package org.resumepipeline.extract;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
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
import org.resumepipeline.model.ClientDefaults;
import org.resumepipeline.model.DocumentKeys;
import org.resumepipeline.model.Failure;
import org.resumepipeline.model.FailureReason;
import org.resumepipeline.model.ResumeText;
import org.resumepipeline.model.Topics;
import org.resumepipeline.model.Upload;

class ExtractTopologyTest {
    static final String RESUME = String.join("\n",
            "Alex Example",
            "alex@example.com | github.com/alex-example",
            "",
            "EXPERIENCE",
            "Senior Backend Engineer, Example Payments — Jan 2021 – Present",
            "- Cut p99 checkout latency from 480 ms to 120 ms by adding a Redis read-through cache",
            "- Migrated 40 TB of ledger data to PostgreSQL partitions with zero downtime using dual writes",
            "- Introduced idempotency keys on the payments API, preventing duplicate charges on client retries",
            "",
            "SKILLS",
            "Java, Kafka, PostgreSQL, Kubernetes",
            "",
            "EDUCATION",
            "B.Sc. Computer Science, Example University, 2012 – 2016",
            "");

    @TempDir
    Path state;

    private TopologyTestDriver driver;
    private Extractor extractor;
    private TestInputTopic<String, Upload> uploads;
    private TestOutputTopic<String, ResumeText> texts;
    private TestOutputTopic<String, Failure> failures;
    private final SimpleMeterRegistry registry = new SimpleMeterRegistry();

    @BeforeEach
    void start() {
        extractor = Extractors.create(ExtractConfig.defaults().inProcess());
        final Properties props = ClientDefaults.streams("resume-extract", "unused:9092", state, Map.of());
        driver = new TopologyTestDriver(ExtractTopology.build(extractor, batch -> true, registry, props), props);
        uploads = driver.createInputTopic(Topics.UPLOADS.name(), Topics.UPLOADS.keySerde().serializer(),
                Topics.UPLOADS.valueSerde().serializer());
        texts = driver.createOutputTopic(Topics.TEXTS.name(), Topics.TEXTS.keySerde().deserializer(),
                Topics.TEXTS.valueSerde().deserializer());
        failures = driver.createOutputTopic(Topics.FAILURES.name(), Topics.FAILURES.keySerde().deserializer(),
                Topics.FAILURES.valueSerde().deserializer());
    }

    @AfterEach
    void stop() {
        driver.close();
        extractor.close();
    }

    private static Upload upload(final String file, final byte[] content) {
        final String key = DocumentKeys.of("b", content);
        return new Upload(key, "b", file, null, content.length, 7L, content);
    }

    @Test
    void shouldPublishTheResumeStructureOfAReadableResume() {
        final Upload u = upload("alex.txt", RESUME.getBytes(StandardCharsets.UTF_8));
        uploads.pipeInput(u.key(), u);
        final TestRecord<String, ResumeText> out = texts.readRecord();
        assertThat(out.key()).isEqualTo(u.key());
        assertThat(out.value().uploadedAt()).isEqualTo(7L);
        assertThat(out.value().extractorVersion()).isEqualTo(extractor.version());
        assertThat(out.value().document().roles()).isNotEmpty();
        assertThat(out.value().document().roles().get(0).bullets()).hasSize(3);
        assertThat(failures.isEmpty()).isTrue();
    }

    @Test
    void shouldRouteAnEmptyFileToFailuresWithItsReason() {
        final Upload u = upload("empty.pdf", new byte[0]);
        uploads.pipeInput(u.key(), u);
        final Failure f = failures.readValue();
        assertThat(f.reason()).isEqualTo(FailureReason.EMPTY);
        assertThat(f.stage()).isEqualTo("extract");
        assertThat(f.key()).isEqualTo(u.key());
        assertThat(texts.isEmpty()).isTrue();
    }

    @Test
    void shouldPassAForgetTombstoneOnToTexts() {
        uploads.pipeInput("b/forgotten", null);
        final TestRecord<String, ResumeText> out = texts.readRecord();
        assertThat(out.key()).isEqualTo("b/forgotten");
        assertThat(out.value()).isNull();
    }

    @Test
    void shouldShowEveryFailureReasonAtZeroBeforeAnyDocumentAndCountEachDocumentOnce() {
        for (final FailureReason reason : FailureReason.values()) {
            assertThat(registry.get("resume.failures").tag("stage", "extract").tag("reason", reason.name())
                    .counter().count()).as(reason.name()).isZero();
        }
        assertThat(registry.get("resume.documents").tag("stage", "extract").tag("outcome", "ok").counter().count())
                .isZero();
        assertThat(registry.get("resume.extract").tag("format", "pdf").timer().count()).isZero();

        final Upload good = upload("alex.txt", RESUME.getBytes(StandardCharsets.UTF_8));
        final Upload empty = upload("empty.pdf", new byte[0]);
        uploads.pipeInput(good.key(), good);
        uploads.pipeInput(empty.key(), empty);
        assertThat(registry.get("resume.documents").tag("outcome", "ok").counter().count()).isEqualTo(1.0);
        assertThat(registry.get("resume.documents").tag("outcome", "failed").counter().count()).isEqualTo(1.0);
        assertThat(registry.get("resume.failures").tag("reason", "EMPTY").counter().count()).isEqualTo(1.0);
        assertThat(registry.get("resume.extract").tag("format", "txt").timer().count()).isEqualTo(1);
        assertThat(registry.find("resume.extract").timers()).as("one timer per format, registered once")
                .hasSize(ExtractMeters.FORMATS.size());
    }
}
