package org.resumepipeline.cli;

import java.io.PrintWriter;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;
import org.resumepipeline.model.DocumentResult;
import org.resumepipeline.model.Finding;
import org.resumepipeline.model.ScoredBullet;
import org.resumepipeline.model.ScoredRole;
import org.resumepipeline.report.BatchReport;

/** Prints the ranked summary table of a batch report. */
final class RankedTable {
    private RankedTable() {
    }

    static void print(final PrintWriter out, final BatchReport report) {
        out.printf("%nBatch %s: %d documents%n", report.batch(), report.documents().size());
        out.printf("%4s  %-34s %6s  %-7s %7s  %s%n", "RANK", "FILE", "SCORE", "GRADE", "BULLETS", "TOP FINDINGS / REASON");
        int rank = 0;
        for (final DocumentResult doc : report.documents()) {
            rank++;
            if (doc.isScored()) {
                out.printf("%4d  %-34s %6d  %-7s %7d  %s%n", rank, clip(doc.file(), 34), doc.score(), doc.grade(),
                        bullets(doc), topFindings(doc));
            } else {
                out.printf("%4d  %-34s %6s  %-7s %7s  %s: %s%n", rank, clip(doc.file(), 34), "-", "failed", "-",
                        doc.failure().reason(), doc.failure().message());
            }
        }
        out.println();
    }

    private static int bullets(final DocumentResult doc) {
        return doc.roles().stream().mapToInt(r -> r.bullets().size()).sum();
    }

    static String topFindings(final DocumentResult doc) {
        final Map<String, Integer> counts = new LinkedHashMap<>();
        for (final ScoredRole role : doc.roles()) {
            for (final ScoredBullet b : role.bullets()) {
                for (final Finding f : b.findings()) {
                    counts.merge(f.rule(), 1, Integer::sum);
                }
            }
        }
        for (final Finding f : doc.findings()) {
            counts.merge(f.rule(), 1, Integer::sum);
        }
        return counts.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue(Comparator.reverseOrder())
                        .thenComparing(Map.Entry.comparingByKey()))
                .limit(3).map(e -> e.getKey() + " x" + e.getValue())
                .reduce((a, b) -> a + ", " + b).orElse("-");
    }

    private static String clip(final String s, final int width) {
        if (s == null) {
            return "";
        }
        return s.length() <= width ? s : s.substring(0, width - 1) + "~";
    }
}
