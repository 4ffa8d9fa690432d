package org.resumepipeline.ingest;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;
import org.apache.kafka.clients.producer.Callback;
import org.resumepipeline.model.DocumentKeys;
import org.resumepipeline.model.Failure;
import org.resumepipeline.model.FailureReason;
import org.resumepipeline.model.Upload;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One ingest call: walks inputs, decides per file, publishes, and counts. Not thread-safe: one per call.
 */
final class IngestRun implements ArchiveWalker.Sink {
    private static final Logger LOG = LoggerFactory.getLogger(IngestRun.class);
    private static final String STAGE = "ingest";
    private static final int MAX_AHEAD = 64;
    private static final long MAX_AHEAD_BYTES = 64L * 1024 * 1024;

    private final String batch;
    private final IngestConfig config;
    private final TypeSniffer sniffer;
    private final RecordSink publisher;
    private final IngestProgress progress;
    private final Set<String> published;
    private final ArchiveWalker walker;
    private final long begin = System.currentTimeMillis();
    private final Set<String> seen = new HashSet<>();
    private final Set<String> duplicateKeys = new LinkedHashSet<>();
    private final List<Accepted> accepted = new ArrayList<>();
    private final List<Refusal> refusals = new ArrayList<>();
    private final AtomicReference<Exception> sendError = new AtomicReference<>();
    private final Callback callback;
    private int duplicates;
    private int skipped;
    private long bytes;

    /** @param published keys already on resume.uploads for this batch (empty when not checked) */
    IngestRun(final String batch, final IngestConfig config, final TypeSniffer sniffer, final RecordSink publisher,
              final IngestProgress progress, final Set<String> published) {
        this.batch = DocumentKeys.validateBatch(batch);
        this.config = config;
        this.sniffer = sniffer;
        this.publisher = publisher;
        this.progress = progress;
        this.published = published;
        this.walker = new ArchiveWalker(batch, config, this);
        this.callback = (metadata, e) -> {
            if (e != null) {
                sendError.compareAndSet(null, e);
            }
        };
    }

