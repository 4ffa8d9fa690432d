package org.resumepipeline.ingest;

import java.io.PrintStream;
import java.util.Locale;

/** Plain progress lines for logs and pipes: one every interval and one at the end. Not thread-safe. */
final class LineProgress implements IngestProgress {
    private final PrintStream out;
    private final long intervalNanos;
    private final long begin = System.nanoTime();
    private long expected;
    private long done;
    private long bytes;
    private long lastPrint = begin;

    LineProgress(final PrintStream out, final long intervalMillis) {
        this.out = out;
        this.intervalNanos = intervalMillis * 1_000_000L;
    }

    @Override
    public void expect(final long files) {
        expected += files;
    }

    @Override
    public void step(final long published) {
        done++;
        bytes += published;
        final long now = System.nanoTime();
        if (now - lastPrint >= intervalNanos) {
            lastPrint = now;
            print(now);
        }
    }

    @Override
    public void close() {
        print(System.nanoTime());
    }

    private void print(final long now) {
        final long millis = Math.max(1, (now - begin) / 1_000_000);
        out.println(String.format(Locale.ROOT, "ingest: %d/%d files, %.1f MB, %.0f files/s, %.1f MB/s", done,
                Math.max(expected, done), Sizes.mb(bytes), Sizes.perSecond(done, millis),
                Sizes.perSecond(Sizes.mb(bytes), millis)));
        out.flush();
    }
}
