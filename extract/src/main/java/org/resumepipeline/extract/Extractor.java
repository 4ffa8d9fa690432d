package org.resumepipeline.extract;

import java.util.concurrent.CompletableFuture;

/**
 * Turns document bytes into a resume structure, or a failure with a reason. Implementations are thread-safe and
 * never throw for bad input: every outcome is an {@link Extraction}.
 */
public interface Extractor extends AutoCloseable {
    /**
     * @param file    the file name as uploaded (for format hints and messages only)
     * @param content the document bytes
     * @return the outcome
     */
    default Extraction extract(final String file, final byte[] content) {
        return extract(file, content, null);
    }

    /**
     * @param file      the file name as uploaded (for format hints and messages only)
     * @param content   the document bytes
     * @param mediaType the type ingest sniffed from these bytes (on the upload record), so it is not detected a
     *                  second time; null to detect it here
     * @return the outcome
     */
    Extraction extract(String file, byte[] content, String mediaType);

    /**
     * Prepares what the first document would otherwise wait for (worker JVMs) without blocking the caller. Does
     * nothing by default.
     *
     * @return completes, never exceptionally, once the extractor is prepared (or has given up preparing)
     */
    default CompletableFuture<Void> startInBackground() {
        return CompletableFuture.completedFuture(null);
    }

    /** @return the extractor's version (Tika version and segmenter version), recorded on each text */
    String version();

    @Override
    void close();
}
