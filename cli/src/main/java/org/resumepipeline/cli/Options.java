package org.resumepipeline.cli;

import java.nio.file.Path;
import java.time.Duration;
import java.util.EnumSet;
import org.resumepipeline.extract.ExtractConfig;
import org.resumepipeline.score.Ruleset;
import picocli.CommandLine.Option;

/** Options shared by the commands that run stages. */
final class Options {
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

    @Option(names = "--http-port", paramLabel = "N", defaultValue = "8080",
            description = "HTTP port for reports, uploads and /metrics (default: ${DEFAULT-VALUE}; 0 = any free port).")
    int httpPort;

    @Option(names = "--http-bind", paramLabel = "ADDR", defaultValue = "127.0.0.1",
            description = "HTTP bind address (default: ${DEFAULT-VALUE}).")
    String httpBind;

    @Option(names = "--partitions", paramLabel = "N", defaultValue = "2",
            description = "Partitions per topic when topics are created (default: ${DEFAULT-VALUE}).")
    int partitions;

    @Option(names = "--rules", paramLabel = "FILE", description = "Ruleset file (default: the bundled ruleset).")
    Path rules;

    @Option(names = "--workers", paramLabel = "N", defaultValue = "2",
            description = "Extraction workers (default: ${DEFAULT-VALUE}).")
    int workers;

    @Option(names = "--parse-timeout", paramLabel = "SECONDS", defaultValue = "30",
            description = "Time limit per document (default: ${DEFAULT-VALUE}).")
    int parseTimeoutSeconds;

    @Option(names = "--ocr", description = "OCR pages without text (needs tesseract-ocr; slow).")
    boolean ocr;

    Ruleset ruleset() {
        return rules == null ? Ruleset.defaults() : Ruleset.load(rules);
    }

    ExtractConfig extractConfig() {
        final ExtractConfig d = ExtractConfig.defaults();
        return new ExtractConfig(d.isolated(), workers, Duration.ofSeconds(parseTimeoutSeconds), d.maxBytes(),
                d.maxChars(), d.workerHeapMb(), ocr);
    }

    PipelineOptions pipeline(final EnumSet<PipelineOptions.Stage> stages) {
        return new PipelineOptions(bootstrapServers, dataDir, httpBind, httpPort, partitions, ruleset(),
                extractConfig(), stages, System.getenv("RP_API_TOKEN"), brokerPort, null, null);
    }
}