    /** @return the regular files under the inputs, folders walked recursively and sorted, symlinks skipped */
    List<Input> list(final List<Path> inputs) {
        final List<Input> out = new ArrayList<>();
        for (final Path in : inputs) {
            if (Files.isDirectory(in)) {
                final Path root = in.toAbsolutePath().normalize();
                final String prefix = root.getFileName() == null ? "" : root.getFileName() + "/";
                try (Stream<Path> walk = Files.walk(root)) {
                    walk.filter(p -> !p.equals(root)).sorted().forEach(p -> {
                        final String rel = root.relativize(p).toString().replace('\\', '/');
                        if (Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS)) {
                            out.add(new Input(prefix + rel, p, EntryNames.isHidden(rel)));
                        }
                    });
                } catch (IOException e) {
                    throw new UncheckedIOException("cannot list " + in, e);
                }
            } else if (Files.isRegularFile(in)) {
                final String name = in.getFileName().toString();
                out.add(new Input(name, in, EntryNames.isHidden(name)));
            } else {
                throw new UncheckedIOException(new java.io.FileNotFoundException("not a file or folder: " + in));
            }
        }
        return out;
    }

    /** A file found under the inputs. */
    record Input(String name, Path path, boolean hidden) {
    }

    /**
     * A file read, sniffed, hashed and (when a document) serialized on a preparing thread.
     *
     * @param input      the file
     * @param size       its size
     * @param content    its bytes, or null when it is hidden or over the size limit (handled in order instead)
     * @param sniff      its type
     * @param key        its document key
     * @param serialized the upload record, for documents
     */
    private record Prepared(Input input, long size, byte[] content, TypeSniffer.Sniff sniff, String key,
                            byte[] serialized) {
    }

    /**
     * Handles the files in order, reading, sniffing and hashing ahead on {@code config.threads()} threads; what
     * gets published and in which order does not depend on the threads.
     *
     * @throws UncheckedIOException when a file cannot be read
     */
    void files(final List<Input> inputs) {
        if (config.threads() <= 1 || inputs.size() < 2) {
            inputs.forEach(this::file);
            return;
        }
        final ExecutorService pool = Executors.newFixedThreadPool(config.threads(), runnable -> {
            final Thread t = new Thread(runnable, "ingest-prepare");
            t.setDaemon(true);
            return t;
        });
        try {
            final Deque<Future<Prepared>> window = new ArrayDeque<>();
            final Deque<Long> sizes = new ArrayDeque<>();
            long windowBytes = 0;
            int next = 0;
            while (next < inputs.size() || !window.isEmpty()) {
                while (next < inputs.size() && window.size() < MAX_AHEAD
                        && (window.isEmpty() || windowBytes < MAX_AHEAD_BYTES)) {
                    final Input input = inputs.get(next++);
                    final long size = input.hidden() ? 0 : sizeOf(input.path());
                    window.add(pool.submit(() -> prepare(input, size)));
                    sizes.add(size);
                    windowBytes += size;
                }
                windowBytes -= sizes.poll();
                consume(await(window.poll()));
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private Prepared prepare(final Input input, final long size) throws IOException {
        if (input.hidden() || size > config.maxDocumentBytes()) {
            return new Prepared(input, size, null, null, null, null);
        }
        final byte[] content = Files.readAllBytes(input.path());
        final TypeSniffer.Sniff sniff = sniffer.sniff(input.name(), content);
        final String key = DocumentKeys.of(batch, content);
        final byte[] serialized = sniff.kind() == TypeSniffer.Kind.DOCUMENT
                ? RecordSink.serialize(new Upload(key, batch, input.name(), sniff.mediaType(), content.length,
                        System.currentTimeMillis(), content))
                : null;
        return new Prepared(input, size, content, sniff, key, serialized);
    }

    private void consume(final Prepared p) {
        if (p.content() == null || p.content().length > config.maxDocumentBytes()) {
            file(p.input());
        } else {
            decide(p.input().name(), p.content(), p.sniff(), p.key(), p.serialized(), 0, null);
        }
    }

    private static long sizeOf(final Path path) {
        try {
            return Files.size(path);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + path, e);
        }
    }

    private static Prepared await(final Future<Prepared> future) {
        try {
            return future.get();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof IOException io) {
                throw new UncheckedIOException(io.getMessage(), io);
            }
            throw new IllegalStateException("cannot prepare a file", e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while ingesting", e);
        }
    }

    /**
     * @throws UncheckedIOException when a file cannot be read
     */
    void file(final Input input) {
        if (input.hidden()) {
            hidden(input.name());
            return;
        }
        final String name = input.name();
        try {
            final long size = Files.size(input.path());
            if (size <= config.maxDocumentBytes()) {
                top(name, Files.readAllBytes(input.path()));
                return;
            }
            final byte[] head = new byte[4];
            try (InputStream in = Files.newInputStream(input.path())) {
                final int n = in.readNBytes(head, 0, head.length);
                if (n < head.length || !TypeSniffer.looksLikeZip(head)) {
                    refuse(name, Refusals.partialKey(batch, name, head, n), FailureReason.TOO_LARGE,
                            Refusals.tooLarge(config.maxDocumentBytes()));
                    return;
                }
            }
            final MessageDigest digest = Refusals.nameDigest(name);
            try (InputStream in = Files.newInputStream(input.path())) {
                walker.walk(name, new CountingInputStream(in, digest), () -> Refusals.keyOf(batch, digest), 0,
                        new ArchiveBudget(config), true);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + input.path(), e);
        }
    }

    /** A file given directly (not inside an archive), already in memory. */
    void top(final String name, final byte[] content) {
        if (content.length > config.maxDocumentBytes() && TypeSniffer.looksLikeZip(content)) {
            final String key = DocumentKeys.of(batch, content);
            try {
                walker.walk(name, new CountingInputStream(new ByteArrayInputStream(content), null), () -> key, 0,
                        new ArchiveBudget(config), true);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read an in-memory archive", e);
            }
            return;
        }
        if (content.length > config.maxDocumentBytes()) {
            refuse(name, Refusals.partialKey(batch, name, content, content.length), FailureReason.TOO_LARGE,
                    Refusals.tooLarge(config.maxDocumentBytes()));
            return;
        }
        handle(name, content, 0, null);
    }

    @Override
    public void entry(final String name, final byte[] content, final int depth, final ArchiveBudget budget) {
        progress.expect(1);
        handle(name, content, depth, budget);
    }

    private void handle(final String name, final byte[] content, final int depth, final ArchiveBudget budget) {
        decide(name, content, sniffer.sniff(name, content), DocumentKeys.of(batch, content), null, depth, budget);
    }

    private void decide(final String name, final byte[] content, final TypeSniffer.Sniff sniff, final String key,
                        final byte[] serialized, final int depth, final ArchiveBudget budget) {
        switch (sniff.kind()) {
            case EMPTY -> refuse(name, key, FailureReason.EMPTY, FailureReason.EMPTY.advice());
            case UNSUPPORTED -> refuse(name, key, FailureReason.UNSUPPORTED_TYPE,
                    Refusals.unsupported(sniff.mediaType()));
            case ENCRYPTED -> refuse(name, key, FailureReason.ENCRYPTED, Refusals.encrypted());
            case ARCHIVE -> archive(name, content, key, depth, budget);
            case DOCUMENT -> accept(name, content, sniff.mediaType(), key, serialized);
            default -> throw new IllegalStateException("unknown kind " + sniff.kind());
        }
    }

    private void archive(final String name, final byte[] content, final String key, final int depth,
                         final ArchiveBudget budget) {
        if (depth > config.maxNestingDepth()) {
            refuse(name, key, FailureReason.ARCHIVE_BOMB, Refusals.tooDeep(config.maxNestingDepth()));
            return;
        }
        try {
            walker.walk(name, new CountingInputStream(new ByteArrayInputStream(content), null), () -> key, depth,
                    budget == null ? new ArchiveBudget(config) : budget, false);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read an in-memory archive", e);
        }
    }

    private void accept(final String name, final byte[] content, final String mediaType, final String key,
                        final byte[] serialized) {
        if (!seen.add(key) || published.contains(key)) {
            duplicates++;
            duplicateKeys.add(key);
            progress.step(0);
            return;
        }
        final byte[] value = serialized != null ? serialized : RecordSink.serialize(
                new Upload(key, batch, name, mediaType, content.length, System.currentTimeMillis(), content));
        publisher.upload(key, value, callback);
        accepted.add(new Accepted(name, key, mediaType, content.length));
        bytes += content.length;
        progress.step(content.length);
    }

    @Override
    public void refuse(final String name, final String key, final FailureReason reason, final String message) {
        LOG.debug("Refused {} at the door: {}", key, reason);
        refusals.add(new Refusal(name, key, reason, message));
        publisher.failure(new Failure(key, batch, name, STAGE, reason, message, System.currentTimeMillis()),
                callback);
        progress.step(0);
    }

    @Override
    public void hidden(final String name) {
        if (config.skipHidden()) {
            skipped++;
            progress.step(0);
        } else {
            refuse(name, Refusals.partialKey(batch, name, new byte[0], 0), FailureReason.UNSUPPORTED_TYPE,
                    Refusals.hidden());
        }
    }

    /**
     * Waits for every record of the run and sums it up.
     *
     * @throws IllegalStateException when Kafka refused a record
     */
    IngestSummary finish() {
        publisher.flush();
        final Exception error = sendError.get();
        if (error != null) {
            throw new IllegalStateException("cannot publish to Kafka: " + error.getMessage(), error);
        }
        final IngestSummary summary = new IngestSummary(batch, accepted.stream().map(Accepted::key).toList(),
                duplicates, refusals, bytes, System.currentTimeMillis() - begin, accepted, skipped,
                List.copyOf(duplicateKeys));
        LOG.info("Ingested batch {}: {} accepted, {} duplicates, {} refused, {} skipped in {} ms", batch,
                accepted.size(), duplicates, refusals.size(), skipped, summary.millis());
        return summary;
    }
}
