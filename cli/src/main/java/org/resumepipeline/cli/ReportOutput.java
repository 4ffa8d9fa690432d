package org.resumepipeline.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.resumepipeline.report.BatchReport;
import org.resumepipeline.report.ReportRoutes;

/** Writes the batch report JSON (when asked) and prints the ranked table. */
final class ReportOutput {
    private ReportOutput() {
    }

    static void write(final PrintWriter out, final BatchReport report, final Path reportOut) throws IOException {
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
