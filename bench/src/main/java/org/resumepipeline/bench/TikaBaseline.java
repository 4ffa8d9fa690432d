package org.resumepipeline.bench;

import java.io.ByteArrayInputStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.parser.AutoDetectParser;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.sax.BodyContentHandler;

/**
 * The ceiling the pipeline bench compares with: raw in-process Tika (one shared {@link AutoDetectParser}, plain
 * text, type detected from the bytes) on as many threads as this machine has cores, warmed until it stops getting
 * faster, then timed over a fixed span. No isolation, no Kafka, no segmentation. Not thread-safe.
 */
public final class TikaBaseline {
    /** A warm-up turn counts as faster when it beats the best turn before it by this factor. */
    private static final double STILL_WARMING = 1.03;

    private final AutoDetectParser parser = new AutoDetectParser();
    private final List<byte[]> documents;
    private final int threads;

    /**
     * @param documents the files' bytes
     * @param threads   parsing threads (the pipeline bench uses the core count)
     */
    public TikaBaseline(final List<byte[]> documents, final int threads) {
        if (documents.isEmpty() || threads < 1) {
            throw new IllegalArgumentException("need documents and at least one thread");
        }
        this.documents = List.copyOf(documents);
        this.threads = threads;
    }

    /**
     * Warms up in turns of {@code turn} until two turns in a row are no faster than the best before them (at most
     * {@code maxWarmUp}), then measures for {@code measure}.
     *
     * @return documents per second of the measured span
     */
    public double documentsPerSecond(final Duration turn, final Duration maxWarmUp, final Duration measure) {
        final long deadline = System.nanoTime() + maxWarmUp.toNanos();
        double best = 0;
        int flat = 0;
        while (flat < 2 && System.nanoTime() < deadline) {
            final double rate = run(turn);
            flat = rate > best * STILL_WARMING ? 0 : flat + 1;
            best = Math.max(best, rate);
        }
        return run(measure);
    }

    private double run(final Duration span) {
        final AtomicLong parsed = new AtomicLong();
        final long start = System.nanoTime();
        final long deadline = start + span.toNanos();
        final ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            final List<Future<?>> futures = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                final int offset = t * documents.size() / threads;
                futures.add(pool.submit(() -> {
                    int i = offset;
                    while (System.nanoTime() < deadline) {
                        parse(documents.get(i++ % documents.size()));
                        parsed.incrementAndGet();
                    }
                }));
            }
            for (final Future<?> f : futures) {
                f.get();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException e) {
            throw new IllegalStateException("baseline parse task failed", e.getCause());
        } finally {
            pool.shutdownNow();
        }
        return parsed.get() / Math.max(1e-9, (System.nanoTime() - start) / 1e9);
    }

    private void parse(final byte[] bytes) {
        try {
            parser.parse(new ByteArrayInputStream(bytes), new BodyContentHandler(-1), new Metadata(),
                    new ParseContext());
        } catch (Exception e) {
            // a file raw Tika cannot read still counts as processed, as a failed document does in the pipeline
            return;
        }
    }
}
