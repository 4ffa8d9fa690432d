package org.resumepipeline.cli.bench;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.resumepipeline.bench.CpuBreakdown;
import org.resumepipeline.bench.PeakRss;
import org.resumepipeline.bench.PipelineFigures;
import org.resumepipeline.cli.Pipeline;
import org.resumepipeline.cli.PipelineOptions;
import org.resumepipeline.cli.RpJvm;
import org.resumepipeline.cli.Waits;
import org.resumepipeline.extract.ExtractConfig;
import org.resumepipeline.ingest.IngestSummary;
import org.resumepipeline.model.Batch;
import org.resumepipeline.model.Json;
import org.resumepipeline.score.Ruleset;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code rp bench pipeline}: documents/s of the whole pipeline (ingest, isolated extraction, scoring, report; an
 * embedded broker unless given one) on a folder ingested K times as distinct batches, from the first publish to the
 * last result in the report, with the p95 publish-to-report latency per document, next to raw in-process Tika on the
 * same files in the same run ({@code rp bench tika} in a JVM of its own, started once the pipeline has stopped).
 * With {@code --format json} the last line of stdout is the figures as one JSON object
 * ({@link PipelineFigures#jsonLine()}) and the details go to stderr.
 */
@Command(name = "pipeline", mixinStandardHelpOptions = true,
        description = "Full pipeline docs/s and p95 latency vs raw in-process Tika on the same files, in one run.")
final class PipelineBench implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--input", required = true, paramLabel = "DIR", description = "Folder of documents.")
    Path input;

    @Option(names = "--repeat", defaultValue = "1", paramLabel = "K",
            description = "Ingest the folder K times, each as a new batch (default: ${DEFAULT-VALUE}).")
    int repeat;

    @Option(names = "--format", defaultValue = "text", paramLabel = "text|json",
            description = "text, or json: the figures as the last line of stdout (default: ${DEFAULT-VALUE}).")
    String format;

    @Option(names = "--bootstrap-servers", paramLabel = "B",
            description = "A running cluster (default: an embedded broker in a temporary folder).")
    String bootstrapServers;

    @Option(names = "--workers", defaultValue = "2",
            description = "Extraction worker JVMs and stream threads (default: ${DEFAULT-VALUE}).")
    int workers;

    @Option(names = "--partitions", defaultValue = "6",
            description = "Partitions of the topics the bench creates (default: ${DEFAULT-VALUE}).")
    int partitions;

    @Option(names = "--sequential",
            description = "Publish each batch only once the previous one is in the report (latency at low load).")
    boolean sequential;

    @Option(names = "--baseline-seconds", defaultValue = "10",
            description = "Measured span of raw Tika, after its warm-up (default: ${DEFAULT-VALUE}).")
    int baselineSeconds;

    @Option(names = "--baseline-jvm-options", defaultValue = "-Xmx1g", paramLabel = "OPTIONS",
            description = "Options of raw Tika's JVM, which runs apart from the pipeline's with the serial GC and"
                    + " the default JIT (default: ${DEFAULT-VALUE}).")
    String baselineJvmOptions;

    @Option(names = "--timeout-seconds", defaultValue = "1800",
            description = "Longest wait for the results (default: ${DEFAULT-VALUE}).")
    int timeoutSeconds;

    @Override
    public Integer call() throws Exception {
        final boolean json = switch (format.toLowerCase(Locale.ROOT)) {
            case "json" -> true;
            case "text" -> false;
            default -> throw new picocli.CommandLine.ParameterException(spec.commandLine(),
                    "--format must be text or json: " + format);
        };
        if (repeat < 1 || baselineSeconds < 1) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(),
                    "--repeat and --baseline-seconds must be at least 1");
        }
        final PrintWriter out = spec.commandLine().getOut();
        final PrintWriter details = json ? spec.commandLine().getErr() : out;
        final List<byte[]> files = TikaBench.read(input);
        if (files.isEmpty()) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), "no files under " + input);
        }
        final int cores = Runtime.getRuntime().availableProcessors();
        final Path dir = Files.createTempDirectory("rp-bench-pipeline");
        final String runId = "bench" + Long.toString(System.currentTimeMillis(), 36);
        final long[] latencies;
        final long documents;
        final double seconds;
        final long peakRssMb;
        try (PeakRss rss = new PeakRss(500)) {
            final ExtractConfig d = ExtractConfig.defaults();
            final PipelineOptions po = new PipelineOptions(bootstrapServers, dir.resolve("data"), "127.0.0.1", -1,
                    partitions, Ruleset.defaults(), new ExtractConfig(d.isolated(), workers, d.timeout(),
                    d.maxBytes(), d.maxChars(), d.workerHeapMb(), false), EnumSet.allOf(PipelineOptions.Stage.class),
                    null, 0, null, null);
            details.printf(Locale.ROOT, "pipeline bench: %d files x %d batch(es)%s, %s, %d worker(s), %d core(s)%n",
                    files.size(), repeat, sequential ? " one after another" : "",
                    bootstrapServers == null ? "embedded broker" : "cluster " + bootstrapServers, workers, cores);
            details.flush();
            try (Pipeline pipeline = new Pipeline(po).start();
                 ReportArrivals arrivals = new ReportArrivals(po.clientConfig(pipeline.bootstrap()), runId + "-")) {
                final CpuBreakdown before = CpuBreakdown.now();
                final List<String> batches = new ArrayList<>();
                int expected = 0;
                for (int k = 1; k <= repeat; k++) {
                    final String batch = runId + "-" + k;
                    batches.add(batch);
                    pipeline.ingestor().putBatch(new Batch(batch, System.currentTimeMillis(), null));
                    final IngestSummary summary = pipeline.ingestor().ingest(batch, List.of(input));
                    expected += summary.allKeys().size();
                    if (sequential) {
                        awaitArrivals(arrivals, expected);
                    }
                }
                awaitArrivals(arrivals, expected);
                final List<ReportArrivals.Arrival> all = arrivals.of(runId + "-");
                documents = all.size();
                final long first = all.stream().mapToLong(ReportArrivals.Arrival::publishedAtMillis).min().orElse(0);
                final long last = all.stream().mapToLong(ReportArrivals.Arrival::arrivedAtMillis).max().orElse(0);
                seconds = Math.max(1, last - first) / 1000.0;
                latencies = all.stream().mapToLong(ReportArrivals.Arrival::latencyMillis).toArray();
                peakRssMb = rss.totalMb();
                for (final String batch : batches) {
                    printBatch(details, batch, arrivals.of(batch + "/"));
                }
                details.printf(Locale.ROOT, "pipeline: %d documents in %.2f s = %.1f docs/s (first publish to last"
                                + " result in the report); latency p50 %d ms, p95 %d ms, max %d ms%n", documents,
                        seconds, documents / seconds, PipelineFigures.percentile(latencies, 50),
                        PipelineFigures.percentile(latencies, 95), PipelineFigures.percentile(latencies, 100));
                printCpu(details, before, documents);
                details.printf(Locale.ROOT, "peak RSS: %d MB (each one's VmHWM, summed: this JVM %d MB and %d worker"
                        + " JVM(s), replaced ones included)%n", peakRssMb, rss.selfMb(), rss.processes() - 1);
                details.flush();
            }
        } finally {
            deleteQuietly(dir);
        }
        details.printf(Locale.ROOT, "raw tika: a JVM of its own (%s), warming up on %d threads, then %d s"
                + " measured...%n", baselineJvmOptions, cores, baselineSeconds);
        details.flush();
        final double baseline = baselineInItsOwnJvm(cores);
        final PipelineFigures figures = new PipelineFigures(documents, seconds, documents / seconds, baseline,
                peakRssMb, PipelineFigures.percentile(latencies, 95));
        details.printf(Locale.ROOT, "raw tika (AutoDetectParser, plain text, %d threads, warm): %.1f docs/s%n",
                cores, baseline);
        details.printf(Locale.ROOT, "ratio pipeline / raw tika = %.3f%n", figures.ratio());
        details.flush();
        if (json) {
            out.println(figures.jsonLine());
        }
        out.flush();
        return 0;
    }

    /**
     * Raw Tika ({@code rp bench tika}) in a JVM of its own, started from this JVM's class path once the pipeline has
     * stopped: whatever JIT and heap the pipeline's JVM runs with, the baseline has the defaults.
     */
    private double baselineInItsOwnJvm(final int cores) throws IOException, InterruptedException {
        final Path log = Files.createTempFile("rp-bench-tika", ".log");
        try {
            final int exit = RpJvm.startFromThisClassPath(List.of(baselineJvmOptions.trim().split("\\s+")),
                    List.of("bench", "tika", "--input", input.toString(), "--threads", Integer.toString(cores),
                            "--seconds", Integer.toString(baselineSeconds), "--format", "json"), log).waitFor();
            final List<String> lines = Files.readAllLines(log);
            final String figure = lines.stream().filter(l -> l.startsWith("{\"baseline_docs_per_s\""))
                    .reduce((a, b) -> b).orElse(null);
            if (exit != 0 || figure == null) {
                throw new IllegalStateException("rp bench tika exited " + exit + ": " + String.join("\n", lines));
            }
            return Json.MAPPER.readTree(figure).path("baseline_docs_per_s").asDouble();
        } finally {
            Files.deleteIfExists(log);
        }
    }

    private void awaitArrivals(final ReportArrivals arrivals, final int expected) {
        Waits.until(() -> arrivals.count() >= expected, Duration.ofSeconds(timeoutSeconds), Duration.ofMillis(20),
                () -> (expected - arrivals.count()) + " of " + expected + " documents have no result in the report"
                        + " after " + timeoutSeconds + " s");
    }

    private static void printBatch(final PrintWriter out, final String batch,
                                   final List<ReportArrivals.Arrival> arrivals) {
        final long first = arrivals.stream().mapToLong(ReportArrivals.Arrival::publishedAtMillis).min().orElse(0);
        final long last = arrivals.stream().mapToLong(ReportArrivals.Arrival::arrivedAtMillis).max().orElse(0);
        final double s = Math.max(1, last - first) / 1000.0;
        final long[] latencies = arrivals.stream().mapToLong(ReportArrivals.Arrival::latencyMillis).toArray();
        out.printf(Locale.ROOT, "  batch %s: %d documents in %.2f s = %.1f docs/s; latency p50 %d ms, p95 %d ms%n",
                batch, arrivals.size(), s, arrivals.size() / s, PipelineFigures.percentile(latencies, 50),
                PipelineFigures.percentile(latencies, 95));
    }

    /** CPU per document of this JVM (broker, stages) and of its child processes (the worker JVMs). */
    private static void printCpu(final PrintWriter out, final CpuBreakdown before, final long documents) {
        final double main = CpuBreakdown.now().processSecondsSince(before);
        final double children = ProcessHandle.current().descendants()
                .mapToDouble(p -> p.info().totalCpuDuration().map(c -> c.toNanos() / 1e9).orElse(0.0)).sum();
        out.printf(Locale.ROOT, "CPU: this JVM %.1f s (%.1f ms/document), worker JVMs %.1f s in all, start-up"
                + " included (%.1f ms/document)%n", main, 1000 * main / Math.max(1, documents), children,
                1000 * children / Math.max(1, documents));
        out.printf(Locale.ROOT, "  this JVM's CPU by thread:%n");
        CpuBreakdown.now().print(out, before, 10);
    }

    private static void deleteQuietly(final Path dir) throws IOException {
        try (Stream<Path> walk = Files.walk(dir)) {
            walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }
}
