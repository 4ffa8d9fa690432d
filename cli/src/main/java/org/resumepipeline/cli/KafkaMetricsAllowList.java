package org.resumepipeline.cli;

import java.util.Set;

/** The Kafka client and Streams metrics the dashboard and alerts use; all others are pruned. */
final class KafkaMetricsAllowList {
    private static final Set<String> NAMES = Set.of(
            "kafka.consumer.fetch.manager.records.lag.max",
            "kafka.consumer.fetch.manager.records.lag",
            "kafka.consumer.fetch.manager.records.consumed.rate",
            "kafka.stream.alive.stream.threads",
            "kafka.stream.failed.stream.threads",
            "kafka.stream.thread.process.rate",
            "kafka.stream.thread.commit.latency.avg",
            "kafka.stream.task.dropped.records.total",
            "kafka.stream.task.dropped.records.rate",
            "kafka.producer.record.error.total",
            "kafka.producer.record.send.total");

    private KafkaMetricsAllowList() {
    }

    static boolean allows(final String name) {
        return NAMES.contains(name);
    }
}
