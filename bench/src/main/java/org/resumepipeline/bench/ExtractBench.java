package org.resumepipeline.bench;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.apache.tika.config.TikaConfig;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.parser.AutoDetectParser;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.sax.ToXMLContentHandler;
import org.resumepipeline.extract.ExtractConfig;
import org.resumepipeline.extract.Extractor;
import org.resumepipeline.extract.Extractors;
import org.resumepipeline.extract.FileFormats;
import org.resumepipeline.extract.worker.IsolatedExtractor;

/**
 * {@code rp bench extract --input DIR}: documents/s and MB/s per format for raw in-process Tika (XHTML, 1 and 2
 * threads), the in-process extractor (Tika + segmenter, 2 threads) and the isolated extractor with 1 and 2 worker
 * JVMs; the ratios isolated(2) / raw(2) and isolated(2) / in-process(2) (the fair ceiling: same parse and
 * segmentation, no process boundary); peak RSS (VmHWM) of this JVM and of the workers. Not thread-safe.
 */
public final class ExtractBench {
    private static final double MB = 1024.0 * 1024.0;
    /**
     * The longest warm-up of the worker JVMs, in multiples of the warm-up: fresh JVMs, two of them sharing the
     * machine's cores with their JIT compilers, take a minute or more to reach the speed of a warmed JVM (measured:
     * one worker went from 130 to 175 docs/s of PDF between its 30th and its 75th second).
     */
    private static final int ISOLATED_WARM_UP_LIMIT = 20;
    /** The longest warm-up of the in-process modes, in multiples of the warm-up. */
    private static final int IN_PROCESS_WARM_UP_LIMIT = 4;
    /** Turns each 2-way mode takes, interleaved with the others (an odd number: the median is one of them). */
    private static final int ROUNDS = 5;

    /** One measured throughput. */
    record Rate(long docs, long bytes, Duration elapsed) {
        double docsPerSecond() {
            return docs / seconds();
        }

        double mbPerSecond() {
            return bytes / MB / seconds();
        }

        private double seconds() {
            return Math.max(1e-9, elapsed.toNanos() / 1e9);
        }
    }

    /** A document with the type ingest would have sniffed and put on its upload record. */
    private record Doc(String name, byte[] bytes, String mediaType) {
    }

    private final Duration warmUp;
    private final Duration measure;

    public ExtractBench(final Duration warmUp, final Duration measure) {
        this.warmUp = warmUp;
        this.measure = measure;
    }

    /** Runs with 8 s of warm-up and 10 s of measurement per format and mode (5 turns of 5 s for the 2-way modes). */
    public static void run(final Path dir, final PrintStream out) throws IOException {
        new ExtractBench(Duration.ofSeconds(8), Duration.ofSeconds(10)).bench(dir, out);
    }

    public static void main(final String[] args) throws IOException {
        run(Path.of(args.length > 0 ? args[0] : "."), System.out);
    }

