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
import java.util.EnumSet;
import org.apache.kafka.streams.errors.InvalidStateStoreException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.resumepipeline.broker.KafkaBootstrapExtension;
import org.resumepipeline.broker.KafkaBootstrapExtension.KafkaBootstrap;
import org.resumepipeline.extract.ExtractConfig;
import org.resumepipeline.ingest.IngestSummary;
import org.resumepipeline.model.Batch;
import org.resumepipeline.score.Ruleset;

/** {@code PUT /rulesets/current} hot-switches the running score stage and rescores every document. */
@ExtendWith(KafkaBootstrapExtension.class)
class RulesetSwitchIT {
    private static final String TOKEN = "it-secret-token";

    @Test
    void shouldRescoreEveryDocumentAfterAnAuthenticatedRulesetSwitch(final KafkaBootstrap kafka,
                                                                    @TempDir final Path dir) throws Exception {
        final String batch = "it-switch-" + System.nanoTime();
        final PipelineOptions po = new PipelineOptions(kafka.servers(), dir, "127.0.0.1", 0, 2, Ruleset.defaults(),
                ExtractConfig.defaults(), EnumSet.allOf(PipelineOptions.Stage.class), TOKEN, 0, null, null);
        try (Pipeline pipeline = new Pipeline(po).start()) {
            pipeline.ingestor().putBatch(new Batch(batch, 1L, null));
            final IngestSummary summary = pipeline.ingestor().ingest(batch, PipelineIT.samples().subList(0, 4));
            new DoneWaiter(pipeline.reportService(), pipeline.registry()).await(batch, summary.allKeys(),
                    Ruleset.defaults().version(), Duration.ofMinutes(3));

            final String yaml = new String(Ruleset.defaults().bytes(), StandardCharsets.UTF_8) + "\n# switched\n";
            final String version = Ruleset.parse("it", yaml.getBytes(StandardCharsets.UTF_8)).version();
            final HttpClient http = HttpClient.newHttpClient();
            final URI uri = URI.create("http://127.0.0.1:" + pipeline.httpPort() + "/rulesets/current");
            final HttpResponse<String> anonymous = http.send(HttpRequest.newBuilder(uri)
                    .PUT(HttpRequest.BodyPublishers.ofString(yaml)).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(anonymous.statusCode()).isEqualTo(401);
            final HttpResponse<String> invalid = http.send(HttpRequest.newBuilder(uri)
                    .header("Authorization", "Bearer " + TOKEN)
                    .PUT(HttpRequest.BodyPublishers.ofString("name: broken\nrules: [\n")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(invalid.statusCode()).isEqualTo(400);
            assertThat(invalid.body()).contains("line");
            assertThat(pipeline.currentRuleset().version()).isEqualTo(Ruleset.defaults().version());

            final HttpResponse<String> accepted = http.send(HttpRequest.newBuilder(uri)
                    .header("Authorization", "Bearer " + TOKEN)
                    .PUT(HttpRequest.BodyPublishers.ofString(yaml)).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(accepted.statusCode()).as(accepted.body()).isEqualTo(202);
            assertThat(accepted.body()).contains(version);
            // a rebalance may make the stores briefly not queryable
            await().atMost(Duration.ofMinutes(2)).ignoreException(InvalidStateStoreException.class)
                    .untilAsserted(() -> {
                final var progress = RescoreCommand.progress(pipeline.reportService(), batch, version);
                assertThat(progress.total()).isPositive();
                assertThat(progress.atTarget()).isEqualTo(progress.total());
                // the aggregate follows the table through a repartition topic
                final var report = pipeline.reportService().report(batch).orElseThrow();
                assertThat(report.summary().documents()).isEqualTo(summary.allKeys().size());
                assertThat(report.summary().rulesetVersions()).containsOnlyKeys(version);
            });
            final HttpResponse<String> current = http.send(HttpRequest.newBuilder(uri).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(current.headers().firstValue("X-Ruleset-Version")).hasValue(version);
        }
    }
}
