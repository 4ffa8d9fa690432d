package org.resumepipeline.cli.command;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.resumepipeline.cli.Waits;
import org.resumepipeline.cli.ops.ReportSettle;
import org.resumepipeline.report.BatchAggregate;
import org.resumepipeline.report.BatchReport;
import org.resumepipeline.report.ReportService;
import org.resumepipeline.report.ReportRoutes;

/** Writes the batch report JSON (when asked) and prints the ranked table. */
public final class ReportOutput {
    private ReportOutput() {
    }

    /**
     * Waits until the aggregates settled, then prints the table of one batch (or of every batch) and writes the
     * report JSON when there is exactly one batch.
     */
    public static void writeBatches(final PrintWriter out, final ReportService reports, final String only,
                             final Path reportOut) throws IOException {
        final Duration timeout = Duration.ofMinutes(2);
        final List<String> batches = only != null ? List.of(only)
                : Waits.query(() -> reports.batches().stream().map(BatchAggregate::batch).toList(), timeout);
        ReportSettle.await(reports, batches, timeout);
        for (final String b : batches) {
            final BatchReport report = Waits.query(() -> reports.report(b), timeout)
                    .orElseGet(() -> new BatchReport(b, List.of(), BatchAggregate.empty(b), null));
            write(out, report, batches.size() == 1 ? reportOut : null);
        }
        out.flush();
    }

    public static void write(final PrintWriter out, final BatchReport report, final Path reportOut) throws IOException {
        if (reportOut != null) {
            final Path parent = reportOut.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            Files.writeString(reportOut, ReportRoutes.json(report), StandardCharsets.UTF_8);
        }
        RankedTable.print(out, report);
    }
}
