package org.resumepipeline.broker;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.kafka.KafkaContainer;

/**
 * Hands integration tests a bootstrap address, one cluster per test JVM: {@code KAFKA_BOOTSTRAP_SERVERS} when set,
 * else an {@code apache/kafka} container when a Docker engine is available, else the real embedded broker.
 * Declare a parameter of type {@link KafkaBootstrap} in a test or lifecycle method to receive it.
 */
public final class KafkaBootstrapExtension implements ParameterResolver {
    /** The Kafka version the container runs; the same as the project's clients. */
    public static final String KAFKA_IMAGE = "apache/kafka:4.3.1";

    private static KafkaBootstrap shared;

    @Override
    public boolean supportsParameter(final ParameterContext parameter, final ExtensionContext context) {
        return parameter.getParameter().getType() == KafkaBootstrap.class;
    }

    @Override
    public Object resolveParameter(final ParameterContext parameter, final ExtensionContext context) {
        return bootstrap();
    }

    /** @return the cluster of this test JVM, started on first use and stopped when the JVM exits */
    public static synchronized KafkaBootstrap bootstrap() {
        if (shared == null) {
            shared = start();
        }
        return shared;
    }

    private static KafkaBootstrap start() {
        final String env = System.getenv("KAFKA_BOOTSTRAP_SERVERS");
        if (env != null && !env.isBlank()) {
            return new KafkaBootstrap(env, "external");
        }
        if (dockerAvailable()) {
            final KafkaContainer container = new KafkaContainer(KAFKA_IMAGE);
            container.start();
            Runtime.getRuntime().addShutdownHook(new Thread(container::stop, "kafka-container-stop"));
            return new KafkaBootstrap(container.getBootstrapServers(), "testcontainers");
        }
        try {
            final Path dir = Files.createTempDirectory("rp-it-kafka");
            final EmbeddedKafka kafka = new EmbeddedKafka(dir, 0, 16 * 1024 * 1024).start();
            Runtime.getRuntime().addShutdownHook(new Thread(kafka::close, "embedded-kafka-stop"));
            return new KafkaBootstrap(kafka.bootstrapServers(), "embedded");
        } catch (java.io.IOException e) {
            throw new IllegalStateException("cannot start the embedded broker", e);
        }
    }

    private static boolean dockerAvailable() {
        try {
            return DockerClientFactory.instance().isDockerAvailable();
        } catch (RuntimeException | LinkageError e) {
            return false;
        }
    }

    /**
     * A cluster for tests.
     *
     * @param servers bootstrap servers
     * @param kind    external, testcontainers or embedded
     */
    public record KafkaBootstrap(String servers, String kind) {
    }
}