    /**
     * @param dir folder with documents (searched recursively; other files ignored)
     * @param out where the table goes
     * @throws IOException when the folder cannot be read
     */
    public void bench(final Path dir, final PrintStream out) throws IOException {
        final Map<String, List<Doc>> byFormat = load(dir);
        out.printf(Locale.ROOT, "extract bench: %s, %d format(s), warm-up %d s, measure %d s per mode%n", dir,
                byFormat.size(), warmUp.toSeconds(), measure.toSeconds());
        out.printf(Locale.ROOT, "raw tika detects each type; the extractor gets the type from the upload record, where"
                + " ingest put it (detected once per document, as in the pipeline)%n");
        out.printf(Locale.ROOT, "%-6s %-22s %6s %10s %8s%n", "format", "mode", "docs", "docs/s", "MB/s");
        final ExtractConfig base = ExtractConfig.defaults();
        final AutoDetectParser raw = new AutoDetectParser();
        final Consumer<Doc> rawParse = d -> {
            try {
                raw.parse(new ByteArrayInputStream(d.bytes()), new ToXMLContentHandler(), new Metadata(),
                        new ParseContext());
            } catch (Exception e) {
                // raw Tika's own failures count as processed documents, as in the extractor
                return;
            }
        };
        final List<Long> workerHwm = new ArrayList<>();
        for (final Map.Entry<String, List<Doc>> entry : byFormat.entrySet()) {
            final List<Doc> docs = entry.getValue();
            final String format = entry.getKey();
            final Rate raw1 = time(docs, 1, rawParse);
            print(out, format, "raw tika, 1 thread", raw1);
            // one pool of two warm workers: one caller keeps one worker busy, two callers keep both busy
            final ExtractConfig cfg = new ExtractConfig(true, 2, base.timeout(), base.maxBytes(), base.maxChars(),
                    base.workerHeapMb(), false);
            try (Extractor inProcess = Extractors.create(base.inProcess());
                 IsolatedExtractor isolated = new IsolatedExtractor(cfg)) {
                final Consumer<Doc> inProcessCall = d -> inProcess.extract(d.name(), d.bytes(), d.mediaType());
                final Consumer<Doc> isolatedCall = d -> isolated.extract(d.name(), d.bytes(), d.mediaType());
                // each mode warms up until it stops getting faster: the in-process modes run in a JVM the raw modes
                // have already warmed, the workers are fresh JVMs and take much longer to reach their JIT steady state
                final Duration rawWarm = warmUntilSteady(docs, 2, rawParse, IN_PROCESS_WARM_UP_LIMIT);
                final Duration inWarm = warmUntilSteady(docs, 2, inProcessCall, IN_PROCESS_WARM_UP_LIMIT);
                isolated.warmUp();
                final Duration isoWarm = warmUntilSteady(docs, 2, isolatedCall, ISOLATED_WARM_UP_LIMIT);
                out.printf(Locale.ROOT, "%-6s warm-up until steady (2-way): raw tika %d s, in-process %d s, isolated"
                        + " %d s%n", format, rawWarm.toSeconds(), inWarm.toSeconds(), isoWarm.toSeconds());
                print(out, format, "isolated, 1 worker", run(docs, 1, isolatedCall, measure));
                // the three 2-way modes take turns, ROUNDS times, so a slow spell of the machine falls on all of
                // them alike; each line is the median round, and the ratios are of the medians
                final List<Rate> raw2 = new ArrayList<>();
                final List<Rate> inProcess2 = new ArrayList<>();
                final List<Rate> iso2 = new ArrayList<>();
                final Duration round = measure.dividedBy(2);
                final StringBuilder rounds = new StringBuilder();
                for (int r = 0; r < ROUNDS; r++) {
                    raw2.add(run(docs, 2, rawParse, round));
                    inProcess2.add(run(docs, 2, inProcessCall, round));
                    iso2.add(run(docs, 2, isolatedCall, round));
                    rounds.append(String.format(Locale.ROOT, " %.2f", iso2.get(r).docsPerSecond()
                            / raw2.get(r).docsPerSecond()));
                }
                final Rate tika = median(raw2);
                final Rate in = median(inProcess2);
                final Rate iso = median(iso2);
                print(out, format, "raw tika, 2 threads", tika);
                print(out, format, "in-process, 2 threads", in);
                print(out, format, "isolated, 2 workers", iso);
                for (final long pid : isolated.workerPids()) {
                    workerHwm.add(PeakRss.hwmKb(pid));
                }
                out.printf(Locale.ROOT, "%-6s ratio isolated(2 workers) / raw tika(2 threads) = %.2f (median rounds;"
                        + " each round:%s)%n", format, iso.docsPerSecond() / tika.docsPerSecond(), rounds);
                // the fair ceiling: the same Tika parse and segmentation, without the process boundary
                out.printf(Locale.ROOT, "%-6s ratio isolated(2 workers) / in-process(2 threads) = %.2f%n", format,
                        iso.docsPerSecond() / in.docsPerSecond());
            }
        }
        out.printf(Locale.ROOT, "peak RSS (VmHWM): extractor JVM %d MB; workers %s MB%n",
                PeakRss.hwmKb(ProcessHandle.current().pid()) / 1024,
                workerHwm.stream().map(k -> Long.toString(k / 1024)).toList());
    }

    /** @return the rate with the median docs/s */
    private static Rate median(final List<Rate> rates) {
        final List<Rate> sorted = new ArrayList<>(rates);
        sorted.sort(java.util.Comparator.comparingDouble(Rate::docsPerSecond));
        return sorted.get(sorted.size() / 2);
    }

    /**
     * Runs turns as long as the warm-up until two turns in a row do not beat the best turn before them by
     * {@value TimedLoop#STILL_WARMING}, or until {@code limit} warm-ups have passed.
     *
     * @return how long it took
     */
    private Duration warmUntilSteady(final List<Doc> docs, final int threads, final Consumer<Doc> op,
                                     final int limit) {
        return TimedLoop.warmUntilSteady(() -> run(docs, threads, op, warmUp).docsPerSecond(),
                warmUp.multipliedBy(limit));
    }

    private Rate time(final List<Doc> docs, final int threads, final Consumer<Doc> op) {
        run(docs, threads, op, warmUp);
        return run(docs, threads, op, measure);
    }

    private static Rate run(final List<Doc> docs, final int threads, final Consumer<Doc> op, final Duration span) {
        final TimedLoop.Count c = TimedLoop.run(docs, threads, span, op, d -> d.bytes().length,
                "benchmark task failed");
        return new Rate(c.items(), c.bytes(), c.elapsed());
    }

    private static void print(final PrintStream out, final String format, final String mode, final Rate r) {
        out.printf(Locale.ROOT, "%-6s %-22s %6d %10.1f %8.2f%n", format, mode, r.docs(), r.docsPerSecond(),
                r.mbPerSecond());
    }

    /** @return the type as the upload record would carry it: Tika's default detector on the bytes and the name */
    private static String sniff(final String name, final byte[] bytes) throws IOException {
        final Metadata metadata = new Metadata();
        metadata.set(TikaCoreProperties.RESOURCE_NAME_KEY, name);
        try (TikaInputStream in = TikaInputStream.get(bytes)) {
            return TikaConfig.getDefaultConfig().getDetector().detect(in, metadata).getBaseType().toString();
        }
    }

    private static Map<String, List<Doc>> load(final Path dir) throws IOException {
        final Map<String, List<Doc>> byFormat = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(dir)) {
            for (final Path p : walk.filter(Files::isRegularFile).sorted().toList()) {
                final String name = p.getFileName().toString();
                final String ext = FileFormats.of(name);
                if (!FileFormats.OTHER.equals(ext) && !name.equals("SOURCE.md") && !name.startsWith("README")) {
                    final byte[] bytes = Files.readAllBytes(p);
                    byFormat.computeIfAbsent(ext, k -> new ArrayList<>()).add(new Doc(name, bytes, sniff(name, bytes)));
                }
            }
        }
        return byFormat;
    }
}
