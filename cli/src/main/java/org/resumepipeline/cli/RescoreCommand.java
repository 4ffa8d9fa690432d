package org.resumepipeline.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.apache.kafka.clients.admin.Admin;
import org.resumepipeline.cli.command.ReportOutput;
import org.resumepipeline.cli.ops.GroupLag;
import org.resumepipeline.model.DocumentKeys;
import org.resumepipeline.model.DocumentResult;
import org.resumepipeline.model.Topics;
import org.resumepipeline.report.BatchAggregate;
import org.resumepipeline.report.ReportService;
import org.resumepipeline.report.ReportTopology;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code rp rescore --rules FILE}: replays resume.texts through the score stage under the group of the new ruleset
 * version; nothing is parsed again. The report replaces each document's result as the new one arrives.
 */
@Command(name = "rescore", mixinStandardHelpOptions = true,
        description = "Rescore stored texts with a ruleset (no document is parsed again). The report moves each "
                + "document to the new version as its result arrives and never counts a document twice.")
public final class RescoreCommand implements Callable<Integer> {
    private static final Duration CATCH_UP = Duration.ofMinutes(10);

    @Spec
    CommandSpec spec;

    @Mixin
    ClusterOptions cluster = new ClusterOptions();

    @Mixin
    HttpOptions http = new HttpOptions();

    @Mixin
    RulesOption rules = new RulesOption();

    @Option(names = "--batch", paramLabel = "NAME", description = "Rescore only this batch.")
    String batch;

    @Option(names = "--until-done", description = "Wait until every scored document is at the new version, then exit.")
    boolean untilDone;

    @Option(names = "--report-out", paramLabel = "FILE", description = "Write the batch report JSON here.")
    Path reportOut;

    @Override
    public Integer call() throws Exception {
        if (rules.file() == null) {
            throw new ParameterException(spec.commandLine(), "--rules FILE is required");
        }
        if (batch != null) {
            DocumentKeys.validateBatch(batch);
        }
        final PrintWriter out = spec.commandLine().getOut();
        final PipelineOptions po = PipelineOptions.of(cluster, http, rules, null, EnumSet.of(PipelineOptions.Stage.REPORT))
                .withOnlyBatch(batch, null);
        final String version = po.ruleset().version();
        try (Pipeline pipeline = new Pipeline(po).start(); Admin admin = pipeline.admin()) {
            GroupLag.awaitCaughtUp(admin, ReportTopology.APPLICATION_ID,
                    List.of(Topics.SCORES.name(), Topics.FAILURES.name()), CATCH_UP);
            final ReportService reports = pipeline.reportService();
            final Progress before = Waits.query(() -> progress(reports, batch, version), CATCH_UP);
            if (before.total() > 0 && before.atTarget() == before.total()) {
                out.printf("Ruleset %s is already current for all %d scored documents%s: nothing to rescore.%n",
                        version, before.total(), batch == null ? "" : " of batch " + batch);
                ReportOutput.writeBatches(out, reports, batch, reportOut);
                return 0;
            }
            out.printf("Rescoring %d scored documents%s with ruleset %s (group %s)...%n", before.total(),
                    batch == null ? "" : " of batch " + batch, version, po.scoreGroup());
            out.flush();
            final long begin = System.nanoTime();
            pipeline.startScoreNow();
            if (!untilDone) {
                out.println("Rescore running; serving until stopped (Ctrl-C).");
                out.flush();
                new CountDownLatch(1).await();
                return 0;
            }
            final long[] lastPrint = {0};
            Waits.until(() -> {
                final Progress now = progress(reports, batch, version);
                if (now.atTarget() == now.total()
                        && GroupLag.lag(admin, po.scoreGroup(), List.of(Topics.TEXTS.name())) == 0
                        && GroupLag.lag(admin, ReportTopology.APPLICATION_ID,
                        List.of(Topics.SCORES.name(), Topics.FAILURES.name())) == 0) {
                    return true;
                }
                if (System.nanoTime() - lastPrint[0] > Duration.ofSeconds(2).toNanos()) {
                    out.printf("  rescore progress: %d/%d documents at %s%n", now.atTarget(), now.total(), version);
                    out.flush();
                    lastPrint[0] = System.nanoTime();
                }
                return false;
            }, CATCH_UP, Duration.ofMillis(200), () -> "rescore did not finish within " + CATCH_UP.toMinutes()
                    + " min");
            final Progress now = Waits.query(() -> progress(reports, batch, version), CATCH_UP);
            final double seconds = (System.nanoTime() - begin) / 1e9;
            out.printf("Rescored %d documents to ruleset %s in %.1f s (%.0f resumes/s).%n", now.total(), version,
                    seconds, now.total() / Math.max(seconds, 1e-3));
            ReportOutput.writeBatches(out, reports, batch, reportOut);
            return 0;
        }
    }

    /** Scored documents in scope, and how many of them are at the target ruleset version. */
    public record Progress(long atTarget, long total) {
    }

    /** Progress from the per-batch aggregates: one store read per batch, however many documents it holds. */
    public static Progress progress(final ReportService reports, final String batch, final String version) {
        long at = 0;
        long total = 0;
        final List<BatchAggregate> aggregates = batch != null
                ? reports.aggregate(batch).map(List::of).orElse(List.of()) : reports.batches();
        for (final BatchAggregate agg : aggregates) {
            total += agg.byStatus().getOrDefault(DocumentResult.SCORED, 0L);
            at += agg.rulesetVersions().getOrDefault(version, 0L);
        }
        return new Progress(at, total);
    }
}
