package org.resumepipeline.cli.ops;

import java.time.Duration;
import java.util.List;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
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
import org.resumepipeline.model.Reveal;
import org.resumepipeline.model.Topics;

/**
 * Erasure: finds every key of a batch (or one document) on the pipeline's topics and writes tombstones for them,
 * in one transaction, to every topic that holds document data; the reveals of those documents on resume.audit are
 * written again without the document.
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
     * @param keys the documents forgotten
     * @return the current reveals of those documents on {@code resume.audit}, each without its document: what forget
     *         writes over them, so the audit keeps that someone revealed, and no longer whom
     */
    public List<Reveal> revealsWithout(final Set<String> keys) {
        final Properties p = new Properties();
        p.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        p.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        p.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        final Map<String, Reveal> current = new LinkedHashMap<>();
        try (KafkaConsumer<String, Reveal> consumer = new KafkaConsumer<>(p, new StringDeserializer(),
                Topics.AUDIT.valueSerde().deserializer())) {
            final List<TopicPartition> partitions = consumer.partitionsFor(Topics.AUDIT.name()).stream()
                    .map(i -> new TopicPartition(Topics.AUDIT.name(), i.partition())).toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            final Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
            while (partitions.stream().anyMatch(tp -> consumer.position(tp) < end.get(tp))) {
                for (final ConsumerRecord<String, Reveal> r : consumer.poll(Duration.ofMillis(500))) {
                    if (r.value() == null) {
                        current.remove(r.key());
                    } else {
                        current.put(r.key(), r.value());
                    }
                }
            }
        }
        return current.values().stream().filter(r -> r.document() != null && keys.contains(r.document()))
                .map(Reveal::forget).toList();
    }

    /**
     * Writes tombstones for the keys to every document topic, and for the batch's metadata when given, and writes
     * each reveal of those documents again without the document ({@link #revealsWithout}), in one transaction.
     */
    public void tombstone(final Iterable<String> keys, final String batchOrNull) {
        final Set<String> forgotten = new TreeSet<>();
        keys.forEach(forgotten::add);
        final List<Reveal> reveals = revealsWithout(forgotten);
        final Properties p = new Properties();
        p.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        p.put(ProducerConfig.TRANSACTIONAL_ID_CONFIG, "rp-forget-" + UUID.randomUUID());
        try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(p, new StringSerializer(),
                new org.apache.kafka.common.serialization.ByteArraySerializer())) {
            producer.initTransactions();
            producer.beginTransaction();
            for (final String key : forgotten) {
                for (final String topic : DOCUMENT_TOPICS) {
                    producer.send(new ProducerRecord<>(topic, key, null));
                }
            }
            if (batchOrNull != null) {
                producer.send(new ProducerRecord<>(Topics.BATCHES.name(), batchOrNull, null));
            }
            for (final Reveal r : reveals) {
                producer.send(new ProducerRecord<>(Topics.AUDIT.name(), r.auditKey(),
                        Topics.AUDIT.valueSerde().serializer().serialize(Topics.AUDIT.name(), r)));
            }
            producer.commitTransaction();
        }
    }
}
