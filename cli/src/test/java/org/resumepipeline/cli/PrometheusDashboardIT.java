package org.resumepipeline.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.resumepipeline.broker.EmbeddedKafka;
import org.resumepipeline.broker.KafkaBootstrapExtension;
import org.resumepipeline.broker.KafkaBootstrapExtension.KafkaBootstrap;
import org.resumepipeline.ingest.IngestSummary;
import org.resumepipeline.ingest.Ingestor;
import org.resumepipeline.model.Batch;
import org.resumepipeline.model.ClientDefaults;
import org.resumepipeline.model.Json;
import org.resumepipeline.score.Ruleset;

/**
 * A real Prometheus (Debian's package) scrapes a running pipeline; every query of the Grafana dashboard must
 * return data through Prometheus' HTTP API. Skipped where the prometheus binary is absent.
 */
@ExtendWith(KafkaBootstrapExtension.class)
class PrometheusDashboardIT {
    private static final Path PROMETHEUS = Path.of("/usr/bin/prometheus");
    private static final Path DASHBOARD = Path.of("..", "deploy", "grafana", "dashboards", "resume-pipeline.json");

    static List<String> dashboardQueries() throws IOException {
        final List<String> exprs = new ArrayList<>();
        collect(Json.MAPPER.readTree(DASHBOARD.toFile()).path("panels"), exprs);
        return exprs;
    }

    private static void collect(final JsonNode panels, final List<String> exprs) {
        for (final JsonNode panel : panels) {
            for (final JsonNode target : panel.path("targets")) {
                if (target.hasNonNull("expr") && !target.get("expr").asText().isBlank()) {
                    exprs.add(target.get("expr").asText());
                }
            }
            collect(panel.path("panels"), exprs);
        }
    }

    @Test
    void shouldAnswerEveryDashboardQueryFromARealPrometheusScrapingThePipeline(final KafkaBootstrap kafka,
                                                                              @TempDir final Path dir)
            throws Exception {
        org.junit.jupiter.api.Assumptions.assumeTrue(Files.isExecutable(PROMETHEUS),
                "Debian's prometheus is not installed (apt-get install -y prometheus)");
        final List<String> queries = dashboardQueries();
        assertThat(queries).hasSizeGreaterThanOrEqualTo(9);
        final String batch = "it-prom-" + System.nanoTime();
        final Path empty = Files.createFile(dir.resolve("empty.pdf"));
        final List<Path> inputs = new ArrayList<>(PipelineIT.samples().subList(0, 3));
        inputs.add(empty);
        Process prometheus = null;
        try (Pipeline pipeline = new Pipeline(PipelineIT.options(kafka, dir.resolve("state"))).start()) {
            final IngestSummary summary;
            try (Ingestor ingestor = new Ingestor(ClientDefaults.client(pipeline.bootstrap()))) {
                ingestor.putBatch(new Batch(batch, 1L, null));
                summary = ingestor.ingest(batch, inputs);
            }
            final DoneWaiter waiter = new DoneWaiter(pipeline.reportService(), pipeline.registry());
            waiter.await(batch, summary.allKeys(), Ruleset.defaults().version(), Duration.ofMinutes(3));

            final int promPort = EmbeddedKafka.freePort();
            final Path config = dir.resolve("prometheus.yml");
            Files.writeString(config, String.join("\n",
                    "global:",
                    "  scrape_interval: 1s",
                    "  evaluation_interval: 1s",
                    "scrape_configs:",
                    "  - job_name: resume-pipeline",
                    "    static_configs:",
                    "      - targets: ['127.0.0.1:" + pipeline.httpPort() + "']",
                    ""), StandardCharsets.UTF_8);
            prometheus = new ProcessBuilder(PROMETHEUS.toString(), "--config.file=" + config,
                    "--storage.tsdb.path=" + dir.resolve("tsdb"), "--web.listen-address=127.0.0.1:" + promPort)
                    .redirectErrorStream(true).redirectOutput(dir.resolve("prometheus.log").toFile()).start();
            final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
            final String api = "http://127.0.0.1:" + promPort + "/api/v1/query?query=";
            final Map<String, Integer> answered = new TreeMap<>();
            await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofSeconds(1)).ignoreExceptions()
                    .untilAsserted(() -> {
                        for (final String q : queries) {
                            if (answered.containsKey(q)) {
                                continue;
                            }
                            final HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(api
                                    + URLEncoder.encode(q, StandardCharsets.UTF_8))).build(),
                                    HttpResponse.BodyHandlers.ofString());
                            final JsonNode body = Json.MAPPER.readTree(r.body());
                            assertThat(body.path("status").asText()).as(q).isEqualTo("success");
                            final int n = body.path("data").path("result").size();
                            if (n > 0) {
                                answered.put(q, n);
                            }
                        }
                        assertThat(queries).as("dashboard queries without data").allMatch(answered::containsKey);
                    });
            assertThat(answered).hasSameSizeAs(queries.stream().distinct().toList());
        } finally {
            if (prometheus != null) {
                prometheus.destroy();
                if (!prometheus.waitFor(10, java.util.concurrent.TimeUnit.SECONDS)) {
                    prometheus.destroyForcibly();
                }
            }
        }
    }
}
