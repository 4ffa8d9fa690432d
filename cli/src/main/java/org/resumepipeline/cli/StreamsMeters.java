package org.resumepipeline.cli;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.kafka.KafkaStreamsMetrics;
import org.apache.kafka.streams.KafkaStreams;

/**
 * The Kafka Streams metrics of one app in the registry, bound again each time the app is RUNNING. Micrometer's binder
 * looks for new Kafka metrics only once a minute, and task metrics (dropped records, process rates) come and go with
 * each rebalance: without a fresh binding a dashboard shows "No data" for up to a minute after a task moves here.
 */
final class StreamsMeters implements AutoCloseable {
    private final KafkaStreams streams;
    private final MeterRegistry registry;
    private KafkaStreamsMetrics bound;
    private boolean enabled;
    private boolean closed;

    StreamsMeters(final KafkaStreams streams, final MeterRegistry registry) {
        this.streams = streams;
        this.registry = registry;
    }

    /** Binds now and after every later transition to RUNNING. */
    synchronized void enable() {
        enabled = true;
        rebind();
    }

    /** Called by the app's state listener. */
    synchronized void onStateChange(final KafkaStreams.State next) {
        if (enabled && next == KafkaStreams.State.RUNNING) {
            rebind();
        }
    }

    private void rebind() {
        if (closed) {
            return;
        }
        final KafkaStreamsMetrics previous = bound;
        bound = new KafkaStreamsMetrics(streams);
        if (previous != null) {
            previous.close();
        }
        bound.bindTo(registry);
    }

    @Override
    public synchronized void close() {
        closed = true;
        if (bound != null) {
            bound.close();
        }
    }
}
