package org.resumepipeline.ingest;

import java.io.PrintStream;
import java.util.Locale;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

/** A progress bar on a terminal: files done of expected, files/s, and MB/s as the extra message. */
final class TerminalProgress implements IngestProgress {
    private final ProgressBar bar;
    private final long begin = System.nanoTime();
    private long expected;
    private long done;
    private long bytes;

    TerminalProgress(final PrintStream out) {
        this.bar = new ProgressBarBuilder()
                .setTaskName("ingest")
                .setInitialMax(0)
                .setUnit(" files", 1)
                .showSpeed()
                .setStyle(ProgressBarStyle.ASCII)
                .setUpdateIntervalMillis(250)
                .setConsumer(new ConsoleProgressBarConsumer(out))
                .build();
    }

    @Override
    public void expect(final long files) {
        expected += files;
        bar.maxHint(Math.max(expected, done));
    }

    @Override
    public void step(final long published) {
        done++;
        bytes += published;
        if (done > expected) {
            bar.maxHint(done);
        }
        bar.stepTo(done);
        final long millis = Math.max(1, (System.nanoTime() - begin) / 1_000_000);
        bar.setExtraMessage(String.format(Locale.ROOT, "%.1f MB/s", Sizes.perSecond(Sizes.mb(bytes), millis)));
    }

    @Override
    public void close() {
        bar.maxHint(done);
        bar.stepTo(done);
        bar.close();
    }
}
