package org.resumepipeline.ingest;

import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.kafka.clients.producer.Callback;
import org.resumepipeline.model.DocumentKeys;
import org.resumepipeline.model.Failure;
import org.resumepipeline.model.FailureReason;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One ingest call: takes entries from the {@link EntrySource} (through a {@link ReadAhead} for files on disk), acts
 * on the {@link EntryDecision} for each (publish, refuse, skip, count a duplicate, walk an archive) and sums up.
 * Not thread-safe: one per call.
 */
final class IngestRun implements ArchiveWalker.Sink {
    private static final Logger LOG = LoggerFactory.getLogger(IngestRun.class);
    private static final String STAGE = "ingest";

    private final String batch;
    private final RecordSink publisher;
    private final IngestProgress progress;
    private final EntrySource source;
    private final EntryDecision decision;
    private final ReadAhead readAhead;
    private final long begin = System.currentTimeMillis();
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
        this.publisher = publisher;
        this.progress = progress;
        this.source = new EntrySource(batch, config);
        this.decision = new EntryDecision(batch, config, sniffer, published);
        this.readAhead = new ReadAhead(config.threads());
        this.callback = (metadata, e) -> {
            if (e != null) {
                sendError.compareAndSet(null, e);
            }
        };
    }

    /**
     * Handles the files under the inputs in order, reading, sniffing and hashing them ahead.
     *
     * @throws UncheckedIOException when an input cannot be listed or read
     */
    void files(final List<Path> inputs) {
        final List<EntrySource.Input> files = EntrySource.list(inputs);
        progress.expect(files.size());
        readAhead.run(files, source::aheadBytes, input -> decision.sniff(source.read(input)), this::act);
    }

    /** Handles a file given in memory (an HTTP upload). */
    void upload(final String name, final byte[] content) {
        act(decision.sniff(Entry.whole(name, content)));
    }

    @Override
    public void entry(final Entry entry) {
        progress.expect(1);
        act(decision.sniff(entry));
    }

    private void act(final EntryDecision.Sniffed sniffed) {
        final Entry entry = sniffed.entry();
        final EntryDecision.Verdict verdict = decision.judge(sniffed);
        if (verdict instanceof EntryDecision.Accept a) {
            accept(entry, a);
        } else if (verdict instanceof EntryDecision.Refuse r) {
            refuse(entry.name(), r.key(), r.reason(), r.message());
        } else if (verdict instanceof EntryDecision.Duplicate d) {
            duplicates++;
            duplicateKeys.add(d.key());
            progress.step(0);
        } else if (verdict instanceof EntryDecision.Expand x) {
            source.expand(entry, x.unsniffed(), this);
        } else { // Skip
            skipped++;
            progress.step(0);
        }
    }

    private void accept(final Entry entry, final EntryDecision.Accept verdict) {
        publisher.upload(verdict.key(), verdict.upload(), callback);
        accepted.add(new Accepted(entry.name(), verdict.key(), verdict.mediaType(), entry.content().length));
        bytes += entry.content().length;
        progress.step(entry.content().length);
    }

    @Override
    public void refuse(final String name, final String key, final FailureReason reason, final String message) {
        LOG.debug("Refused {} at the door: {}", key, reason);
        refusals.add(new Refusal(name, key, reason, message));
        publisher.failure(new Failure(key, batch, name, STAGE, reason, message, System.currentTimeMillis()),
                callback);
        progress.step(0);
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
