package org.resumepipeline.report.render;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.resumepipeline.model.Json;

/** Checks the provisioned Grafana dashboard in deploy/: required panels, each with a runnable PromQL query. */
class DashboardQueriesTest {
    private static final List<String> REQUIRED_TITLES = List.of("Throughput by stage", "End-to-end latency p50/p95",
            "Failures by reason", "Grade distribution", "Bullet grade distribution", "Top rules fired",
            "Consumer lag", "Rescore progress", "JVM memory");

    @Test
    void shouldGiveEveryPanelAQueryAndIncludeTheRequiredPanels() throws IOException {
        final JsonNode dashboard = Json.MAPPER.readTree(deploy().resolve("grafana/dashboards/resume-pipeline.json")
                .toFile());

        final List<String> titles = new ArrayList<>();
        for (final JsonNode panel : dashboard.get("panels")) {
            final String title = panel.path("title").asText();
            titles.add(title);
            final List<String> exprs = new ArrayList<>();
            panel.path("targets").forEach(t -> exprs.add(t.path("expr").asText("")));
            assertThat(exprs).as("queries of panel %s", title).isNotEmpty().anySatisfy(e -> assertThat(e).isNotBlank());
            // Queries must run as they are against Prometheus (a later test does): no Grafana variables.
            assertThat(exprs).as("panel %s", title).noneMatch(e -> e.contains("$"));
            assertThat(panel.path("datasource").path("uid").asText()).isEqualTo("prometheus");
        }
        assertThat(titles).containsAll(REQUIRED_TITLES).doesNotHaveDuplicates();
        assertThat(dashboard.path("uid").asText()).isEqualTo("resume-pipeline");
    }

    @Test
    void shouldQueryThePipelineMetricNames() throws IOException {
        final String json = Files.readString(deploy().resolve("grafana/dashboards/resume-pipeline.json"),
                StandardCharsets.UTF_8);

        assertThat(json).contains("resume_documents_total", "resume_failures_total", "resume_extract_seconds_bucket",
                "resume_end_to_end_seconds_bucket", "resume_bullets_scored_total", "resume_findings_total",
                "resume_documents_current", "resume_rescore_progress_ratio", "resume_pending_documents",
                "resume_documents_low_coverage_total",
                "kafka_consumer_fetch_manager_records_lag_max", "kafka_stream_alive_stream_threads",
                "jvm_memory_used_bytes", "process_cpu_usage");
    }

    @Test
    void shouldProvisionTheDatasourceTheDashboardUses() throws IOException {
        final String datasource = Files.readString(deploy().resolve("grafana/provisioning/datasources/prometheus.yml"),
                StandardCharsets.UTF_8);
        final String provider = Files.readString(deploy().resolve("grafana/provisioning/dashboards/dashboards.yml"),
                StandardCharsets.UTF_8);

        assertThat(datasource).contains("uid: prometheus").contains("type: prometheus");
        assertThat(provider).contains("type: file").contains("path: ");
        assertThat(deploy().resolve("prometheus/prometheus.yml")).content(StandardCharsets.UTF_8)
                .contains("job_name: resume-pipeline").contains("127.0.0.1:8080").contains("alerts.yml");
    }

    /** @return the repository's deploy folder, from the module directory (Maven) or the repository root */
    private static Path deploy() {
        final Path basedir = Path.of(System.getProperty("basedir", ".")).toAbsolutePath();
        return Stream.of(basedir.resolveSibling("deploy"), basedir.resolve("deploy"))
                .filter(Files::isDirectory).findFirst()
                .orElseThrow(() -> new IllegalStateException("no deploy/ folder next to " + basedir));
    }
}
