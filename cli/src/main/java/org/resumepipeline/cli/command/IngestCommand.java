package org.resumepipeline.cli.command;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.common.KafkaException;
import org.resumepipeline.ingest.IngestSummary;
import org.resumepipeline.ingest.Ingestor;
import org.resumepipeline.ingest.IngestConfig;
import org.resumepipeline.model.Batch;
import org.resumepipeline.model.ClientDefaults;
import org.resumepipeline.model.DocumentKeys;
import org.resumepipeline.model.Topics;
import org.resumepipeline.cli.BlindOptions;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code rp ingest PATH... --batch NAME [--job FILE] [--bootstrap-servers B]}. */
@Command(name = "ingest", mixinStandardHelpOptions = true,
        description = "Publish files, folders and zip archives to a batch, once each.")
public final class IngestCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "PATH", arity = "1..*", description = "Files, folders or zip archives.")
    List<Path> inputs;

    @Option(names = "--batch", required = true, paramLabel = "NAME", description = "Batch name.")
    String batch;

    @Option(names = "--job", paramLabel = "FILE", description = "Job description for the batch.")
    Path job;

    @Mixin
    BlindOptions blind = new BlindOptions();

    @Option(names = "--bootstrap-servers", paramLabel = "B", defaultValue = "127.0.0.1:9092",
            description = "Kafka cluster (default: ${DEFAULT-VALUE}).")
    String bootstrapServers;

    @Option(names = "--partitions", defaultValue = "2", description = "Partitions when topics are created.")
    int partitions;

    /** How long the topic set-up may wait for the cluster before the command says it does not answer. */
    private static final int ADMIN_TIMEOUT_MS = 10_000;

    @Override
    public Integer call() throws Exception {
        DocumentKeys.validateBatch(batch);
        blind.validate(spec);
        final String jd = job == null ? null : JobDescriptions.read(job);
        try (Admin admin = Admin.create(Map.of("bootstrap.servers", bootstrapServers,
                AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, ADMIN_TIMEOUT_MS,
                AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, ADMIN_TIMEOUT_MS));
             Ingestor ingestor = new Ingestor(ClientDefaults.client(bootstrapServers),
                     IngestConfig.defaults().withCheckPublished(true))) {
            final IngestSummary s;
            final Batch settings;
            try {
                Topics.ensure(admin, partitions);
                settings = ingestor.updateBatch(blind.apply(new Batch(batch, System.currentTimeMillis(), jd)));
                s = ingestor.ingest(batch, inputs, System.err);
            } catch (IllegalStateException | KafkaException e) {
                final var err = spec.commandLine().getErr();
                err.printf("rp ingest: Kafka at %s does not answer (%s). Nothing was published. Start it (rp broker,"
                        + " or rp run) and run the same command again.%n", bootstrapServers, e.getMessage());
                err.flush();
                return 1;
            }
            final var out = spec.commandLine().getOut();
            s.toLines(settings.blind()).forEach(out::println);
            out.flush();
            return !s.complete() || s.acceptedKeys().isEmpty() && !s.refusals().isEmpty() ? 1 : 0;
        }
    }
}
