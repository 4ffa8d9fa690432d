package org.resumepipeline.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.resumepipeline.broker.KafkaBootstrapExtension;
import org.resumepipeline.broker.KafkaBootstrapExtension.KafkaBootstrap;
import org.resumepipeline.model.Batch;
import org.resumepipeline.model.BlindMask;
import org.resumepipeline.model.Failure;
import org.resumepipeline.model.FailureReason;
import org.resumepipeline.model.Json;
import org.resumepipeline.model.Topics;

@ExtendWith(KafkaBootstrapExtension.class)
class IngestorIT {
    private static String bootstrap;

    @TempDir
    Path dir;

    @BeforeAll
    static void topics(final KafkaBootstrap kafka) {
        bootstrap = kafka.servers();
        TopicKeys.ensureTopics(bootstrap);
    }

    private static Map<String, Object> client() {
        return Map.of("bootstrap.servers", bootstrap);
    }

    @Test
    void shouldPublishAFolderOnceAndRefuseItsJunk() throws IOException {
        final Path cvs = Files.createDirectories(dir.resolve("cvs"));
        Files.write(cvs.resolve("a.txt"), Fixtures.text(1));
        Files.write(cvs.resolve("a-again.md"), Fixtures.text(1));
        Files.write(cvs.resolve("b.pdf"), Fixtures.pdf("b"));
        Files.write(cvs.resolve("c.docx"), Fixtures.docx());
        Files.write(cvs.resolve("empty.pdf"), new byte[0]);
        Files.write(cvs.resolve("photo.pdf"), Fixtures.png());
        Files.write(cvs.resolve("locked.pdf"), Fixtures.encryptedPdf());
        Files.write(cvs.resolve("locked.docx"), Fixtures.encryptedDocx());
        Files.write(cvs.resolve(".DS_Store"), new byte[] {0, 0, 0, 1});
        final String batch = "folder-it";
        final ByteArrayOutputStream progress = new ByteArrayOutputStream();

        final IngestSummary first;
        try (Ingestor ingestor = new Ingestor(client())) {
            ingestor.putBatch(new Batch(batch, 1L, "Java, Kafka"));
            first = ingestor.ingest(batch, List.of(cvs), new PrintStream(progress, true, StandardCharsets.UTF_8));
        }
        assertThat(first.acceptedKeys()).as("an encrypted PDF is left to extraction").hasSize(4);
        assertThat(first.duplicates()).isEqualTo(1);
        assertThat(first.skipped()).isEqualTo(1);
        assertThat(first.refusedByReason()).containsOnly(Map.entry(FailureReason.EMPTY, 1),
                Map.entry(FailureReason.UNSUPPORTED_TYPE, 1), Map.entry(FailureReason.ENCRYPTED, 1));
        assertThat(progress.toString(StandardCharsets.UTF_8)).contains("ingest: 9/9 files");

        assertThat(TopicKeys.keys(bootstrap, Topics.UPLOADS.name(), batch))
                .containsExactlyInAnyOrderElementsOf(first.acceptedKeys());
        final List<ConsumerRecord<String, String>> failures =
                TopicKeys.records(bootstrap, Topics.FAILURES.name(), batch);
        assertThat(failures).extracting(r -> Json.MAPPER.readValue(r.value(), Failure.class))
                .extracting(Failure::file, Failure::stage, Failure::reason)
                .containsExactlyInAnyOrder(tuple("cvs/empty.pdf", "ingest", FailureReason.EMPTY),
                        tuple("cvs/photo.pdf", "ingest", FailureReason.UNSUPPORTED_TYPE),
                        tuple("cvs/locked.docx", "ingest", FailureReason.ENCRYPTED));
        assertThat(TopicKeys.records(bootstrap, Topics.BATCHES.name(), batch::equals))
                .extracting(r -> Json.MAPPER.readValue(r.value(), Batch.class).jobDescription())
                .containsExactly("Java, Kafka");

        final IngestSummary again;
        try (Ingestor ingestor = new Ingestor(client(), IngestConfig.defaults().withCheckPublished(true))) {
            again = ingestor.ingest(batch, List.of(cvs));
        }
        assertThat(again.acceptedKeys()).isEmpty();
        assertThat(again.duplicates()).isEqualTo(5);
        assertThat(again.duplicateKeys()).as("a rerun awaits the documents it did not publish again")
                .containsExactlyInAnyOrderElementsOf(first.acceptedKeys());
        assertThat(again.allKeys()).containsExactlyInAnyOrderElementsOf(first.allKeys());
        assertThat(TopicKeys.keys(bootstrap, Topics.UPLOADS.name(), batch)).hasSize(4);
    }

