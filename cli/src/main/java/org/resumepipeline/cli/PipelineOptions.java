package org.resumepipeline.cli;

import java.nio.file.Path;
import java.util.Objects;
import org.resumepipeline.extract.ExtractConfig;
import org.resumepipeline.score.Ruleset;

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
 */
record PipelineOptions(String bootstrapServers, Path dataDir, String httpBind, int httpPort, int partitions,
                       Ruleset ruleset, ExtractConfig extract, java.util.Set<Stage> stages, String apiToken) {
    PipelineOptions {
        Objects.requireNonNull(dataDir, "dataDir");
        Objects.requireNonNull(ruleset, "ruleset");
        Objects.requireNonNull(extract, "extract");
        if (partitions < 1) {
            throw new IllegalArgumentException("partitions must be >= 1");
        }
    }

    /** The stages one JVM can run. */
    enum Stage { INGEST, EXTRACT, SCORE, REPORT }
}
