package org.resumepipeline.ingest;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.resumepipeline.model.Batch;
import org.resumepipeline.model.Topics;

/**
 * Reads a batch's settings as {@code resume.batches} holds them now (its last record; none after a tombstone), so
 * that settings written again keep what must not change by accident (blindness, see
 * {@link Batch#keepingBlindOf(Batch)}).
 */
final class CurrentBatch {
    private static final Duration POLL = Duration.ofMillis(200);
    private static final Duration DEADLINE = Duration.ofMinutes(1);

    private CurrentBatch() {
    }

    /**
     * @return the batch's settings, or empty when it has none
     * @throws IllegalStateException when the topic cannot be read to its end within a minute, or Kafka does not
     *                               answer within 10 s
     */
    static Optional<Batch> of(final Map<String, Object> clientConfig, final String name) {
        final Deserializer<Batch> batches = Topics.BATCHES.valueSerde().deserializer();
        try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(PublishedKeys.readOnceConfig(clientConfig),
                new StringDeserializer(), new ByteArrayDeserializer())) {
            final List<TopicPartition> partitions = consumer.partitionsFor(Topics.BATCHES.name()).stream()
                    .map(p -> new TopicPartition(p.topic(), p.partition())).toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            final Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
            final long deadline = System.nanoTime() + DEADLINE.toNanos();
            Batch current = null;
            while (!PublishedKeys.reached(consumer, end)) {
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException("cannot read " + Topics.BATCHES.name() + " to its end");
                }
                for (final ConsumerRecord<String, byte[]> r : consumer.poll(POLL)) {
                    if (name.equals(r.key())) {
                        current = r.value() == null ? null : readable(batches, r.value(), current);
                    }
                }
            }
            return Optional.ofNullable(current);
        } catch (KafkaException e) {
            throw new IllegalStateException("cannot read " + Topics.BATCHES.name() + ": " + e.getMessage(), e);
        }
    }

    /** @return the record's settings, or the ones before it when it is not a batch record (the stages skip it too) */
    private static Batch readable(final Deserializer<Batch> batches, final byte[] value, final Batch before) {
        try {
            return batches.deserialize(Topics.BATCHES.name(), value);
        } catch (SerializationException e) {
            return before;
        }
    }
}
