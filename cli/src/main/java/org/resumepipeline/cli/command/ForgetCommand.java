package org.resumepipeline.cli.command;

import java.io.PrintWriter;
import java.time.Duration;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import org.resumepipeline.cli.Waits;
import org.resumepipeline.cli.ops.Eraser;
import org.resumepipeline.model.DocumentKeys;
import org.resumepipeline.model.Topics;
import org.resumepipeline.report.ReportService;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code rp forget --document KEY | --batch NAME}: erasure. Tombstones on every compacted topic and on the uploads,
 * then waits until the report no longer shows the documents.
 */
@Command(name = "forget", mixinStandardHelpOptions = true,
        description = "Erase a document or a whole batch: tombstones to every topic that holds it; it leaves every "
                + "report at once and the topics at their next compaction.")
public final class ForgetCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    ReportStageOptions stage = new ReportStageOptions();

    @ArgGroup(exclusive = true, multiplicity = "1")
    Target target;

    /** Exactly one of a document key or a batch. */
    static final class Target {
        @Option(names = "--document", paramLabel = "KEY", description = "Document key <batch>/<sha256>.")
        String document;

        @Option(names = "--batch", paramLabel = "NAME", description = "Every document of a batch, and the batch.")
        String batch;
    }

    @Override
    public Integer call() {
        final PrintWriter out = spec.commandLine().getOut();
        final String batch = target.batch != null ? DocumentKeys.validateBatch(target.batch)
                : DocumentKeys.batchOf(target.document);
        try (ReportStageOptions.ReportStage report = stage.start()) {
            final Eraser eraser = new Eraser(report.pipeline().bootstrap());
            final Set<String> keys = new TreeSet<>();
            if (target.document != null) {
                keys.add(target.document);
            } else {
                keys.addAll(eraser.keysOf(batch));
            }
            eraser.tombstone(keys, target.batch);
            report.awaitCaughtUp();
            final ReportService reports = report.pipeline().reportService();
            Waits.until(() -> keys.stream().noneMatch(k -> reports.document(k).isPresent()), Duration.ofMinutes(2),
                    Duration.ofMillis(100), () -> "the report still shows forgotten documents");
            out.printf("Forgot %d document(s)%s: tombstones written to %s%s; absent from every report now, and "
                            + "from the topics after their next compaction.%n", keys.size(),
                    target.batch != null ? " of batch " + batch : "", String.join(", ", Eraser.DOCUMENT_TOPICS),
                    target.batch != null ? " and " + Topics.BATCHES.name() : "");
            out.flush();
            return 0;
        }
    }
}
