package org.resumepipeline.report.web;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.resumepipeline.model.DocumentResult;
import org.resumepipeline.model.Finding;
import org.resumepipeline.report.BatchReport;
import org.resumepipeline.report.render.DocumentFindings;

/**
 * The batch page's pictures, drawn from the batch report: score distribution, findings by rule, signal coverage
 * (share of scored candidates with a bullet in each area) and, with a job description, how many candidates name
 * each required skill. Thread-safe.
 */
final class BatchCharts {
    static final int TOP_RULES = 10;

    private BatchCharts() {
    }

    static String render(final BatchReport report) {
        final List<DocumentResult> scored = report.documents().stream().filter(DocumentResult::isScored).toList();
        final StringBuilder out = new StringBuilder("<div class=\"charts\">\n")
                .append(scores(scored)).append(rules(scored)).append(coverage(scored));
        if (report.jobDescription() != null && !report.jobDescription().isBlank()) {
            out.append(jobMatch(scored));
        }
        return out.append("</div>\n").toString();
    }

    private static String scores(final List<DocumentResult> scored) {
        final int[] bins = new int[10];
        for (final DocumentResult d : scored) {
            bins[Math.max(0, Math.min(9, (d.score() == null ? 0 : d.score()) / 10))]++;
        }
        final List<BarChart.Bar> bars = new ArrayList<>();
        int max = 0;
        for (int i = 9; i >= 0; i--) {
            max = Math.max(max, bins[i]);
            bars.add(new BarChart.Bar(String.format(Locale.ROOT, "%d–%d", i * 10, i == 9 ? 100 : i * 10 + 9),
                    bins[i], Integer.toString(bins[i])));
        }
        return BarChart.render("chart-scores", "Score distribution",
                scored.size() + " scored candidates by resume score, highest band first.", bars, max);
    }

    private static String rules(final List<DocumentResult> scored) {
        final Map<String, Integer> counts = new LinkedHashMap<>();
        for (final DocumentResult d : scored) {
            for (final Finding f : DocumentFindings.all(d)) {
                counts.merge(f.rule(), 1, Integer::sum);
            }
        }
        final List<Map.Entry<String, Integer>> top = counts.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue(Comparator.reverseOrder())
                        .thenComparing(Map.Entry.comparingByKey()))
                .limit(TOP_RULES).toList();
        final int max = top.isEmpty() ? 0 : top.get(0).getValue();
        return BarChart.render("chart-rules", "Findings by rule",
                "The " + top.size() + " rules found most often across the batch's bullets and resumes.",
                top.stream().map(e -> new BarChart.Bar(e.getKey(), e.getValue(), e.getValue().toString())).toList(),
                max);
    }

    private static String coverage(final List<DocumentResult> scored) {
        final Map<String, Integer> covered = new TreeMap<>();
        for (final DocumentResult d : scored) {
            d.signalCoverage().forEach((area, yes) -> covered.merge(area, Boolean.TRUE.equals(yes) ? 1 : 0,
                    Integer::sum));
        }
        final List<BarChart.Bar> bars = covered.entrySet().stream()
                .map(e -> share(e.getKey(), e.getValue(), scored.size())).toList();
        return BarChart.render("chart-coverage", "Signal coverage",
                "Share of scored candidates with at least one bullet showing each area.", bars, 1);
    }

    private static String jobMatch(final List<DocumentResult> scored) {
        final Map<String, Integer> named = new LinkedHashMap<>();
        for (final DocumentResult d : scored) {
            if (d.jobMatch() == null) {
                continue;
            }
            d.jobMatch().required().forEach(skill -> named.merge(skill, 0, Integer::sum));
            d.jobMatch().named().forEach(skill -> named.merge(skill, 1, Integer::sum));
        }
        final List<BarChart.Bar> bars = named.entrySet().stream()
                .map(e -> share(e.getKey(), e.getValue(), scored.size())).toList();
        return BarChart.render("chart-job", "Job match",
                "Share of scored candidates naming each skill the job description asks for.", bars, 1);
    }

    private static BarChart.Bar share(final String label, final int count, final int of) {
        final double share = of == 0 ? 0 : (double) count / of;
        return new BarChart.Bar(label, share, BarChart.percent(share) + " (" + count + " of " + of + ")");
    }
}
