package org.resumepipeline.cli.command;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.apache.kafka.clients.admin.Admin;
import org.resumepipeline.ingest.IngestSummary;
import org.resumepipeline.ingest.Ingestor;
import org.resumepipeline.ingest.IngestConfig;
import org.resumepipeline.model.Batch;
import org.resumepipeline.model.ClientDefaults;
import org.resumepipeline.model.DocumentKeys;
import org.resumepipeline.model.Topics;
import picocli.CommandLine.Command;
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

    @Option(names = "--bootstrap-servers", paramLabel = "B", defaultValue = "127.0.0.1:9092",
            description = "Kafka cluster (default: ${DEFAULT-VALUE}).")
    String bootstrapServers;

    @Option(names = "--partitions", defaultValue = "2", description = "Partitions when topics are created.")
    int partitions;

    @Override
    public Integer call() throws Exception {
        DocumentKeys.validateBatch(batch);
        try (Admin admin = Admin.create(Map.of("bootstrap.servers", bootstrapServers))) {
            Topics.ensure(admin, partitions);
        }
        try (Ingestor ingestor = new Ingestor(ClientDefaults.client(bootstrapServers),
                IngestConfig.defaults().withCheckPublished(true))) {
            final String jd = job == null ? null : JobDescriptions.read(job);
            ingestor.putBatch(new Batch(batch, System.currentTimeMillis(), jd));
            final IngestSummary s = ingestor.ingest(batch, inputs, System.err);
            final var out = spec.commandLine().getOut();
            s.toLines().forEach(out::println);
            out.flush();
            return s.acceptedKeys().isEmpty() && !s.refusals().isEmpty() ? 1 : 0;
        }
    }
}
