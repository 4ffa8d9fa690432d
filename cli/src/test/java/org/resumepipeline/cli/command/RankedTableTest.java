package org.resumepipeline.cli.command;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.resumepipeline.model.DocumentResult;
import org.resumepipeline.model.Finding;
import org.resumepipeline.model.ResumeDocument;
import org.resumepipeline.model.ScoredBullet;
import org.resumepipeline.model.ScoredRole;
import org.resumepipeline.report.BatchReport;

class RankedTableTest {
    @Test
    void shouldNoteLowCoverageWithItsFigureInTheFindingsColumnWithoutMovingTheOtherColumns() {
        final DocumentResult readWell = doc("b/1", "alice.pdf", 86, "strong", List.of(), 0.93);
        final DocumentResult poorlyRead = doc("b/2", "scan.pdf", 31, "weak",
                List.of("TWO_COLUMN", ResumeDocument.LOW_COVERAGE), 0.38);

        final String table = print(new BatchReport("b", List.of(readWell, poorlyRead), null, null));

        final List<String> lines = table.lines().toList();
        final String header = lines.stream().filter(l -> l.startsWith("RANK")).findFirst().orElseThrow();
        final String alice = lines.stream().filter(l -> l.contains("alice.pdf")).findFirst().orElseThrow();
        final String scan = lines.stream().filter(l -> l.contains("scan.pdf")).findFirst().orElseThrow();
        assertThat(header).isEqualTo(String.format(Locale.ROOT, "%4s  %-34s %6s  %-7s %7s  %s", "RANK",
                "FILE", "SCORE", "GRADE", "BULLETS", "TOP FINDINGS / REASON"));
        assertThat(scan).isEqualTo(String.format(Locale.ROOT, "%4d  %-34s %6d  %-7s %7d  %s", 2,
                "scan.pdf", 31, "weak", 1, "LOW_COVERAGE 38% (could not read it well); NO_METRIC x1"));
        assertThat(scan.indexOf("LOW_COVERAGE")).isEqualTo(header.indexOf("TOP FINDINGS"));
        assertThat(alice).endsWith("  NO_METRIC x1").doesNotContain("LOW_COVERAGE");
    }

    private static String print(final BatchReport report) {
        final StringWriter out = new StringWriter();
        try (PrintWriter w = new PrintWriter(out)) {
            RankedTable.print(w, report);
        }
        return out.toString();
    }

    private static DocumentResult doc(final String key, final String file, final int score, final String grade,
                                      final List<String> warnings, final Double coverage) {
        final ScoredBullet bullet = new ScoredBullet("Migrated billing to Kafka", score, grade,
                List.of(new Finding("NO_METRIC", "warn", "No quantity.", null, null, "Add a number.")), List.of());
        return new DocumentResult(key, file, DocumentResult.SCORED, null, "v1", score, grade, 1, null,
                List.of(new ScoredRole("Engineer", "Acme", "2020 - 2024", List.of(bullet))), List.of(), List.of(),
                List.of(), warnings, "b", 1L, List.of(), Map.of(), null, "x1", coverage);
    }
}
