package org.resumepipeline.cli.command;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import java.util.concurrent.Callable;
import org.apache.kafka.clients.admin.Admin;
import org.resumepipeline.cli.Options;
import org.resumepipeline.cli.Pipeline;
import org.resumepipeline.cli.PipelineOptions;
import org.resumepipeline.cli.ops.GroupLag;
import org.resumepipeline.model.DocumentKeys;
import org.resumepipeline.model.Topics;
import org.resumepipeline.report.ReportTopology;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code rp reextract [--batch NAME]}: replays resume.uploads through extract under a new group (for a new parser
 * or segmenter); the texts flow on to scoring and the report replaces each document's result.
 */
@Command(name = "reextract", mixinStandardHelpOptions = true,
        description = "Replay the stored uploads through extraction (new parser or segmenter), then score and "
                + "report them; results replace the old ones.")
public final class ReextractCommand implements Callable<Integer> {
    private static final Duration CATCH_UP = Duration.ofMinutes(30);

    @Spec
    CommandSpec spec;

    @Mixin
    Options options = new Options();

    @Option(names = "--batch", paramLabel = "NAME", description = "Re-extract only this batch.")
    String batch;

    @Option(names = "--report-out", paramLabel = "FILE", description = "Write the batch report JSON here (--batch).")
    Path reportOut;

    @Override
    public Integer call() throws Exception {
        if (batch != null) {
            DocumentKeys.validateBatch(batch);
        }
        final PrintWriter out = spec.commandLine().getOut();
        final String group = "resume-reextract-" + System.currentTimeMillis();
        final PipelineOptions po = options.pipeline(EnumSet.of(PipelineOptions.Stage.EXTRACT,
                PipelineOptions.Stage.SCORE, PipelineOptions.Stage.REPORT)).withOnlyBatch(batch, group);
        final long begin = System.nanoTime();
        try (Pipeline pipeline = new Pipeline(po).start(); Admin admin = pipeline.admin()) {
            out.printf("Re-extracting %s under group %s...%n", batch == null ? "every batch" : "batch " + batch,
                    group);
            out.flush();
            GroupLag.awaitCaughtUp(admin, group, List.of(Topics.UPLOADS.name()), CATCH_UP);
            GroupLag.awaitCaughtUp(admin, po.scoreGroup(), List.of(Topics.TEXTS.name()), CATCH_UP);
            GroupLag.awaitCaughtUp(admin, ReportTopology.APPLICATION_ID,
                    List.of(Topics.SCORES.name(), Topics.FAILURES.name()), CATCH_UP);
            out.printf("Re-extracted in %.1f s.%n", (System.nanoTime() - begin) / 1e9);
            ReportOutput.writeBatches(out, pipeline.reportService(), batch, reportOut);
            return 0;
        }
    }
}
