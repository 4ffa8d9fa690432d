package org.resumepipeline.cli.bench;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.resumepipeline.model.ClientDefaults;
import org.resumepipeline.report.ReportTopology;

/**
 * When each document's result reached the report, for the pipeline bench: reads the changelog of the report's
 * results store (read_committed, so a result counts once the report has committed it) from its end at start-up, and
 * keeps, per document key of the watched batches, the first arrival and the record's timestamp, which Kafka Streams
 * carries over from the upload record (the time ingest published it). Values are not deserialized.
 * Thread-safe.
 */
final class ReportArrivals implements AutoCloseable {
    private static final String CHANGELOG = ReportTopology.APPLICATION_ID + "-" + ReportTopology.RESULTS_STORE
            + "-changelog";

    /** One document's result in the report. */
    record Arrival(long publishedAtMillis, long arrivedAtMillis) {
        long latencyMillis() {
            return arrivedAtMillis - publishedAtMillis;
        }
    }

    private final KafkaConsumer<String, byte[]> consumer;
    private final String keyPrefix;
    private final Map<String, Arrival> arrivals = new ConcurrentHashMap<>();
    private final AtomicBoolean closed = new AtomicBoolean();
    private final Thread poller;

    /**
     * @param clientConfig the pipeline's client settings (bootstrap servers and any security settings)
     * @param keyPrefix    only keys starting with it count (the run's batch names share it)
     */
    ReportArrivals(final Map<String, Object> clientConfig, final String keyPrefix) {
        final Map<String, Object> cfg = ClientDefaults.readCommittedConsumer(clientConfig);
        this.keyPrefix = keyPrefix;
        this.consumer = new KafkaConsumer<>(cfg, new StringDeserializer(), new ByteArrayDeserializer());
        final List<TopicPartition> partitions = new ArrayList<>();
        consumer.partitionsFor(CHANGELOG, Duration.ofSeconds(30))
                .forEach(p -> partitions.add(new TopicPartition(p.topic(), p.partition())));
        if (partitions.isEmpty()) {
            consumer.close();
            throw new IllegalStateException(CHANGELOG + " does not exist: is the report stage running?");
        }
        consumer.assign(partitions);
        consumer.seekToEnd(partitions);
        // resolve the end offsets now: results committed after this call are the run's
        partitions.forEach(consumer::position);
        this.poller = new Thread(this::poll, "bench-report-arrivals");
        poller.setDaemon(true);
        poller.start();
    }

    private void poll() {
        try {
            while (!closed.get()) {
                for (final ConsumerRecord<String, byte[]> r : consumer.poll(Duration.ofMillis(200))) {
                    if (r.key() != null && r.value() != null && r.key().startsWith(keyPrefix)) {
                        arrivals.putIfAbsent(r.key(), new Arrival(r.timestamp(), System.currentTimeMillis()));
                    }
                }
            }
        } catch (WakeupException e) {
            // closing
        } finally {
            consumer.close();
        }
    }

    /** @return the documents whose result has arrived, with the given key prefix (a batch: {@code name/}) */
    List<Arrival> of(final String prefix) {
        return arrivals.entrySet().stream().filter(e -> e.getKey().startsWith(prefix)).map(Map.Entry::getValue)
                .toList();
    }

    /** @return how many documents of the watched batches have arrived */
    int count() {
        return arrivals.size();
    }

    @Override
    public void close() throws InterruptedException {
        if (closed.compareAndSet(false, true)) {
            consumer.wakeup();
            poller.join(10_000);
        }
    }
}
