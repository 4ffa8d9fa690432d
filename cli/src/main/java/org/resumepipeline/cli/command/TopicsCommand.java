package org.resumepipeline.cli.command;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import org.apache.kafka.clients.admin.Admin;
import org.resumepipeline.cli.ServiceDefaults;
import org.resumepipeline.cli.ServiceOptions;
import org.resumepipeline.model.Topics;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code rp topics}: creates the pipeline's missing topics with their configs on a cluster, then exits. */
@Command(name = "topics", mixinStandardHelpOptions = true, defaultValueProvider = ServiceDefaults.class,
        description = "Create the pipeline's missing topics (with their configs) on a cluster and exit; existing "
                + "topics are left as they are. The one-shot set-up of a deployment.")
public final class TopicsCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--bootstrap-servers", paramLabel = "B", defaultValue = "127.0.0.1:9092",
            description = "Kafka cluster (default: ${DEFAULT-VALUE}; env RP_BOOTSTRAP_SERVERS).")
    String bootstrapServers;

    @Option(names = "--partitions", paramLabel = "N", defaultValue = "6",
            description = "Partitions of each new topic: the most instances a stage can use (default: "
                    + "${DEFAULT-VALUE}).")
    int partitions;

    @Option(names = "--kafka-config", paramLabel = "FILE", description = "Kafka client properties (SASL/SSL, ...).")
    Path kafkaConfig;

    @Override
    public Integer call() {
        final Map<String, Object> config = new HashMap<>(kafkaConfig == null ? Map.of()
                : ServiceOptions.load(kafkaConfig));
        config.put("bootstrap.servers", bootstrapServers);
        try (Admin admin = Admin.create(config)) {
            Topics.ensure(admin, partitions);
        }
        spec.commandLine().getOut().printf("Topics ready on %s: %s%n", bootstrapServers,
                String.join(", ", Topics.ALL.stream().map(t -> t.name()).toList()));
        spec.commandLine().getOut().flush();
        return 0;
    }
}
