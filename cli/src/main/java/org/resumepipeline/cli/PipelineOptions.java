package org.resumepipeline.cli;

import java.nio.file.Path;
import java.util.Objects;
import org.resumepipeline.extract.ExtractConfig;
import org.resumepipeline.score.Ruleset;
import org.resumepipeline.score.ScoreTopology;

/**
 * What the pipeline runs with.
 *
 * @param bootstrapServers a cluster to use, or null for the embedded broker
 * @param dataDir          broker data and Streams state
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
 */
record PipelineOptions(String bootstrapServers, Path dataDir, String httpBind, int httpPort, int partitions,
                       Ruleset ruleset, ExtractConfig extract, java.util.Set<Stage> stages, String apiToken,
                       int brokerPort, String onlyBatch, String extractGroup) {
    static final String DEFAULT_EXTRACT_GROUP = "resume-extract";

    PipelineOptions {
        Objects.requireNonNull(dataDir, "dataDir");
        Objects.requireNonNull(ruleset, "ruleset");
        Objects.requireNonNull(extract, "extract");
        if (partitions < 1) {
            throw new IllegalArgumentException("partitions must be >= 1");
        }
        extractGroup = extractGroup == null ? DEFAULT_EXTRACT_GROUP : extractGroup;
    }

    PipelineOptions withStages(final java.util.Set<Stage> next) {
        return new PipelineOptions(bootstrapServers, dataDir, httpBind, httpPort, partitions, ruleset, extract, next,
                apiToken, brokerPort, onlyBatch, extractGroup);
    }

    PipelineOptions withOnlyBatch(final String batch, final String group) {
        return new PipelineOptions(bootstrapServers, dataDir, httpBind, httpPort, partitions, ruleset, extract, stages,
                apiToken, brokerPort, batch, group);
    }

    /** @return the score stage's group: one per ruleset version, and per batch when scoring one batch */
    String scoreGroup() {
        return scoreGroup(ruleset);
    }

    String scoreGroup(final Ruleset other) {
        return ScoreTopology.applicationId(other) + (onlyBatch == null ? "" : "-" + onlyBatch);
    }

    /** The stages one JVM can run. */
    enum Stage { INGEST, EXTRACT, SCORE, REPORT }
}
