package org.resumepipeline.bench;

import java.io.ByteArrayInputStream;
import java.time.Duration;
import java.util.List;
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
        TimedLoop.warmUntilSteady(() -> run(turn), maxWarmUp);
        return run(measure);
    }

    private double run(final Duration span) {
        return TimedLoop.run(documents, threads, span, this::parse, bytes -> bytes.length,
                "baseline parse task failed").perSecond();
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
