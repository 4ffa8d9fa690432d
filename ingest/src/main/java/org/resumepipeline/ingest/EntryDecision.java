package org.resumepipeline.ingest;

import java.util.HashSet;
import java.util.Set;
import org.resumepipeline.model.DocumentKeys;
import org.resumepipeline.model.FailureReason;
import org.resumepipeline.model.Upload;

/**
 * Decides what becomes of each entry, judging every limit once: hidden, too large (or a top-level zip too large to
 * sniff, which is streamed), the sniffed type, archive nesting depth, and duplicates. {@link #sniff} (the costly,
 * pure part: type, key, upload record) may run ahead on other threads; {@link #judge} runs in order. Not
 * thread-safe beyond {@link #sniff}: one per run.
 */
final class EntryDecision {
    /** An entry with what its bytes say, when they were read whole. */
    record Sniffed(Entry entry, TypeSniffer.Sniff sniff, String key, byte[] upload) {
    }

    /** What to do with an entry. */
    sealed interface Verdict {
    }

    /** Publish it. */
    record Accept(String key, String mediaType, byte[] upload) implements Verdict {
    }

    /** Refuse it: publish a failure with advice. */
    record Refuse(String key, FailureReason reason, String message) implements Verdict {
    }

    /** Already published in this batch. */
    record Duplicate(String key) implements Verdict {
    }

    /** Count it as skipped (a hidden file). */
    record Skip() implements Verdict {
    }

    /** Walk it as an archive; {@code unsniffed} when it was too large to sniff whole. */
    record Expand(boolean unsniffed) implements Verdict {
    }

    private final String batch;
    private final IngestConfig config;
    private final TypeSniffer sniffer;
    private final Set<String> published;
    private final Set<String> seen = new HashSet<>();

    /** @param published keys already on resume.uploads for this batch (empty when not checked) */
    EntryDecision(final String batch, final IngestConfig config, final TypeSniffer sniffer,
                  final Set<String> published) {
        this.batch = batch;
        this.config = config;
        this.sniffer = sniffer;
        this.published = published;
    }

    /** @return the entry with its type, key and upload record; none of them for what is hidden or too large */
    Sniffed sniff(final Entry entry) {
        if (entry.hidden() || tooLarge(entry)) {
            return new Sniffed(entry, null, null, null);
        }
        final TypeSniffer.Sniff sniff = sniffer.sniff(entry.name(), entry.content());
        final String key = DocumentKeys.of(batch, entry.content());
        final byte[] upload = sniff.kind() == TypeSniffer.Kind.DOCUMENT
                ? RecordSink.serialize(new Upload(key, batch, entry.name(), sniff.mediaType(), entry.content().length,
                        System.currentTimeMillis(), entry.content()))
                : null;
        return new Sniffed(entry, sniff, key, upload);
    }

    Verdict judge(final Sniffed sniffed) {
        final Entry entry = sniffed.entry();
        if (entry.hidden()) {
            return config.skipHidden() ? new Skip() : new Refuse(partialKey(entry), FailureReason.UNSUPPORTED_TYPE,
                    Refusals.hidden());
        }
        if (tooLarge(entry)) {
            return entry.depth() == 0 && TypeSniffer.looksLikeZip(entry.content()) ? new Expand(true)
                    : new Refuse(partialKey(entry), FailureReason.TOO_LARGE,
                            Refusals.tooLarge(config.maxDocumentBytes()));
        }
        final String key = sniffed.key();
        final TypeSniffer.Sniff sniff = sniffed.sniff();
        return switch (sniff.kind()) {
            case EMPTY -> new Refuse(key, FailureReason.EMPTY, FailureReason.EMPTY.advice());
            case UNSUPPORTED -> new Refuse(key, FailureReason.UNSUPPORTED_TYPE,
                    Refusals.unsupported(sniff.mediaType()));
            case ENCRYPTED -> new Refuse(key, FailureReason.ENCRYPTED, Refusals.encrypted());
            case CORRUPT -> new Refuse(key, FailureReason.CORRUPT, FailureReason.CORRUPT.advice());
            case ARCHIVE -> entry.depth() > config.maxNestingDepth()
                    ? new Refuse(key, FailureReason.ARCHIVE_BOMB, Refusals.tooDeep(config.maxNestingDepth()))
                    : new Expand(false);
            case DOCUMENT -> !seen.add(key) || published.contains(key) ? new Duplicate(key)
                    : new Accept(key, sniff.mediaType(), sniffed.upload());
        };
    }

    private boolean tooLarge(final Entry entry) {
        return entry.size() > config.maxDocumentBytes();
    }

    /** A key for an entry refused before its bytes were read whole: its name and the bytes read. */
    private String partialKey(final Entry entry) {
        return Refusals.partialKey(batch, entry.name(), entry.content(), entry.content().length);
    }
}
