package org.resumepipeline.cli.bench;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.resumepipeline.bench.CpuBreakdown;
import org.resumepipeline.bench.MixedResumes;
import org.resumepipeline.cli.DoneWaiter;
import org.resumepipeline.cli.Pipeline;
import org.resumepipeline.cli.PipelineOptions;
import org.resumepipeline.cli.RescoreCommand;
import org.resumepipeline.cli.Waits;
import org.resumepipeline.extract.ExtractConfig;
import org.resumepipeline.ingest.IngestSummary;
import org.resumepipeline.model.Batch;
import org.resumepipeline.score.Ruleset;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code rp bench rescore}: resumes/s through the full pipeline (ingest, extract, score, report) on a generated
 * batch, then resumes/s rescoring the same batch from the stored texts with a new ruleset version.
 */
@Command(name = "rescore", mixinStandardHelpOptions = true,
        description = "Full pipeline resumes/s vs rescore resumes/s on the same generated batch (embedded broker).")
final class RescoreBench implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--docs", defaultValue = "500", description = "Resumes in the batch (default: ${DEFAULT-VALUE}).")
    int docs;

    @Option(names = "--rescores", defaultValue = "1",
            description = "Rescores in a row, each with a new ruleset version (default: ${DEFAULT-VALUE}).")
    int rescores;

    @Option(names = "--workers", defaultValue = "2", description = "Extraction workers (default: ${DEFAULT-VALUE}).")
    int workers;

    @Override
    public Integer call() throws Exception {
        final PrintWriter out = spec.commandLine().getOut();
        final Path dir = Files.createTempDirectory("rp-bench-rescore");
        final Path input = Files.createDirectories(dir.resolve("resumes"));
        MixedResumes.write(input, docs, MixedResumes.MARKDOWN);
        final ExtractConfig d = ExtractConfig.defaults();
        final PipelineOptions po = new PipelineOptions(null, dir.resolve("data"), "127.0.0.1", -1, 2,
                Ruleset.defaults(), new ExtractConfig(d.isolated(), workers, d.timeout(), d.maxBytes(), d.maxChars(),
                d.workerHeapMb(), false), EnumSet.allOf(PipelineOptions.Stage.class), null, 0, null, null);
        try (Pipeline pipeline = new Pipeline(po).start()) {
            final String batch = "bench";
            pipeline.ingestor().putBatch(new Batch(batch, System.currentTimeMillis(), null));
            final long t0 = System.nanoTime();
            final IngestSummary summary = pipeline.ingestor().ingest(batch, List.of(input));
            new DoneWaiter(pipeline.reportService(), pipeline.registry()).await(batch, summary.allKeys(),
                    po.ruleset().version(), Duration.ofMinutes(30));
            final double full = (System.nanoTime() - t0) / 1e9;
            final int n = summary.allKeys().size();
            out.printf(Locale.ROOT, "full pipeline: %d resumes in %.2f s = %.0f resumes/s%n", n, full, n / full);
            out.flush();

            for (int round = 1; round <= rescores; round++) {
                final byte[] bytes = (new String(Ruleset.defaults().bytes(), StandardCharsets.UTF_8)
                        + "\n# bench variant " + System.nanoTime() + "\n").getBytes(StandardCharsets.UTF_8);
                final Ruleset next = Ruleset.parse("bench", bytes);
                final long t1 = System.nanoTime();
                final CpuBreakdown before = CpuBreakdown.now();
                pipeline.startScoreNow(next);
                final double startup = (System.nanoTime() - t1) / 1e9;
                // when the first result, half and all of them reached the report
                final double[] marks = {-1, -1};
                Waits.until(() -> {
                    final long done = RescoreCommand.progress(pipeline.reportService(), batch, next.version())
                            .atTarget();
                    final double now = (System.nanoTime() - t1) / 1e9;
                    if (done > 0 && marks[0] < 0) {
                        marks[0] = now;
                    }
                    if (done * 2 >= n && marks[1] < 0) {
                        marks[1] = now;
                    }
                    return done >= n;
                }, Duration.ofMinutes(30), Duration.ofMillis(20), () -> "rescore did not finish in 30 min");
                final double rescore = (System.nanoTime() - t1) / 1e9;
                final CpuBreakdown after = CpuBreakdown.now();
                final double cpu = after.processSecondsSince(before);
                out.printf(Locale.ROOT, "rescore %d:     %d resumes in %.2f s = %.0f resumes/s (%.1fx the full "
                        + "pipeline); %.2f s of it starting the score stage, %.0f resumes/s once running; "
                        + "%.2f CPU s (%.0f%% of %d cores; broker, score and report stages in this JVM)%n",
                        round, n, rescore, n / rescore, full / rescore, startup,
                        n / Math.max(1e-3, rescore - startup), cpu,
                        100 * cpu / rescore / Runtime.getRuntime().availableProcessors(),
                        Runtime.getRuntime().availableProcessors());
                out.printf(Locale.ROOT, "  first result in the report at %.2f s, half at %.2f s, all at %.2f s%n",
                        marks[0], marks[1], rescore);
                after.print(out, before, 8);
                out.flush();
            }
        } finally {
            deleteQuietly(dir);
        }
        return 0;
    }

    private static void deleteQuietly(final Path dir) throws IOException {
        try (var walk = Files.walk(dir)) {
            walk.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }
}
