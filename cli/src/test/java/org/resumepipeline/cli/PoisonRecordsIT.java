package org.resumepipeline.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.resumepipeline.broker.KafkaBootstrapExtension;
import org.resumepipeline.broker.KafkaBootstrapExtension.KafkaBootstrap;
import org.resumepipeline.ingest.IngestSummary;
import org.resumepipeline.ingest.Ingestor;
import org.resumepipeline.model.Batch;
import org.resumepipeline.model.DocumentResult;
import org.resumepipeline.model.Topics;
import org.resumepipeline.report.BatchReport;
import org.resumepipeline.score.Ruleset;

/**
 * Poison records: bytes that are not our JSON on each stage's input topic (uploads, texts, scores) go to the
 * dead-letter topic through Kafka Streams' built-in DLQ with the error headers, the dropped-records metric the alert
 * watches counts them, and the stages go on: a real resume published after them is scored and reported.
 */
@ExtendWith(KafkaBootstrapExtension.class)
class PoisonRecordsIT {
    private static final List<String> INPUTS = List.of(Topics.UPLOADS.name(), Topics.TEXTS.name(),
            Topics.SCORES.name());
    private static final Pattern DROPPED = Pattern.compile("(?m)^kafka_stream_task_dropped_records_total\\{[^}]*}\\s+"
            + "([0-9.eE+]+)$");

    @Test
    void shouldDeadLetterRecordsThatAreNotOurJsonAndGoOnWithTheBatch(final KafkaBootstrap kafka,
                                                                     @TempDir final Path dir) throws Exception {
        final String batch = "it-poison-" + System.nanoTime();
        try (Pipeline pipeline = new Pipeline(PipelineIT.options(kafka, dir)).start()) {
            try (KafkaProducer<byte[], byte[]> producer = new KafkaProducer<>(Map.of(
                    ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.servers()), new ByteArraySerializer(),
                    new ByteArraySerializer())) {
                for (final String topic : INPUTS) {
                    producer.send(new ProducerRecord<>(topic, (batch + "/poison").getBytes(StandardCharsets.UTF_8),
                            "{not json at all".getBytes(StandardCharsets.UTF_8))).get();
                }
            }
            final Ingestor ingestor = pipeline.ingestor();
            ingestor.putBatch(new Batch(batch, 1L, null));
            final List<Path> files = PipelineIT.samples().subList(0, 1);
            final IngestSummary summary = ingestor.ingest(batch, files);
            final BatchReport report = new DoneWaiter(pipeline.reportService(), pipeline.registry())
                    .await(batch, summary.allKeys(), Ruleset.defaults().version(), Duration.ofMinutes(3));
            assertThat(report.documents()).as("the batch goes on past the poison").hasSize(1)
                    .allSatisfy(d -> assertThat(d.isScored()).as(d.key()).isTrue());
            assertThat(report.documents()).extracting(DocumentResult::key).doesNotContain(batch + "/poison");

            final List<ConsumerRecord<byte[], byte[]>> letters = deadLetters(kafka, INPUTS.size());
            assertThat(letters).extracting(r -> header(r, "__streams.errors.topic"))
                    .containsExactlyInAnyOrderElementsOf(INPUTS);
            assertThat(letters).allSatisfy(r -> {
                assertThat(new String(r.value(), StandardCharsets.UTF_8)).isEqualTo("{not json at all");
                assertThat(header(r, "__streams.errors.exception")).isNotBlank();
            });

            final String base = "http://127.0.0.1:" + pipeline.httpPort();
            await("the dropped-records metric counts them").atMost(Duration.ofSeconds(60))
                    .pollInterval(Duration.ofSeconds(1)).until(() -> dropped(base) >= INPUTS.size());
        }
    }

    /** @return at least {@code count} records of the dead-letter topic, read from its start */
    private static List<ConsumerRecord<byte[], byte[]>> deadLetters(final KafkaBootstrap kafka, final int count) {
        final Properties p = new Properties();
        p.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.servers());
        p.put(ConsumerConfig.GROUP_ID_CONFIG, "it-dlq-" + System.nanoTime());
        p.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        p.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        final List<ConsumerRecord<byte[], byte[]>> out = new ArrayList<>();
        try (KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(p, new ByteArrayDeserializer(),
                new ByteArrayDeserializer())) {
            consumer.subscribe(List.of(Topics.DEAD_LETTERS.name()));
            await("dead letters").atMost(Duration.ofSeconds(60)).until(() -> {
                consumer.poll(Duration.ofMillis(500)).forEach(out::add);
                return out.size() >= count;
            });
        }
        return out;
    }

    private static String header(final ConsumerRecord<byte[], byte[]> record, final String name) {
        final Header h = record.headers().lastHeader(name);
        return h == null ? null : new String(h.value(), StandardCharsets.UTF_8);
    }

    /** @return the sum of the dropped-records counters the endpoint serves */
    private static double dropped(final String base) throws Exception {
        final HttpResponse<String> metrics = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create(base + "/metrics")).build(), HttpResponse.BodyHandlers.ofString());
        double sum = 0;
        final Matcher m = DROPPED.matcher(metrics.body());
        while (m.find()) {
            sum += Double.parseDouble(m.group(1));
        }
        return sum;
    }
}
