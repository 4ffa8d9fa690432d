package org.resumepipeline.ingest;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.resumepipeline.model.Topics;

/** Reads what a batch has on a topic, read_committed, from the beginning to the current end. */
final class TopicKeys {
    private TopicKeys() {
    }

    static void ensureTopics(final String bootstrap) {
        try (Admin admin = Admin.create(Map.of("bootstrap.servers", bootstrap))) {
            Topics.ensure(admin, 2);
        }
    }

    /** @return the keys of the batch's records on the topic, one per record, in no particular order */
    static List<String> keys(final String bootstrap, final String topic, final String batch) {
        return records(bootstrap, topic, batch).stream().map(ConsumerRecord::key).toList();
    }

    static List<ConsumerRecord<String, String>> records(final String bootstrap, final String topic,
                                                        final String batch) {
        return records(bootstrap, topic, key -> key.startsWith(batch + "/"));
    }

    static List<ConsumerRecord<String, String>> records(final String bootstrap, final String topic,
                                                        final Predicate<String> keys) {
        final Map<String, Object> cfg = Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
                ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed",
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false,
                ConsumerConfig.MAX_PARTITION_FETCH_BYTES_CONFIG, Topics.MAX_MESSAGE_BYTES);
        final List<ConsumerRecord<String, String>> out = new ArrayList<>();
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(cfg, new StringDeserializer(),
                new StringDeserializer())) {
            final List<TopicPartition> partitions = consumer.partitionsFor(topic).stream()
                    .map(p -> new TopicPartition(topic, p.partition())).toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            final Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
            final long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
            while (partitions.stream().anyMatch(p -> consumer.position(p) < end.get(p))) {
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException("cannot read " + topic + " to its end");
                }
                for (final ConsumerRecord<String, String> r : consumer.poll(Duration.ofMillis(200))) {
                    if (r.key() != null && keys.test(r.key())) {
                        out.add(r);
                    }
                }
            }
        }
        return out;
    }
}
