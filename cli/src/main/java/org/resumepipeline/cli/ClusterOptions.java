package org.resumepipeline.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** Where the commands that run stages find Kafka: a cluster, or an embedded broker under the data dir. */
public final class ClusterOptions {
    @Option(names = "--bootstrap-servers", paramLabel = "B",
            description = "Kafka cluster to use; without it an embedded broker runs under --data-dir.")
    String bootstrapServers;

    @Option(names = "--data-dir", paramLabel = "DIR", defaultValue = "data",
            description = "Broker data and stream state (default: ${DEFAULT-VALUE}).")
    Path dataDir;

    @Option(names = "--broker-port", paramLabel = "N", defaultValue = "9092",
            description = "Port of the embedded broker, so `rp ingest` can reach it (default: ${DEFAULT-VALUE}; "
                    + "busy: any free port).")
    int brokerPort;

    @Option(names = "--partitions", paramLabel = "N", defaultValue = "2",
            description = "Partitions per topic when topics are created (default: ${DEFAULT-VALUE}).")
    int partitions;

    /** @return the data directory */
    public Path dataDir() {
        return dataDir;
    }
}
