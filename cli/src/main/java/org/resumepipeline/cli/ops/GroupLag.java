package org.resumepipeline.cli.ops;

import java.time.Duration;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import org.resumepipeline.cli.Waits;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.ListOffsetsResult;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.IsolationLevel;
import org.apache.kafka.common.TopicPartition;

/** How far a consumer group (a Streams application) is behind the committed end of some topics. */
public final class GroupLag {
    private GroupLag() {
    }

    /**
     * @return records between the group's committed offsets and the last stable offsets of the topics; a partition
     *     the group never committed counts whole
     */
    public static long lag(final Admin admin, final String group, final Collection<String> topics) {
        try {
            final Map<TopicPartition, OffsetSpec> ends = new HashMap<>();
            final Map<TopicPartition, OffsetSpec> starts = new HashMap<>();
            for (final TopicDescription d : admin.describeTopics(topics).allTopicNames().get().values()) {
                d.partitions().forEach(p -> {
                    ends.put(new TopicPartition(d.name(), p.partition()), OffsetSpec.latest());
                    starts.put(new TopicPartition(d.name(), p.partition()), OffsetSpec.earliest());
                });
            }
            final var options = new org.apache.kafka.clients.admin.ListOffsetsOptions(IsolationLevel.READ_COMMITTED);
            final Map<TopicPartition, ListOffsetsResult.ListOffsetsResultInfo> end = admin.listOffsets(ends, options)
                    .all().get();
            final Map<TopicPartition, ListOffsetsResult.ListOffsetsResultInfo> start = admin
                    .listOffsets(starts, options).all().get();
            final Map<TopicPartition, OffsetAndMetadata> committed = admin.listConsumerGroupOffsets(group)
                    .partitionsToOffsetAndMetadata().get();
            long lag = 0;
            for (final var e : end.entrySet()) {
                final OffsetAndMetadata c = committed.get(e.getKey());
                final long from = c == null ? start.get(e.getKey()).offset() : c.offset();
                lag += Math.max(0, e.getValue().offset() - from);
            }
            return lag;
        } catch (ExecutionException e) {
            throw new IllegalStateException("cannot read offsets of " + group + ": " + e.getCause().getMessage(),
                    e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    /**
     * Waits until the group has consumed everything committed on the topics.
     *
     * @throws IllegalStateException on timeout
     */
    public static void awaitCaughtUp(final Admin admin, final String group, final Collection<String> topics,
                              final Duration timeout) {
        Waits.until(() -> lag(admin, group, topics) == 0, timeout, Duration.ofMillis(200),
                () -> group + " is still " + lag(admin, group, topics) + " records behind after "
                        + timeout.toSeconds() + " s");
    }
}
