package org.resumepipeline.broker;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import kafka.server.KafkaConfig;
import kafka.server.KafkaRaftServer;
import org.apache.kafka.common.utils.Time;
import org.apache.kafka.metadata.storage.Formatter;
import org.apache.kafka.server.common.MetadataVersion;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A real single-node KRaft Kafka broker (broker and controller in one process), started in this JVM.
 * Data lives under a directory so a restart keeps the topics. Not thread-safe: start and close from one thread.
 */
public final class EmbeddedKafka implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(EmbeddedKafka.class);

    private final Path dataDir;
    private final int brokerPort;
    private final int controllerPort;
    private final int maxMessageBytes;
    private KafkaRaftServer server;
    private long startupMillis;

    /**
     * @param dataDir         where the log and metadata live; created when missing
     * @param brokerPort      the client port, 0 to choose a free one
     * @param maxMessageBytes the broker's largest record batch
     */
    public EmbeddedKafka(final Path dataDir, final int brokerPort, final int maxMessageBytes) {
        this.dataDir = dataDir.toAbsolutePath();
        this.brokerPort = brokerPort == 0 ? freePort() : brokerPort;
        this.controllerPort = freePort();
        this.maxMessageBytes = maxMessageBytes;
    }

    /**
     * Formats the storage when {@code meta.properties} is missing, then starts the server.
     *
     * @return this
     * @throws UncheckedIOException when the data directory cannot be prepared
     */
    public EmbeddedKafka start() {
        final long begin = System.nanoTime();
        final Path logDir = dataDir.resolve("kafka");
        try {
            Files.createDirectories(logDir);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create " + logDir, e);
        }
        final Properties props = brokerProperties(logDir);
        if (!Files.exists(logDir.resolve("meta.properties"))) {
            format(logDir);
        }
        server = new KafkaRaftServer(KafkaConfig.fromProps(props, false), Time.SYSTEM);
        server.startup();
        startupMillis = (System.nanoTime() - begin) / 1_000_000;
        LOG.info("Embedded Kafka broker on {} ready in {} ms (data in {})", bootstrapServers(), startupMillis, logDir);
        return this;
    }

    private void format(final Path logDir) {
        final java.io.ByteArrayOutputStream formatterOutput = new java.io.ByteArrayOutputStream();
        try {
            new Formatter()
                    .setPrintStream(new java.io.PrintStream(formatterOutput, true, java.nio.charset.StandardCharsets.UTF_8))
                    .setNodeId(1)
                    .setClusterId(randomClusterId())
                    .setControllerListenerName("CONTROLLER")
                    .setMetadataLogDirectory(logDir.toString())
                    .addDirectory(logDir.toString())
                    .setReleaseVersion(MetadataVersion.LATEST_PRODUCTION)
                    .run();
            LOG.debug("formatted Kafka storage: {}", formatterOutput);
        } catch (Exception e) {
            throw new IllegalStateException("cannot format Kafka storage in " + logDir, e);
        }
    }

    private static String randomClusterId() {
        return org.apache.kafka.common.Uuid.randomUuid().toString();
    }

    private Properties brokerProperties(final Path logDir) {
        final Properties p = new Properties();
        p.put("process.roles", "broker,controller");
        p.put("node.id", "1");
        p.put("controller.quorum.voters", "1@127.0.0.1:" + controllerPort);
        p.put("listeners", "PLAINTEXT://127.0.0.1:" + brokerPort + ",CONTROLLER://127.0.0.1:" + controllerPort);
        p.put("advertised.listeners", "PLAINTEXT://127.0.0.1:" + brokerPort);
        p.put("listener.security.protocol.map", "PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT");
        p.put("controller.listener.names", "CONTROLLER");
        p.put("inter.broker.listener.name", "PLAINTEXT");
        p.put("log.dirs", logDir.toString());
        p.put("metadata.log.dir", logDir.toString());
        p.put("num.partitions", "1");
        p.put("offsets.topic.replication.factor", "1");
        p.put("offsets.topic.num.partitions", "5");
        p.put("transaction.state.log.replication.factor", "1");
        p.put("transaction.state.log.min.isr", "1");
        p.put("transaction.state.log.num.partitions", "5");
        p.put("min.insync.replicas", "1");
        p.put("default.replication.factor", "1");
        p.put("share.coordinator.state.topic.replication.factor", "1");
        p.put("share.coordinator.state.topic.min.isr", "1");
        p.put("group.initial.rebalance.delay.ms", "0");
        p.put("log.cleaner.dedupe.buffer.size", "2097152");
        p.put("log.cleaner.backoff.ms", "1000");
        p.put("broker.session.timeout.ms", "2000");
        p.put("broker.heartbeat.interval.ms", "500");
        p.put("message.max.bytes", Integer.toString(maxMessageBytes));
        p.put("replica.fetch.max.bytes", Integer.toString(maxMessageBytes));
        p.put("auto.create.topics.enable", "false");
        // a killed process leaves its last transaction open; a Streams app without persistent stores gets a new
        // process id (so a new transactional.id) on restart and never fences it: the coordinator aborts it once its
        // timeout (10 s for Streams) has passed, and looks for such transactions every second instead of every 10 s
        p.put("transaction.abort.timed.out.transaction.cleanup.interval.ms", "1000");
        return p;
    }

    /** @return host:port for clients */
    public String bootstrapServers() {
        return "127.0.0.1:" + brokerPort;
    }

    /** @return how long {@link #start()} took, in milliseconds */
    public long startupMillis() {
        return startupMillis;
    }

    /** Shuts the broker down and waits for it; the broker's threads are not daemons. */
    @Override
    public void close() {
        if (server != null) {
            final KafkaRaftServer s = server;
            server = null;
            s.shutdown();
            s.awaitShutdown();
            LOG.info("Embedded Kafka broker stopped");
        }
    }

    /** @return a port free at the time of the call on 127.0.0.1 */
    public static int freePort() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            socket.setReuseAddress(true);
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException("no free port", e);
        }
    }
}
