package org.resumepipeline.cli.ops;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeSet;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.resumepipeline.model.Topics;

/**
 * Erasure: finds every key of a batch (or one document) on the pipeline's topics and writes tombstones for them,
 * in one transaction, to every topic that holds document data.
 */
public final class Eraser {
    /** Topics keyed by document key that hold a candidate's data. */
    public static final List<String> DOCUMENT_TOPICS = List.of(Topics.UPLOADS.name(), Topics.TEXTS.name(),
            Topics.SCORES.name(), Topics.FAILURES.name());

    private final String bootstrap;

    public Eraser(final String bootstrap) {
        this.bootstrap = bootstrap;
    }

    /** @return every document key of the batch present on any document topic, sorted */
    public TreeSet<String> keysOf(final String batch) {
        final Properties p = new Properties();
        p.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        p.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        p.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        p.put(ConsumerConfig.MAX_PARTITION_FETCH_BYTES_CONFIG, Topics.MAX_MESSAGE_BYTES);
        p.put(ConsumerConfig.FETCH_MAX_BYTES_CONFIG, Topics.MAX_MESSAGE_BYTES);
        final TreeSet<String> keys = new TreeSet<>();
        final String prefix = batch + "/";
        try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(p, new StringDeserializer(),
                new ByteArrayDeserializer())) {
            final List<TopicPartition> partitions = DOCUMENT_TOPICS.stream()
                    .flatMap(t -> consumer.partitionsFor(t).stream().map(i -> new TopicPartition(t, i.partition())))
                    .toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            final Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
            while (partitions.stream().anyMatch(tp -> consumer.position(tp) < end.get(tp))) {
                for (final ConsumerRecord<String, byte[]> r : consumer.poll(Duration.ofMillis(500))) {
                    if (r.key() != null && r.key().startsWith(prefix)) {
                        if (r.value() == null) {
                            keys.remove(r.key());
                        } else {
                            keys.add(r.key());
                        }
                    }
                }
            }
        }
        return keys;
    }

    /**
     * Writes tombstones for the keys to every document topic, and for the batch's metadata when given, in one
     * transaction.
     */
    public void tombstone(final Iterable<String> keys, final String batchOrNull) {
        final Properties p = new Properties();
        p.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        p.put(ProducerConfig.TRANSACTIONAL_ID_CONFIG, "rp-forget-" + UUID.randomUUID());
        try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(p, new StringSerializer(),
                new org.apache.kafka.common.serialization.ByteArraySerializer())) {
            producer.initTransactions();
            producer.beginTransaction();
            for (final String key : keys) {
                for (final String topic : DOCUMENT_TOPICS) {
                    producer.send(new ProducerRecord<>(topic, key, null));
                }
            }
            if (batchOrNull != null) {
                producer.send(new ProducerRecord<>(Topics.BATCHES.name(), batchOrNull, null));
            }
            producer.commitTransaction();
        }
    }
}
