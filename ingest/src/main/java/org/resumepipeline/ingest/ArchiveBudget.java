package org.resumepipeline.ingest;

/**
 * What one top-level archive (with its nested archives) may still expand to. Not thread-safe: one per archive.
 */
final class ArchiveBudget {
    private final IngestConfig config;
    private int entries;
    private long bytes;

    ArchiveBudget(final IngestConfig config) {
        this.config = config;
    }

    /** @throws ArchiveBombException when the archive holds too many entries */
    void entry() {
        if (++entries > config.maxArchiveEntries()) {
            throw new ArchiveBombException("it holds more than " + config.maxArchiveEntries() + " entries");
        }
    }

    /** @throws ArchiveBombException when the archive expands to too many bytes */
    void expand(final long n) {
        bytes += n;
        if (bytes > config.maxArchiveBytes()) {
            throw new ArchiveBombException("it expands to more than " + Sizes.human(config.maxArchiveBytes()));
        }
    }
}
