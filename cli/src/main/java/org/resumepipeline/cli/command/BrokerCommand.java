package org.resumepipeline.cli.command;

import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.apache.kafka.clients.admin.Admin;
import org.resumepipeline.broker.EmbeddedKafka;
import org.resumepipeline.broker.HangingTransactions;
import org.resumepipeline.model.Topics;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code rp broker}: the embedded single-node KRaft broker alone, with the pipeline's topics, for a laptop or CI
 * without a cluster; the stage services connect to it. Stops cleanly on SIGTERM or Ctrl-C.
 */
@Command(name = "broker", mixinStandardHelpOptions = true,
        description = "Run the embedded single-node Kafka broker (KRaft) with the pipeline's topics until stopped.")
public final class BrokerCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--data-dir", paramLabel = "DIR", defaultValue = "data",
            description = "Broker data: a restart keeps topics and records (default: ${DEFAULT-VALUE}).")
    Path dataDir;

    @Option(names = "--port", paramLabel = "N", defaultValue = "9092",
            description = "Port on 127.0.0.1 (default: ${DEFAULT-VALUE}; 0 = any free port).")
    int port;

    @Option(names = "--partitions", paramLabel = "N", defaultValue = "6",
            description = "Partitions per topic when topics are created (default: ${DEFAULT-VALUE}).")
    int partitions;

    @Override
    public Integer call() throws InterruptedException {
        final EmbeddedKafka broker = new EmbeddedKafka(dataDir, port,
                Topics.MAX_MESSAGE_BYTES + 1024 * 1024);
        final CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            broker.close();
            stopped.countDown();
        }, "rp-broker-shutdown"));
        broker.start();
        try (Admin admin = Admin.create(Map.of("bootstrap.servers", broker.bootstrapServers()))) {
            // a transaction left open by a stage that died with the previous broker would block its readers
            HangingTransactions.abort(admin);
            Topics.ensure(admin, partitions);
        }
        spec.commandLine().getOut().printf("Broker ready at %s%n", broker.bootstrapServers());
        spec.commandLine().getOut().flush();
        stopped.await();
        return 0;
    }
}
