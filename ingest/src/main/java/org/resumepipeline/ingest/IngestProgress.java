package org.resumepipeline.ingest;

import java.io.PrintStream;

/**
 * Hears about ingest progress: files expected and done. Implementations are called from the ingesting thread.
 */
public interface IngestProgress extends AutoCloseable {
    /** @param files more files expected (a folder listing, or an archive entry found) */
    void expect(long files);

    /** @param bytes one file done (accepted, duplicate, refused or skipped), with the bytes published */
    void step(long bytes);

    /** Ends the display. */
    @Override
    void close();

    /** @return a listener that ignores everything */
    static IngestProgress none() {
        return new IngestProgress() {
            @Override
            public void expect(final long files) {
                // nothing to show
            }

            @Override
            public void step(final long bytes) {
                // nothing to show
            }

            @Override
            public void close() {
                // nothing to close
            }
        };
    }

    /**
     * @param out where to show progress
     * @return a progress bar (files/s and MB/s) on a terminal ({@code System.console() != null}), otherwise a
     *         plain line every 2 seconds and one at the end
     */
    static IngestProgress to(final PrintStream out) {
        return System.console() != null ? new TerminalProgress(out) : new LineProgress(out, 2_000);
    }
}
