package org.resumepipeline.report.blind;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.resumepipeline.model.Reveal;
import org.resumepipeline.model.Topics;

/**
 * Writes reveals to {@code resume.audit} and waits until the cluster has them (acks=all, idempotent): a reveal
 * answers only once its audit record is written. Thread-safe, as KafkaProducer is.
 */
public final class AuditLog implements AutoCloseable {
    private static final Duration WRITE_TIMEOUT = Duration.ofSeconds(15);
    private final KafkaProducer<String, Reveal> producer;

    /** @param clientConfig the cluster's client settings (bootstrap servers and security) */
    public AuditLog(final Map<String, Object> clientConfig) {
        final Map<String, Object> config = new HashMap<>(clientConfig);
        config.put(ProducerConfig.ACKS_CONFIG, "all");
        config.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        config.putIfAbsent(ProducerConfig.CLIENT_ID_CONFIG, "rp-audit");
        producer = new KafkaProducer<>(config, Topics.AUDIT.keySerde().serializer(),
                Topics.AUDIT.valueSerde().serializer());
    }

    /**
     * @param reveal the record to write
     * @throws IllegalStateException when the cluster did not take it in time
     */
    public void write(final Reveal reveal) {
        try {
            producer.send(new ProducerRecord<>(Topics.AUDIT.name(), reveal.auditKey(), reveal))
                    .get(WRITE_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("cannot write the audit record", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while writing the audit record", e);
        }
    }

    @Override
    public void close() {
        producer.close(Duration.ofSeconds(5));
    }
}
