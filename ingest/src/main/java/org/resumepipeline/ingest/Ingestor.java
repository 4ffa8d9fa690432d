package org.resumepipeline.ingest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.stream.Stream;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.resumepipeline.model.Batch;
import org.resumepipeline.model.DocumentKeys;
import org.resumepipeline.model.Failure;
import org.resumepipeline.model.FailureReason;
import org.resumepipeline.model.Topics;
import org.resumepipeline.model.Upload;

/**
 * Publishes documents to resume.uploads once each. STUB for the walking skeleton: files and folders only;
 * the ingest issue adds zips, sniffing, refusals, progress and HTTP. Not thread-safe.
 */
public final class Ingestor implements AutoCloseable {
    private final KafkaProducer<String, Upload> uploads;
    private final KafkaProducer<String, Failure> failures;
    private final KafkaProducer<String, Batch> batches;

    /** @param clientConfig Kafka client settings, at least bootstrap.servers */
    public Ingestor(final Map<String, Object> clientConfig) {
        final Map<String, Object> cfg = new HashMap<>(clientConfig);
        cfg.putIfAbsent(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        cfg.putIfAbsent(ProducerConfig.ACKS_CONFIG, "all");
        cfg.putIfAbsent(ProducerConfig.COMPRESSION_TYPE_CONFIG, "zstd");
        cfg.putIfAbsent(ProducerConfig.MAX_REQUEST_SIZE_CONFIG, Topics.MAX_MESSAGE_BYTES);
        cfg.putIfAbsent(ProducerConfig.LINGER_MS_CONFIG, 5);
        this.uploads = new KafkaProducer<>(cfg, Topics.UPLOADS.keySerde().serializer(),
                Topics.UPLOADS.valueSerde().serializer());
        this.failures = new KafkaProducer<>(cfg, Topics.FAILURES.keySerde().serializer(),
                Topics.FAILURES.valueSerde().serializer());
        this.batches = new KafkaProducer<>(cfg, Topics.BATCHES.keySerde().serializer(),
                Topics.BATCHES.valueSerde().serializer());
    }

    /** Publishes batch metadata (compacted by batch name). */
    public void putBatch(final Batch batch) {
        send(batches, new ProducerRecord<>(Topics.BATCHES.name(), batch.name(), batch));
    }

    /**
     * @param batch  a valid batch name
     * @param inputs files and folders
     * @return what was published and refused
     * @throws UncheckedIOException when an input cannot be listed
     */
    public IngestSummary ingest(final String batch, final List<Path> inputs) {
        DocumentKeys.validateBatch(batch);
        final long begin = System.currentTimeMillis();
        final Set<String> keys = new LinkedHashSet<>();
        final List<Refusal> refusals = new ArrayList<>();
        int duplicates = 0;
        long bytes = 0;
        for (final Path file : files(inputs)) {
            final byte[] content;
            try {
                content = Files.readAllBytes(file);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + file, e);
            }
            final String key = DocumentKeys.of(batch, content);
            final String name = file.getFileName().toString();
            if (content.length == 0) {
                final Refusal r = new Refusal(name, key, FailureReason.EMPTY, FailureReason.EMPTY.advice());
                refusals.add(r);
                failures.send(new ProducerRecord<>(Topics.FAILURES.name(), key,
                        new Failure(key, batch, name, "ingest", r.reason(), r.message(), begin)));
                continue;
            }
            if (!keys.add(key)) {
                duplicates++;
                continue;
            }
            bytes += content.length;
            uploads.send(new ProducerRecord<>(Topics.UPLOADS.name(), key,
                    new Upload(key, batch, name, null, content.length, System.currentTimeMillis(), content)));
        }
        uploads.flush();
        failures.flush();
        return new IngestSummary(batch, new ArrayList<>(keys), duplicates, refusals, bytes,
                System.currentTimeMillis() - begin);
    }

    private static List<Path> files(final List<Path> inputs) {
        final List<Path> out = new ArrayList<>();
        for (final Path in : inputs) {
            if (Files.isDirectory(in)) {
                try (Stream<Path> walk = Files.walk(in)) {
                    walk.filter(Files::isRegularFile).sorted().forEach(out::add);
                } catch (IOException e) {
                    throw new UncheckedIOException("cannot list " + in, e);
                }
            } else {
                out.add(in);
            }
        }
        return out;
    }

    private static <V> void send(final KafkaProducer<String, V> producer, final ProducerRecord<String, V> record) {
        try {
            producer.send(record).get();
        } catch (ExecutionException e) {
            throw new IllegalStateException("cannot publish to " + record.topic(), e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    @Override
    public void close() {
        uploads.close();
        failures.close();
        batches.close();
    }
}
