package org.resumepipeline.ingest;

import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.resumepipeline.model.ClientDefaults;
import org.resumepipeline.model.Topics;

/**
 * Reads the keys a batch already has on resume.uploads (read_committed, no group, no commits). A key whose last
 * record is a tombstone (the document was forgotten) is not published: uploading it again publishes it again.
 */
final class PublishedKeys {
    private static final Duration POLL = Duration.ofMillis(500);
    private static final Duration DEADLINE = Duration.ofMinutes(5);
    /** How long one metadata or offsets call may wait: a cluster that is down is said so, not waited for. */
    private static final Duration API_TIMEOUT = Duration.ofSeconds(10);

    private PublishedKeys() {
    }

    /**
     * @return the batch's keys on resume.uploads
     * @throws IllegalStateException when the topic cannot be read to its end within 5 minutes, or Kafka does not
     *                               answer within 10 s
     */
    static Set<String> of(final Map<String, Object> clientConfig, final String batch) {
        try {
            return read(clientConfig, batch);
        } catch (KafkaException e) {
            throw new IllegalStateException("cannot read " + Topics.UPLOADS.name() + ": " + e.getMessage(), e);
        }
    }

    /**
     * @return settings of a consumer that reads a topic to its end once: read_committed, no group, no commits, room
     *         for the largest record, and Kafka's silence said within 10 s
     */
    static Map<String, Object> readOnceConfig(final Map<String, Object> clientConfig) {
        final Map<String, Object> cfg = ClientDefaults.readCommittedConsumer(clientConfig);
        cfg.put(ConsumerConfig.MAX_PARTITION_FETCH_BYTES_CONFIG, Topics.MAX_MESSAGE_BYTES);
        cfg.putIfAbsent(ConsumerConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, (int) API_TIMEOUT.toMillis());
        return cfg;
    }

    private static Set<String> read(final Map<String, Object> clientConfig, final String batch) {
        final Map<String, Object> cfg = readOnceConfig(clientConfig);
        final String prefix = batch + "/";
        final Set<String> keys = new HashSet<>();
        // the values are the documents' bytes: keep only whether there is one
        try (KafkaConsumer<String, Boolean> consumer = new KafkaConsumer<>(cfg, new StringDeserializer(),
                (topic, data) -> data != null)) {
            final List<TopicPartition> partitions = consumer.partitionsFor(Topics.UPLOADS.name()).stream()
                    .map(p -> new TopicPartition(p.topic(), p.partition())).toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            final Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
            final long deadline = System.nanoTime() + DEADLINE.toNanos();
            while (!reached(consumer, end)) {
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException("cannot read " + Topics.UPLOADS.name() + " to its end");
                }
                for (final ConsumerRecord<String, Boolean> r : consumer.poll(POLL)) {
                    if (r.key() == null || !r.key().startsWith(prefix)) {
                        continue;
                    }
                    if (Boolean.TRUE.equals(r.value())) {
                        keys.add(r.key());
                    } else {
                        keys.remove(r.key());
                    }
                }
            }
        }
        return keys;
    }

    static boolean reached(final KafkaConsumer<?, ?> consumer, final Map<TopicPartition, Long> end) {
        for (final Map.Entry<TopicPartition, Long> e : end.entrySet()) {
            if (consumer.position(e.getKey()) < e.getValue()) {
                return false;
            }
        }
        return true;
    }
}
