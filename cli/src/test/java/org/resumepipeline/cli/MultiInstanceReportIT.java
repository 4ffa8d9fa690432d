package org.resumepipeline.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.resumepipeline.broker.KafkaBootstrapExtension;
import org.resumepipeline.broker.KafkaBootstrapExtension.KafkaBootstrap;
import org.resumepipeline.ingest.IngestSummary;
import org.resumepipeline.model.Batch;
import org.resumepipeline.model.Json;
import org.resumepipeline.score.Ruleset;

/** Two report instances share the stores; either one answers the whole batch report. */
@ExtendWith(KafkaBootstrapExtension.class)
class MultiInstanceReportIT {

    @Test
    void shouldServeTheWholeBatchFromEitherReportInstance(final KafkaBootstrap kafka, @TempDir final Path dir)
            throws Exception {
        final String batch = "it-multi-" + System.nanoTime();
        final PipelineOptions all = PipelineIT.options(kafka, dir.resolve("a"));
        final PipelineOptions reportOnly = PipelineIT.options(kafka, dir.resolve("b"))
                .withStages(EnumSet.of(PipelineOptions.Stage.REPORT));
        try (Pipeline a = new Pipeline(all).start(); Pipeline b = new Pipeline(reportOnly).start()) {
            final List<Path> files = PipelineIT.samples();
            a.ingestor().putBatch(new Batch(batch, 1L, null));
            final IngestSummary summary = a.ingestor().ingest(batch, files);
            new DoneWaiter(a.reportService(), a.registry()).await(batch, summary.allKeys(),
                    Ruleset.defaults().version(), Duration.ofMinutes(4));
            final HttpClient http = HttpClient.newHttpClient();
            await().atMost(Duration.ofMinutes(1)).ignoreExceptions().untilAsserted(() -> {
                final int local = a.reportService().localDocuments(batch).size()
                        + b.reportService().localDocuments(batch).size();
                assertThat(local).as("each document lives on exactly one instance").isEqualTo(files.size());
                for (final Pipeline p : List.of(a, b)) {
                    final HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:"
                            + p.httpPort() + "/batches/" + batch + "/report.json")).build(),
                            HttpResponse.BodyHandlers.ofString());
                    assertThat(r.statusCode()).isEqualTo(200);
                    final JsonNode report = Json.MAPPER.readTree(r.body());
                    final List<String> keys = new ArrayList<>();
                    report.path("documents").forEach(d -> keys.add(d.path("key").asText()));
                    assertThat(keys).containsExactlyInAnyOrderElementsOf(summary.allKeys());
                    assertThat(report.path("summary").path("documents").asLong()).isEqualTo(files.size());
                }
            });
        }
    }
}
