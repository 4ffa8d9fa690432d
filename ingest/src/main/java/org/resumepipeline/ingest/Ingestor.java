package org.resumepipeline.ingest;

import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.resumepipeline.model.Batch;
import org.resumepipeline.model.DocumentKeys;

/**
 * Publishes documents to resume.uploads once each, keyed {@code <batch>/<sha256>}, and refusals to
 * resume.failures. Walks files, folders (recursively, sorted) and zip archives in any mix; sniffs each document's
 * type from its bytes; refuses empty, too large, unsupported, encrypted files and archive bombs at the door.
 * Thread-safe: concurrent {@code ingest} calls (HTTP uploads) share one idempotent producer and keep their own
 * state.
 */
public final class Ingestor implements AutoCloseable {
    private final Map<String, Object> clientConfig;
    private final IngestConfig config;
    private final TypeSniffer sniffer = new TypeSniffer();
    private final Publisher publisher;

    /** @param clientConfig Kafka client settings, at least bootstrap.servers */
    public Ingestor(final Map<String, Object> clientConfig) {
        this(clientConfig, IngestConfig.defaults());
    }

    /**
     * @param clientConfig Kafka client settings, at least bootstrap.servers
     * @param config       limits
     */
    public Ingestor(final Map<String, Object> clientConfig, final IngestConfig config) {
        this.clientConfig = Map.copyOf(clientConfig);
        this.config = Objects.requireNonNull(config, "config");
        this.publisher = new Publisher(clientConfig);
    }

    /** @return the limits in force */
    public IngestConfig config() {
        return config;
    }

    /**
     * Publishes batch metadata (compacted by batch name) and waits for it.
     *
     * @throws IllegalStateException when Kafka refuses it
     */
    public void putBatch(final Batch batch) {
        publisher.batch(batch);
    }

    /**
     * Publishes batch settings as {@link #putBatch} does, except that a batch blind now stays blind with its mask
     * (blindness is sticky: {@link Batch#keepingBlindOf(Batch)}): what {@code rp ingest} and {@code rp run} write
     * when they add files.
     *
     * @return the settings published
     * @throws IllegalStateException when Kafka does not answer or refuses them
     */
    public Batch updateBatch(final Batch settings) {
        final Batch merged = settings.keepingBlindOf(currentBatch(settings.name()).orElse(null));
        publisher.batch(merged);
        return merged;
    }

    /**
     * @return the batch's settings on resume.batches now, or empty when it has none
     * @throws IllegalStateException when Kafka does not answer
     */
    public Optional<Batch> currentBatch(final String name) {
        return CurrentBatch.of(clientConfig, DocumentKeys.validateBatch(name));
    }

    /**
     * @param batch  a valid batch name
     * @param inputs files, folders and zip archives
     * @return what was published and refused, and what Kafka did not acknowledge ({@link IngestSummary#unpublished()})
     * @throws UncheckedIOException     when an input cannot be listed or read
     * @throws IllegalArgumentException when the batch name is invalid
     * @throws IllegalStateException    when the batch's published documents cannot be read (Kafka does not answer):
     *                                  nothing was published
     */
    public IngestSummary ingest(final String batch, final List<Path> inputs) {
        return ingest(batch, inputs, IngestProgress.none());
    }

    /**
     * As {@link #ingest(String, List)}, showing progress on {@code progressOut}: a bar on a terminal, plain lines
     * otherwise.
     */
    public IngestSummary ingest(final String batch, final List<Path> inputs, final PrintStream progressOut) {
        try (IngestProgress progress = IngestProgress.to(progressOut)) {
            return ingest(batch, inputs, progress);
        }
    }

    /** As {@link #ingest(String, List)}, reporting to {@code progress} (which the caller closes). */
    public IngestSummary ingest(final String batch, final List<Path> inputs, final IngestProgress progress) {
        final IngestRun run = newRun(batch, progress);
        run.files(inputs);
        return run.finish();
    }

    /**
     * Ingests files given in memory (HTTP uploads): documents or zips of documents.
     *
     * @throws IllegalArgumentException when the batch name is invalid
     * @throws IllegalStateException    when the batch's published documents cannot be read (Kafka does not answer):
     *                                  nothing was published
     */
    public IngestSummary ingestContent(final String batch, final List<NamedContent> files) {
        final IngestRun run = newRun(batch, IngestProgress.none());
        files.forEach(f -> run.upload(EntryNames.display(f.name()), f.content()));
        return run.finish();
    }

    private IngestRun newRun(final String batch, final IngestProgress progress) {
        DocumentKeys.validateBatch(batch);
        final Set<String> published = config.checkPublished() ? PublishedKeys.of(clientConfig, batch) : Set.of();
        return new IngestRun(batch, config, sniffer, publisher, progress, published);
    }

    @Override
    public void close() {
        publisher.close();
    }
}
