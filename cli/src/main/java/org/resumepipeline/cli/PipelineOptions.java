package org.resumepipeline.cli;

import java.net.URI;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.resumepipeline.extract.ExtractConfig;
import org.resumepipeline.score.Ruleset;
import org.resumepipeline.score.ScoreTopology;

/**
 * What the pipeline runs with.
 *
 * @param bootstrapServers a cluster to use, or null for the embedded broker
 * @param dataDir          broker data, and Streams state unless {@code stateDir} is given
 * @param httpBind         HTTP bind address
 * @param httpPort         HTTP port (0 for any free port, -1 for no HTTP server)
 * @param partitions       partitions per topic when topics are created
 * @param ruleset          the ruleset the score stage uses
 * @param extract          extraction settings
 * @param stages           which stages to run in this JVM
 * @param apiToken         bearer token for the upload API, or null
 * @param brokerPort       port of the embedded broker (busy: any free port), ignored with a cluster
 * @param onlyBatch        score (and re-extract) only this batch, or null for all
 * @param extractGroup     application id of the extract stage (a new one replays every upload)
 * @param stateDir         Kafka Streams state (null: {@code <dataDir>/streams})
 * @param kafkaConfig      client properties applied to every Kafka client of this JVM (SASL/SSL, say); stage
 *                         settings such as thread counts win over them
 * @param ingestUrl        the ingest-server a report service forwards the upload routes to, so its start page can
 *                         upload ({@code rp report --ingest-url}), or null; ignored where the ingest stage runs
 */
public record PipelineOptions(String bootstrapServers, Path dataDir, String httpBind, int httpPort, int partitions,
                              Ruleset ruleset, ExtractConfig extract, Set<Stage> stages, String apiToken,
                              int brokerPort, String onlyBatch, String extractGroup, Path stateDir,
                              Map<String, String> kafkaConfig, URI ingestUrl) {
    static final String DEFAULT_EXTRACT_GROUP = "resume-extract";

    public PipelineOptions {
        Objects.requireNonNull(dataDir, "dataDir");
        Objects.requireNonNull(ruleset, "ruleset");
        Objects.requireNonNull(extract, "extract");
        if (partitions < 1) {
            throw new IllegalArgumentException("partitions must be >= 1");
        }
        extractGroup = extractGroup == null ? DEFAULT_EXTRACT_GROUP : extractGroup;
        stateDir = stateDir == null ? dataDir.resolve("streams") : stateDir;
        kafkaConfig = kafkaConfig == null ? Map.of() : Map.copyOf(kafkaConfig);
    }

    /** Without forwarding uploads to an ingest-server. */
    public PipelineOptions(final String bootstrapServers, final Path dataDir, final String httpBind, final int httpPort,
                           final int partitions, final Ruleset ruleset, final ExtractConfig extract,
                           final Set<Stage> stages, final String apiToken, final int brokerPort,
                           final String onlyBatch, final String extractGroup, final Path stateDir,
                           final Map<String, String> kafkaConfig) {
        this(bootstrapServers, dataDir, httpBind, httpPort, partitions, ruleset, extract, stages, apiToken,
                brokerPort, onlyBatch, extractGroup, stateDir, kafkaConfig, null);
    }

    /** Without a state dir of its own (under the data dir) and without extra client properties. */
    public PipelineOptions(final String bootstrapServers, final Path dataDir, final String httpBind, final int httpPort,
                           final int partitions, final Ruleset ruleset, final ExtractConfig extract,
                           final Set<Stage> stages, final String apiToken, final int brokerPort,
                           final String onlyBatch, final String extractGroup) {
        this(bootstrapServers, dataDir, httpBind, httpPort, partitions, ruleset, extract, stages, apiToken,
                brokerPort, onlyBatch, extractGroup, null, null, null);
    }

    /**
     * @param rules   the ruleset option, or null for the bundled ruleset
     * @param extract the extraction options, or null for the defaults
     * @return the options of a command line; the API token comes from {@code RP_API_TOKEN}
     */
    public static PipelineOptions of(final ClusterOptions cluster, final HttpOptions http, final RulesOption rules,
                              final ExtractOptions extract, final Set<Stage> stages) {
        return new PipelineOptions(cluster.bootstrapServers, cluster.dataDir, http.httpBind, http.httpPort,
                cluster.partitions, rules == null ? Ruleset.defaults() : rules.ruleset(),
                extract == null ? ExtractConfig.defaults() : extract.extractConfig(), stages,
                System.getenv("RP_API_TOKEN"), cluster.brokerPort, null, null);
    }

    public PipelineOptions withStages(final Set<Stage> next) {
        return new PipelineOptions(bootstrapServers, dataDir, httpBind, httpPort, partitions, ruleset, extract, next,
                apiToken, brokerPort, onlyBatch, extractGroup, stateDir, kafkaConfig, ingestUrl);
    }

    public PipelineOptions withOnlyBatch(final String batch, final String group) {
        return new PipelineOptions(bootstrapServers, dataDir, httpBind, httpPort, partitions, ruleset, extract, stages,
                apiToken, brokerPort, batch, group, stateDir, kafkaConfig, ingestUrl);
    }

    /** @param url the ingest-server to forward the upload routes to, or null for none */
    public PipelineOptions withIngestUrl(final URI url) {
        return new PipelineOptions(bootstrapServers, dataDir, httpBind, httpPort, partitions, ruleset, extract, stages,
                apiToken, brokerPort, onlyBatch, extractGroup, stateDir, kafkaConfig, url);
    }

    /** @return true when this JVM's HTTP server forwards the upload routes to an ingest-server */
    public boolean forwardsUploads() {
        return ingestUrl != null && stages.contains(Stage.REPORT) && !stages.contains(Stage.INGEST);
    }

    /** @return the score stage's group: one per ruleset version, and per batch when scoring one batch */
    public String scoreGroup() {
        return scoreGroup(ruleset);
    }

    public String scoreGroup(final Ruleset other) {
        return ScoreTopology.applicationId(other) + (onlyBatch == null ? "" : "-" + onlyBatch);
    }

    /**
     * @param bootstrap the cluster
     * @return settings for a plain client (admin, producer): the bootstrap servers and {@link #kafkaConfig()}
     */
    public Map<String, Object> clientConfig(final String bootstrap) {
        final Map<String, Object> config = new HashMap<>(kafkaConfig);
        config.put("bootstrap.servers", bootstrap);
        return config;
    }

    /** The stages one JVM can run. */
    public enum Stage { INGEST, EXTRACT, SCORE, REPORT }
}
