package org.resumepipeline.cli.command;

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
public final class RankedTable {
    private RankedTable() {
    }

    public static void print(final PrintWriter out, final BatchReport report) {
        out.printf("%nBatch %s: %d documents%n", report.batch(), report.documents().size());
        out.printf("%4s  %-34s %6s  %-7s %7s  %s%n", "RANK", report.blind() ? "CANDIDATE" : "FILE", "SCORE", "GRADE", "BULLETS", "TOP FINDINGS / REASON");
        int rank = 0;
        for (final DocumentResult doc : report.documents()) {
            rank++;
            if (doc.isScored()) {
                out.printf("%4d  %-34s %6d  %-7s %7d  %s%n", rank, clip(doc.file(), 34), doc.score(), doc.grade(),
                        bullets(doc), findingsOrNote(doc));
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

    /**
     * @return the top findings, after "LOW_COVERAGE 38% (could not read it well); " when the extractor warned that
     *         the structure it found covers too little of the text, so the low score is not read as a weak resume
     */
    public static String findingsOrNote(final DocumentResult doc) {
        final String note = doc.lowCoverageNote();
        return note == null ? topFindings(doc) : note + " (could not read it well); " + topFindings(doc);
    }

    /** @return the three most telling findings: most severe first, then most frequent, then by rule id */
    public static String topFindings(final DocumentResult doc) {
        final Map<String, Integer> counts = new LinkedHashMap<>();
        final Map<String, Integer> severity = new LinkedHashMap<>();
        final java.util.function.Consumer<Finding> count = f -> {
            counts.merge(f.rule(), 1, Integer::sum);
            severity.merge(f.rule(), rank(f.severity()), Math::min);
        };
        for (final ScoredRole role : doc.roles()) {
            for (final ScoredBullet b : role.bullets()) {
                b.findings().forEach(count);
            }
        }
        doc.findings().forEach(count);
        return counts.entrySet().stream()
                .sorted(Comparator.<Map.Entry<String, Integer>>comparingInt(e -> severity.get(e.getKey()))
                        .thenComparing(Map.Entry.comparingByValue(Comparator.reverseOrder()))
                        .thenComparing(Map.Entry.comparingByKey()))
                .limit(3).map(e -> e.getKey() + " x" + e.getValue())
                .reduce((a, b) -> a + ", " + b).orElse("-");
    }

    private static int rank(final String severity) {
        return switch (severity) {
            case "error" -> 0;
            case "warn" -> 1;
            default -> 2;
        };
    }

    private static String clip(final String s, final int width) {
        if (s == null) {
            return "";
        }
        return s.length() <= width ? s : s.substring(0, width - 1) + "~";
    }
}
