package org.resumepipeline.ingest;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.producer.Callback;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.resumepipeline.model.Batch;
import org.resumepipeline.model.Failure;
import org.resumepipeline.model.Topics;

/**
 * One idempotent producer for uploads, failures and batches (values serialized with the topics' serdes).
 * Thread-safe, as KafkaProducer is.
 *
 * <p>Its waits are bounded so that a cluster that is down gets an answer instead of a hang: a send waits at most
 * {@link #MAX_BLOCK} for metadata or buffer room, and a record not acknowledged within {@link #DELIVERY_TIMEOUT}
 * fails (the idempotent producer retries within it, so a broker restart of a few seconds is ridden out). Kafka's
 * defaults are 60 s and 120 s, which an HTTP client or a user at a terminal takes for a hang.
 */
final class Publisher implements RecordSink, AutoCloseable {
    private static final Duration CLOSE_TIMEOUT = Duration.ofSeconds(30);
    /** How long a send may wait for the cluster's metadata or for room in the buffer. */
    static final Duration MAX_BLOCK = Duration.ofSeconds(10);
    /** How long one request to the broker may take before the producer retries it. */
    static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(10);
    /** How long a record may wait for its acknowledgement, retries included (at least linger + request timeout). */
    static final Duration DELIVERY_TIMEOUT = Duration.ofSeconds(15);

    private final KafkaProducer<String, byte[]> producer;

    Publisher(final Map<String, Object> clientConfig) {
        this.producer = new KafkaProducer<>(producerConfig(clientConfig), new StringSerializer(),
                new ByteArraySerializer());
    }

    /** @return the producer settings: idempotent, acks=all, zstd, room for the largest upload, bounded waits */
    static Map<String, Object> producerConfig(final Map<String, Object> clientConfig) {
        final Map<String, Object> cfg = new HashMap<>(clientConfig);
        cfg.putIfAbsent(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        cfg.putIfAbsent(ProducerConfig.ACKS_CONFIG, "all");
        cfg.putIfAbsent(ProducerConfig.COMPRESSION_TYPE_CONFIG, "zstd");
        cfg.putIfAbsent(ProducerConfig.MAX_REQUEST_SIZE_CONFIG, Topics.MAX_MESSAGE_BYTES);
        cfg.putIfAbsent(ProducerConfig.BATCH_SIZE_CONFIG, 1024 * 1024);
        cfg.putIfAbsent(ProducerConfig.LINGER_MS_CONFIG, 10);
        cfg.putIfAbsent(ProducerConfig.BUFFER_MEMORY_CONFIG, 64L * 1024 * 1024);
        cfg.putIfAbsent(ProducerConfig.MAX_IN_FLIGHT_REQUESTS_PER_CONNECTION, 5);
        cfg.putIfAbsent(ProducerConfig.CLIENT_ID_CONFIG, "rp-ingest");
        cfg.putIfAbsent(ProducerConfig.MAX_BLOCK_MS_CONFIG, (int) MAX_BLOCK.toMillis());
        cfg.putIfAbsent(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, (int) REQUEST_TIMEOUT.toMillis());
        cfg.putIfAbsent(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, (int) DELIVERY_TIMEOUT.toMillis());
        return cfg;
    }

    @Override
    public void upload(final String key, final byte[] value, final Callback callback) {
        producer.send(new ProducerRecord<>(Topics.UPLOADS.name(), key, value), callback);
    }

    @Override
    public void failure(final Failure failure, final Callback callback) {
        final String topic = Topics.FAILURES.name();
        producer.send(new ProducerRecord<>(topic, failure.key(),
                Topics.FAILURES.valueSerde().serializer().serialize(topic, failure)), callback);
    }

    /**
     * Publishes batch metadata and waits for the acknowledgement.
     *
     * @throws IllegalStateException when the broker refuses or does not answer within the delivery timeout
     */
    void batch(final Batch batch) {
        final String topic = Topics.BATCHES.name();
        try {
            producer.send(new ProducerRecord<>(topic, batch.name(),
                    Topics.BATCHES.valueSerde().serializer().serialize(topic, batch)))
                    .get(MAX_BLOCK.plus(DELIVERY_TIMEOUT).toSeconds(), TimeUnit.SECONDS);
        } catch (ExecutionException e) {
            throw new IllegalStateException("cannot publish to " + topic + ": " + e.getCause().getMessage(),
                    e.getCause());
        } catch (TimeoutException e) {
            throw new IllegalStateException("no answer from Kafka while publishing to " + topic, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while publishing to " + topic, e);
        }
    }

    @Override
    public void flush() {
        producer.flush();
    }

    @Override
    public void close() {
        producer.close(CLOSE_TIMEOUT);
    }
}
