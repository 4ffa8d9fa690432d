package org.resumepipeline.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import org.resumepipeline.extract.ExtractConfig;
import org.resumepipeline.score.Ruleset;
import picocli.CommandLine.Option;

/**
 * The options every stage service takes ({@code rp extract}, {@code score}, {@code report}, {@code ingest-server}):
 * the cluster, where state goes, HTTP, and the configuration files. Each value comes from its flag, else from the
 * environment ({@code RP_} and the option's name, {@link ServiceDefaults}), else from {@code --config FILE}, else
 * from its default.
 */
public final class ServiceOptions {
    @Option(names = "--bootstrap-servers", paramLabel = "B", defaultValue = "127.0.0.1:9092",
            description = "Kafka cluster (default: ${DEFAULT-VALUE}; env RP_BOOTSTRAP_SERVERS).")
    String bootstrapServers;

    @Option(names = "--data-dir", paramLabel = "DIR", defaultValue = "data",
            description = "Local data; Streams state goes under it unless --state-dir (default: ${DEFAULT-VALUE}).")
    Path dataDir;

    @Option(names = "--state-dir", paramLabel = "DIR",
            description = "Kafka Streams state of this instance (default: <data-dir>/streams; env RP_STATE_DIR).")
    Path stateDir;

    @Option(names = "--http-port", paramLabel = "N",
            description = "HTTP port for health, metrics and the stage's routes (default: ${DEFAULT-VALUE}; "
                    + "0 = any free port; env RP_HTTP_PORT).")
    int httpPort;

    @Option(names = "--http-bind", paramLabel = "ADDR", defaultValue = "127.0.0.1",
            description = "HTTP bind address (default: ${DEFAULT-VALUE}; 0.0.0.0 in a container).")
    String httpBind;

    @Option(names = "--partitions", paramLabel = "N", defaultValue = "6",
            description = "Partitions per topic when this service creates missing topics (default: ${DEFAULT-VALUE}).")
    int partitions;

    @Option(names = "--kafka-config", paramLabel = "FILE",
            description = "Kafka client properties (SASL/SSL, ...) applied to every client of this service.")
    Path kafkaConfig;

    @Option(names = "--config", paramLabel = "FILE",
            description = "Properties file with any of these options by name (bootstrap-servers=..., http-port=...); "
                    + "flags and RP_* environment variables win over it.")
    Path config;

    /**
     * @param stages  the stages of this service
     * @param rules   the ruleset option, or null when the stage does not score
     * @param extract the extraction options, or null when the stage does not extract
     * @return what the pipeline of this service runs with: a cluster (never an embedded broker), the API token from
     *     {@code RP_API_TOKEN} or the config file's {@code api-token}
     */
    public PipelineOptions pipeline(final Set<PipelineOptions.Stage> stages, final RulesOption rules,
                                    final ExtractOptions extract) {
        return new PipelineOptions(bootstrapServers, dataDir, httpBind, httpPort, partitions,
                rules == null ? Ruleset.defaults() : rules.ruleset(),
                extract == null ? ExtractConfig.defaults() : extract.extractConfig(), stages, apiToken(), -1, null,
                null, stateDir, kafkaProperties());
    }

    private String apiToken() {
        final String env = ServiceDefaults.environment().get("RP_API_TOKEN");
        if (env != null && !env.isBlank()) {
            return env;
        }
        return config == null ? null : load(config).get("api-token");
    }

    private Map<String, String> kafkaProperties() {
        return kafkaConfig == null ? Map.of() : load(kafkaConfig);
    }

    /** @return a properties file's entries */
    public static Map<String, String> load(final Path file) {
        final Properties p = new Properties();
        try (InputStream in = Files.newInputStream(file)) {
            p.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
        final Map<String, String> entries = new TreeMap<>();
        p.stringPropertyNames().forEach(name -> entries.put(name, p.getProperty(name).strip()));
        return entries;
    }
}
