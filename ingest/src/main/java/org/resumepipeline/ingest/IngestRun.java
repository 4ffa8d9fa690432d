package org.resumepipeline.ingest;

import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.errors.TimeoutException;
import org.resumepipeline.model.DocumentKeys;
import org.resumepipeline.model.Failure;
import org.resumepipeline.model.FailureReason;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One ingest call: takes entries from the {@link EntrySource} (through a {@link ReadAhead} for files on disk), acts
 * on the {@link EntryDecision} for each (publish, refuse, skip, count a duplicate, walk an archive) and sums up.
 * A document Kafka does not acknowledge is listed as unpublished, not counted as accepted; once a send has timed out
 * (the cluster does not answer), the run stops sending, since each send would wait for the same absent cluster
 * again, and lists the rest as unpublished.
 * Not thread-safe: one per call (the producer's callbacks only touch the concurrent set of unconfirmed keys).
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
    private volatile boolean unreachable;
    private final Set<String> unconfirmed = ConcurrentHashMap.newKeySet();
    private int duplicates;
    private int skipped;
    private final Set<String> earlier;

    /** @param published keys already on resume.uploads for this batch (empty when not checked) */
    IngestRun(final String batch, final IngestConfig config, final TypeSniffer sniffer, final RecordSink publisher,
              final IngestProgress progress, final Set<String> published) {
        this.batch = DocumentKeys.validateBatch(batch);
        this.publisher = publisher;
        this.progress = progress;
        this.source = new EntrySource(batch, config);
        this.decision = new EntryDecision(batch, config, sniffer, published);
        this.earlier = Set.copyOf(published);
        this.readAhead = new ReadAhead(config.threads());
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
        final String key = verdict.key();
        accepted.add(new Accepted(entry.name(), key, verdict.mediaType(), entry.content().length));
        send(key, () -> publisher.upload(key, verdict.upload(), (metadata, e) -> unconfirmedOn(key, e)));
        progress.step(entry.content().length);
    }

    /** Sends unless an earlier send of this run timed out; a send that throws counts as unconfirmed. */
    private void send(final String key, final Runnable send) {
        if (unreachable) {
            unconfirmed.add(key);
            return;
        }
        try {
            send.run();
        } catch (KafkaException e) {
            unconfirmedOn(key, e);
        }
    }

    private void unconfirmedOn(final String key, final Exception e) {
        if (e != null) {
            unconfirmed.add(key);
            sendError.compareAndSet(null, e);
            if (e instanceof TimeoutException) {
                unreachable = true;
            }
        }
    }

    @Override
    public void refuse(final String name, final String key, final FailureReason reason, final String message) {
        LOG.debug("Refused {} at the door: {}", key, reason);
        refusals.add(new Refusal(name, key, reason, message));
        final Failure failure = new Failure(key, batch, name, STAGE, reason, message, System.currentTimeMillis());
        send(key, () -> publisher.failure(failure, (metadata, e) -> unconfirmedOn(key, e)));
        progress.step(0);
    }

    /**
     * Waits for every record of the run (at most the producer's delivery timeout) and sums it up: documents Kafka
     * did not acknowledge are in {@link IngestSummary#unpublished()}, not among the accepted.
     */
    IngestSummary finish() {
        publisher.flush();
        final List<Accepted> published = new ArrayList<>();
        final List<Accepted> unpublished = new ArrayList<>();
        long publishedBytes = 0;
        for (final Accepted a : accepted) {
            if (unconfirmed.contains(a.key())) {
                unpublished.add(a);
            } else {
                published.add(a);
                publishedBytes += a.size();
            }
        }
        final Exception error = sendError.get();
        final IngestSummary summary = new IngestSummary(batch, published.stream().map(Accepted::key).toList(),
                duplicates, refusals, publishedBytes, System.currentTimeMillis() - begin, published, skipped,
                List.copyOf(duplicateKeys), unpublished, error == null ? null : describe(error), List.copyOf(earlier));
        LOG.info("Ingested batch {}: {} accepted, {} duplicates, {} refused, {} skipped in {} ms", batch,
                published.size(), duplicates, refusals.size(), skipped, summary.millis());
        if (error != null) {
            LOG.warn("Batch {}: Kafka did not acknowledge {} document(s) and {} record(s) in all; they are listed as"
                    + " not published", batch, unpublished.size(), unconfirmed.size(), error);
        }
        return summary;
    }

    /** The exception's class and message: Kafka's messages name topics, partitions and timeouts, never content. */
    private static String describe(final Exception e) {
        return e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
    }
}
