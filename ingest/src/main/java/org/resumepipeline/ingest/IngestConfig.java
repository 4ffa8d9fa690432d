package org.resumepipeline.ingest;

import org.resumepipeline.model.Topics;

/**
 * Limits of the ingest stage. Immutable and thread-safe.
 *
 * @param maxDocumentBytes     largest document accepted (default 10 MB); larger files are refused TOO_LARGE
 * @param maxArchiveEntries    most entries one archive (with its nested archives) may hold
 * @param maxArchiveBytes      most uncompressed bytes one archive (with its nested archives) may expand to
 * @param maxCompressionRatio  uncompressed / compressed ratio above which an archive is a bomb
 * @param maxNestingDepth      how deep archives may nest: 1 allows a zip inside a zip, 0 allows no nesting
 * @param skipHidden           true to skip (and count) hidden and system files; false to refuse them
 * @param checkPublished       true to read the keys already on resume.uploads for the batch (read_committed)
 *                             so a re-run counts earlier documents as duplicates; costs a scan of the topic
 * @param threads              threads that read, sniff and hash files of folders ahead of publishing (1 = none)
 */
public record IngestConfig(int maxDocumentBytes, int maxArchiveEntries, long maxArchiveBytes,
                           int maxCompressionRatio, int maxNestingDepth, boolean skipHidden,
                           boolean checkPublished, int threads) {
    /** Ratios are only judged past this many uncompressed bytes: small text compresses very well. */
    static final long RATIO_FLOOR_BYTES = 1024 * 1024;

    /**
     * @throws IllegalArgumentException when a limit is out of range
     */
    public IngestConfig {
        if (maxDocumentBytes < 1 || maxDocumentBytes > Topics.DEFAULT_MAX_DOCUMENT_BYTES * 2) {
            throw new IllegalArgumentException("maxDocumentBytes must be 1.." + Topics.DEFAULT_MAX_DOCUMENT_BYTES * 2);
        }
        if (maxArchiveEntries < 1) {
            throw new IllegalArgumentException("maxArchiveEntries must be positive");
        }
        if (maxArchiveBytes < maxDocumentBytes) {
            throw new IllegalArgumentException("maxArchiveBytes must be at least maxDocumentBytes");
        }
        if (maxCompressionRatio < 2) {
            throw new IllegalArgumentException("maxCompressionRatio must be at least 2");
        }
        if (maxNestingDepth < 0 || maxNestingDepth > 3) {
            throw new IllegalArgumentException("maxNestingDepth must be 0..3");
        }
        if (threads < 1 || threads > 64) {
            throw new IllegalArgumentException("threads must be 1..64");
        }
    }

    /**
     * @return 10 MB documents, 100,000 entries and 4 GB per archive, ratio 100, nesting depth 1, hidden skipped,
     *         published keys not read, one preparing thread per core (at most 4)
     */
    public static IngestConfig defaults() {
        return new IngestConfig(Topics.DEFAULT_MAX_DOCUMENT_BYTES, 100_000, 4L * 1024 * 1024 * 1024, 100, 1, true,
                false, Math.min(4, Runtime.getRuntime().availableProcessors()));
    }

    /** @return a copy with another document size limit (the archive limit raised to it when lower) */
    public IngestConfig withMaxDocumentBytes(final int bytes) {
        return toBuilder().maxDocumentBytes(bytes).maxArchiveBytes(Math.max(maxArchiveBytes, bytes)).build();
    }

    /** @return a copy with other archive limits */
    public IngestConfig withArchiveLimits(final int entries, final long bytes, final int ratio, final int depth) {
        return toBuilder().maxArchiveEntries(entries).maxArchiveBytes(bytes).maxCompressionRatio(ratio)
                .maxNestingDepth(depth).build();
    }

    /** @return a copy that reads the batch's published keys first (or not) */
    public IngestConfig withCheckPublished(final boolean check) {
        return toBuilder().checkPublished(check).build();
    }

    /** @return a copy with another number of preparing threads */
    public IngestConfig withThreads(final int n) {
        return toBuilder().threads(n).build();
    }

    /** @return a builder holding these values, to change some of them */
    public Builder toBuilder() {
        return new Builder(this);
    }

    /** Builds an {@link IngestConfig} from another one; {@link #build()} validates. Not thread-safe. */
    public static final class Builder {
        private int maxDocumentBytes;
        private int maxArchiveEntries;
        private long maxArchiveBytes;
        private int maxCompressionRatio;
        private int maxNestingDepth;
        private boolean skipHidden;
        private boolean checkPublished;
        private int threads;

        private Builder(final IngestConfig from) {
            maxDocumentBytes = from.maxDocumentBytes;
            maxArchiveEntries = from.maxArchiveEntries;
            maxArchiveBytes = from.maxArchiveBytes;
            maxCompressionRatio = from.maxCompressionRatio;
            maxNestingDepth = from.maxNestingDepth;
            skipHidden = from.skipHidden;
            checkPublished = from.checkPublished;
            threads = from.threads;
        }

        public Builder maxDocumentBytes(final int value) {
            maxDocumentBytes = value;
            return this;
        }

        public Builder maxArchiveEntries(final int value) {
            maxArchiveEntries = value;
            return this;
        }

        public Builder maxArchiveBytes(final long value) {
            maxArchiveBytes = value;
            return this;
        }

        public Builder maxCompressionRatio(final int value) {
            maxCompressionRatio = value;
            return this;
        }

        public Builder maxNestingDepth(final int value) {
            maxNestingDepth = value;
            return this;
        }

        public Builder skipHidden(final boolean value) {
            skipHidden = value;
            return this;
        }

        public Builder checkPublished(final boolean value) {
            checkPublished = value;
            return this;
        }

        public Builder threads(final int value) {
            threads = value;
            return this;
        }

        /** @throws IllegalArgumentException when a limit is out of range */
        public IngestConfig build() {
            return new IngestConfig(maxDocumentBytes, maxArchiveEntries, maxArchiveBytes, maxCompressionRatio,
                    maxNestingDepth, skipHidden, checkPublished, threads);
        }
    }
}