    @Test
    void shouldKeepABlindBatchBlindWhenFilesAreAddedWithoutAskingForBlindReview() {
        final String batch = "sticky-blind-it";
        try (Ingestor ingestor = new Ingestor(client())) {
            assertThat(ingestor.currentBatch(batch)).isEmpty();
            assertThat(ingestor.updateBatch(new Batch(batch, 1L, null, true, BlindMask.parse("employers"))).blind())
                    .isTrue();
            final Batch added = ingestor.updateBatch(new Batch(batch, 2L, "Java"));
            assertThat(added).isEqualTo(new Batch(batch, 2L, "Java", true, BlindMask.parse("employers")));
            assertThat(ingestor.currentBatch(batch)).hasValue(added);
            ingestor.putBatch(new Batch(batch, 3L, null));
            assertThat(ingestor.currentBatch(batch).orElseThrow().blind()).as("putBatch writes what it is given")
                    .isFalse();
            assertThat(ingestor.updateBatch(new Batch(batch, 4L, null)).blind()).isFalse();
        }
    }

    @Test
    void shouldRefuseBombsAndZipSlipInsideAZip() throws IOException {
        final Map<String, byte[]> entries = new LinkedHashMap<>();
        entries.put("cvs/a.txt", Fixtures.text(11));
        entries.put("../../../tmp/evil.txt", Fixtures.text(12));
        entries.put("C:\\evil.txt", Fixtures.text(13));
        entries.put("__MACOSX/cvs/._a.txt", new byte[] {0, 5, 22, 7});
        entries.put("bomb.zip", Fixtures.bomb(64 * 1024 * 1024));
        entries.put("cvs/b.odt", Fixtures.odt());
        final Path zip = dir.resolve("upload.zip");
        Files.write(zip, Fixtures.zip(entries));
        final String batch = "zip-it";

        final IngestSummary summary;
        try (Ingestor ingestor = new Ingestor(client())) {
            summary = ingestor.ingest(batch, List.of(zip));
        }

        assertThat(summary.accepted()).extracting(Accepted::file)
                .containsExactly("upload.zip!/cvs/a.txt", "upload.zip!/cvs/b.odt");
        assertThat(summary.skipped()).isEqualTo(1);
        assertThat(summary.refusals()).extracting(Refusal::file, Refusal::reason).containsExactly(
                tuple("upload.zip!/../../../tmp/evil.txt", FailureReason.ARCHIVE_BOMB),
                tuple("upload.zip!/C:\\evil.txt", FailureReason.ARCHIVE_BOMB),
                tuple("upload.zip!/bomb.zip", FailureReason.ARCHIVE_BOMB));
        assertThat(summary.toLines()).anyMatch(l -> l.contains("bomb.zip: ARCHIVE_BOMB: The archive was refused"));
        assertThat(TopicKeys.keys(bootstrap, Topics.UPLOADS.name(), batch))
                .containsExactlyInAnyOrderElementsOf(summary.acceptedKeys());
        assertThat(TopicKeys.keys(bootstrap, Topics.FAILURES.name(), batch))
                .containsExactlyInAnyOrderElementsOf(summary.refusals().stream().map(Refusal::key).toList());
    }

    @Test
    void shouldPublishAgainADocumentWhoseUploadWasForgotten() throws Exception {
        final Path cvs = Files.createDirectories(dir.resolve("forgotten"));
        Files.write(cvs.resolve("a.txt"), Fixtures.text(21));
        Files.write(cvs.resolve("b.txt"), Fixtures.text(22));
        final String batch = "forgotten-it";
        final IngestSummary first;
        try (Ingestor ingestor = new Ingestor(client(), IngestConfig.defaults().withCheckPublished(true))) {
            first = ingestor.ingest(batch, List.of(cvs));
        }
        assertThat(first.acceptedKeys()).hasSize(2);
        final String forgotten = first.acceptedKeys().get(0);
        try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(Map.of("bootstrap.servers", bootstrap),
                new StringSerializer(), new ByteArraySerializer())) {
            producer.send(new ProducerRecord<>(Topics.UPLOADS.name(), forgotten, null)).get();
        }

        final IngestSummary again;
        try (Ingestor ingestor = new Ingestor(client(), IngestConfig.defaults().withCheckPublished(true))) {
            again = ingestor.ingest(batch, List.of(cvs));
        }
        assertThat(again.acceptedKeys()).as("the tombstone ends the first upload").containsExactly(forgotten);
        assertThat(again.duplicateKeys()).containsExactly(first.acceptedKeys().get(1));
    }
}
