package org.resumepipeline.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.stream.Stream;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.resumepipeline.broker.KafkaBootstrapExtension;
import org.resumepipeline.broker.KafkaBootstrapExtension.KafkaBootstrap;
import org.resumepipeline.extract.ExtractConfig;
import org.resumepipeline.ingest.IngestSummary;
import org.resumepipeline.ingest.Ingestor;
import org.resumepipeline.model.Batch;
import com.fasterxml.jackson.databind.JsonNode;
import org.resumepipeline.model.DocumentResult;
import org.resumepipeline.model.Json;
import org.resumepipeline.model.Topics;
import org.resumepipeline.report.BatchReport;
import org.resumepipeline.score.Ruleset;

/** The sample batch through all four stages on a real broker. */
@ExtendWith(KafkaBootstrapExtension.class)
class PipelineIT {

    static List<Path> samples() throws IOException {
        final Path dir = Path.of("..", "samples");
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(Files::isRegularFile)
                    .filter(p -> !p.getFileName().toString().equalsIgnoreCase("README.md")).sorted().toList();
        }
    }

    static PipelineOptions options(final KafkaBootstrap kafka, final Path dir) {
        return new PipelineOptions(kafka.servers(), dir, "127.0.0.1", 0, 2, Ruleset.defaults(),
                ExtractConfig.defaults(), EnumSet.allOf(PipelineOptions.Stage.class), null, 0, null, null);
    }

    @Test
    void shouldScoreEverySampleExactlyOnceAndServeTheSameReportAsJsonAndCsv(final KafkaBootstrap kafka,
                                                                           @TempDir final Path dir)
            throws Exception {
        final String batch = "it-e2e-" + System.nanoTime();
        final List<Path> files = samples();
        assertThat(files).hasSizeGreaterThanOrEqualTo(8);
        try (Pipeline pipeline = new Pipeline(options(kafka, dir)).start()) {
            final Ingestor ingestor = pipeline.ingestor();
            ingestor.putBatch(new Batch(batch, 1L, null));
            final IngestSummary summary = ingestor.ingest(batch, files);
            // the same files again, as a retry after a crash would: same keys, nothing published twice
            final IngestSummary again = ingestor.ingest(batch, files);
            assertThat(again.acceptedKeys()).isEmpty();
            assertThat(again.duplicates()).isEqualTo(files.size());
            assertThat(summary.allKeys()).hasSize(files.size());
            final BatchReport report = new DoneWaiter(pipeline.reportService(), pipeline.registry())
                    .await(batch, summary.allKeys(), Ruleset.defaults().version(), Duration.ofMinutes(4));
            assertThat(report.documents()).hasSize(files.size());
            assertThat(report.documents()).extracting(DocumentResult::key)
                    .containsExactlyInAnyOrderElementsOf(summary.allKeys());
            assertThat(report.summary().documents()).isEqualTo(files.size());
            assertThat(report.documents().stream().filter(DocumentResult::isScored).count())
                    .as("most samples are scored").isGreaterThanOrEqualTo(files.size() - 2);

            final HttpClient http = HttpClient.newHttpClient();
            final String base = "http://127.0.0.1:" + pipeline.httpPort();
            final HttpResponse<String> json = http.send(HttpRequest.newBuilder(URI.create(base + "/batches/" + batch
                    + "/report.json")).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(json.statusCode()).isEqualTo(200);
            assertThat(json.body()).contains("\"batch\"", "\"documents\"", "\"rulesetVersion\"");
            final HttpResponse<String> csv = http.send(HttpRequest.newBuilder(URI.create(base + "/batches/" + batch
                    + "/report.csv")).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(csv.statusCode()).isEqualTo(200);
            final List<List<String>> rows = parseCsv(csv.body());
            assertThat(rows).hasSize(files.size() + 1);
            final List<String> header = rows.get(0);
            final JsonNode docs = Json.MAPPER.readTree(json.body()).path("documents");
            for (int i = 0; i < docs.size(); i++) {
                final JsonNode doc = docs.get(i);
                final List<String> row = rows.get(i + 1);
                assertThat(row.get(header.indexOf("key"))).as("CSV row %d is the JSON document %d", i, i)
                        .isEqualTo(doc.path("key").asText());
                assertThat(row.get(header.indexOf("status"))).isEqualTo(doc.path("status").asText());
                assertThat(row.get(header.indexOf("score"))).isEqualTo(doc.path("score").isNull() ? ""
                        : doc.path("score").asText());
            }
            final HttpResponse<String> html = http.send(HttpRequest.newBuilder(URI.create(base + "/batches/" + batch
                    + "/report.html")).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(html.statusCode()).isEqualTo(200);
            int last = -1;
            for (int i = 0; i < docs.size(); i++) {
                final int at = html.body().indexOf("id=\"doc-" + (i + 1) + "\"");
                assertThat(at).as("candidate %d is on the page, in the JSON's order", i + 1).isGreaterThan(last);
                last = at;
            }
            final HttpResponse<String> metrics = http.send(HttpRequest.newBuilder(URI.create(base + "/metrics"))
                    .build(), HttpResponse.BodyHandlers.ofString());
            assertThat(metrics.body()).contains("resume_documents_total", "resume_documents_current",
                    "resume_end_to_end_seconds_bucket", "jvm_memory_used_bytes");
        }
        assertThat(outcomesPerKey(kafka, batch)).as("one committed outcome per document on scores + failures")
                .hasSize(files.size()).allSatisfy((key, count) -> assertThat(count).as(key).isEqualTo(1));
    }

    /** RFC 4180: quoted fields, doubled quotes, CRLF or LF line ends. */
    static List<List<String>> parseCsv(final String text) {
        final List<List<String>> rows = new java.util.ArrayList<>();
        List<String> row = new java.util.ArrayList<>();
        final StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            final char c = text.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    field.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                row.add(field.toString());
                field.setLength(0);
            } else if (c == '\n' || c == '\r') {
                if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
                row.add(field.toString());
                field.setLength(0);
                rows.add(row);
                row = new java.util.ArrayList<>();
            } else {
                field.append(c);
            }
        }
        if (field.length() > 0 || !row.isEmpty()) {
            row.add(field.toString());
            rows.add(row);
        }
        return rows;
    }

    private static Map<String, Integer> outcomesPerKey(final KafkaBootstrap kafka, final String batch) {
        final Properties p = new Properties();
        p.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.servers());
        p.put(ConsumerConfig.GROUP_ID_CONFIG, "it-count-" + batch);
        p.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        p.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        p.put(ConsumerConfig.MAX_PARTITION_FETCH_BYTES_CONFIG, Topics.MAX_MESSAGE_BYTES);
        final Map<String, Integer> counts = new HashMap<>();
        try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(p, new StringDeserializer(),
                new ByteArrayDeserializer())) {
            consumer.subscribe(List.of(Topics.SCORES.name(), Topics.FAILURES.name()));
            int idle = 0;
            while (idle < 6) {
                final var records = consumer.poll(Duration.ofMillis(500));
                idle = records.isEmpty() ? idle + 1 : 0;
                for (final ConsumerRecord<String, byte[]> r : records) {
                    if (r.key() != null && r.key().startsWith(batch + "/")) {
                        counts.merge(r.key(), 1, Integer::sum);
                    }
                }
            }
        }
        return counts;
    }
}
