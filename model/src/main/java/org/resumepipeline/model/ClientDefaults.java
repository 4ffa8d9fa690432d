package org.resumepipeline.model;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Properties;
import org.apache.kafka.clients.CommonClientConfigs;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.errors.LogAndContinueExceptionHandler;
import org.apache.kafka.streams.errors.LogAndContinueProcessingExceptionHandler;

/** The one place for Kafka client defaults shared by every stage. Callers' values win ({@code putIfAbsent}). */
public final class ClientDefaults {
    private ClientDefaults() {
    }

    /**
     * Streams settings: exactly_once_v2, the built-in dead-letter queue, explicit internal names, clients sized for
     * documents up to the upload limit.
     *
     * @param applicationId the application id (also the consumer group)
     * @param bootstrap     bootstrap servers
     * @param stateDir      local state directory
     * @param overrides     settings that win over the defaults
     * @return the properties
     */
    public static Properties streams(final String applicationId, final String bootstrap, final Path stateDir,
                                     final Map<String, ?> overrides) {
        final Properties p = new Properties();
        overrides.forEach(p::put);
        p.putIfAbsent(StreamsConfig.APPLICATION_ID_CONFIG, applicationId);
        p.putIfAbsent(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        p.putIfAbsent(StreamsConfig.STATE_DIR_CONFIG, stateDir.toAbsolutePath().toString());
        p.putIfAbsent(StreamsConfig.PROCESSING_GUARANTEE_CONFIG, StreamsConfig.EXACTLY_ONCE_V2);
        p.putIfAbsent(StreamsConfig.COMMIT_INTERVAL_MS_CONFIG, 100);
        p.putIfAbsent(StreamsConfig.TOPOLOGY_OPTIMIZATION_CONFIG, StreamsConfig.OPTIMIZE);
        p.putIfAbsent(StreamsConfig.ENSURE_EXPLICIT_INTERNAL_RESOURCE_NAMING_CONFIG, true);
        p.putIfAbsent(StreamsConfig.ERRORS_DEAD_LETTER_QUEUE_TOPIC_NAME_CONFIG, Topics.DEAD_LETTERS.name());
        p.putIfAbsent(StreamsConfig.DESERIALIZATION_EXCEPTION_HANDLER_CLASS_CONFIG,
                LogAndContinueExceptionHandler.class.getName());
        p.putIfAbsent(StreamsConfig.PROCESSING_EXCEPTION_HANDLER_CLASS_CONFIG,
                LogAndContinueProcessingExceptionHandler.class.getName());
        p.putIfAbsent("processing.exception.handler.global.enabled", true);
        p.putIfAbsent(StreamsConfig.STATESTORE_CACHE_MAX_BYTES_CONFIG, 0);
        p.putIfAbsent(StreamsConfig.producerPrefix(ProducerConfig.MAX_REQUEST_SIZE_CONFIG), Topics.MAX_MESSAGE_BYTES);
        p.putIfAbsent(StreamsConfig.producerPrefix(ProducerConfig.COMPRESSION_TYPE_CONFIG), "zstd");
        p.putIfAbsent(StreamsConfig.consumerPrefix(ConsumerConfig.MAX_PARTITION_FETCH_BYTES_CONFIG),
                Topics.MAX_MESSAGE_BYTES);
        p.putIfAbsent(StreamsConfig.consumerPrefix(ConsumerConfig.FETCH_MAX_BYTES_CONFIG), Topics.MAX_MESSAGE_BYTES);
        p.putIfAbsent(StreamsConfig.consumerPrefix(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG), "earliest");
        // a member learns of a rebalance at its next heartbeat: with the default 3 s, a stage whose second thread
        // joins after the first stalls for up to 3 s (measured on rescore start-up)
        p.putIfAbsent(StreamsConfig.consumerPrefix(CommonClientConfigs.HEARTBEAT_INTERVAL_MS_CONFIG), 500);
        // a killed process keeps its partitions until its session expires: 10 s instead of 45 s before a restarted
        // stage (say, `rp rescore` run again after a kill) gets them back; heartbeats come from a background thread,
        // so a long parse never expires a session (max.poll.interval.ms covers that)
        p.putIfAbsent(StreamsConfig.consumerPrefix(CommonClientConfigs.SESSION_TIMEOUT_MS_CONFIG), 10_000);
        return p;
    }

    /**
     * @param clientConfig the pipeline's client settings (bootstrap servers and any security settings)
     * @return a mutable copy of the consumer settings among them, for a plain consumer that reads committed records
     *         with no group and commits nothing
     */
    public static Map<String, Object> readCommittedConsumer(final Map<String, Object> clientConfig) {
        final Map<String, Object> cfg = new HashMap<>();
        clientConfig.forEach((k, v) -> {
            if (ConsumerConfig.configNames().contains(k)) {
                cfg.put(k, v);
            }
        });
        cfg.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        cfg.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        cfg.remove(ConsumerConfig.GROUP_ID_CONFIG);
        return cfg;
    }

    /** @return producer/consumer/admin settings for plain clients */
    public static Map<String, Object> client(final String bootstrap) {
        return Map.of("bootstrap.servers", bootstrap);
    }
}
