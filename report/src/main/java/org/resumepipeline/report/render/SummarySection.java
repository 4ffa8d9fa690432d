package org.resumepipeline.report.render;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.resumepipeline.model.DocumentResult;
import org.resumepipeline.model.FailureReason;
import org.resumepipeline.report.BatchAggregate;
import org.resumepipeline.report.BatchReport;

/** The summary at the top of a batch report: counts, mean score, failures, top rules, ruleset versions. */
final class SummarySection {
    static final int TOP_RULES = 10;

    private SummarySection() {
    }

    /** @return the report's aggregate, or one computed from its documents when the report has none */
    static BatchAggregate aggregate(final BatchReport report) {
        if (report.summary() != null) {
            return report.summary();
        }
        BatchAggregate agg = BatchAggregate.empty(report.batch());
        for (final DocumentResult doc : report.documents()) {
            agg = agg.add(doc);
        }
        return agg;
    }

    static String render(final BatchReport report) {
        final BatchAggregate agg = aggregate(report);
        final StringBuilder out = new StringBuilder("<section aria-labelledby=\"summary-heading\">\n")
                .append("<h2 id=\"summary-heading\">Summary</h2>\n<dl class=\"cards\">\n");
        card(out, "Documents", Long.toString(agg.documents()));
        card(out, "Scored", Long.toString(agg.byStatus().getOrDefault(DocumentResult.SCORED, 0L)));
        card(out, "Failed", Long.toString(agg.byStatus().getOrDefault(DocumentResult.FAILED, 0L)));
        card(out, "Mean score", String.format(Locale.ROOT, "%.1f", agg.meanScore()));
        for (final String grade : new String[] {"strong", "fair", "weak"}) {
            card(out, "Grade " + grade, Long.toString(agg.byGrade().getOrDefault(grade, 0L)));
        }
        out.append("</dl>\n");
        if (report.jobDescription() != null && !report.jobDescription().isBlank()) {
            out.append("<details class=\"jd\"><summary>Job description</summary><p>")
                    .append(Html.escape(report.jobDescription())).append("</p></details>\n");
        }
        out.append("<div class=\"grid\">\n<div>\n")
                .append(KeyCountTable.render("Failures by reason", "Reason", agg.failuresByReason(), "What to do",
                        SummarySection::advice))
                .append(KeyCountTable.render("Top rules fired", "Rule", topRules(agg), null, k -> ""))
                .append("</div>\n<div>\n")
                .append(KeyCountTable.render("Documents by status", "Status", agg.byStatus(), null, k -> ""))
                .append(KeyCountTable.render("Ruleset versions", "Version", agg.rulesetVersions(), null, k -> ""))
                .append(KeyCountTable.render("Signal coverage (documents with a strong bullet)", "Area",
                        agg.signalCoverage(), null, k -> ""))
                .append("</div>\n</div>\n</section>\n");
        return out.toString();
    }

    private static void card(final StringBuilder out, final String label, final String value) {
        out.append("<div><dt>").append(Html.escape(label)).append("</dt><dd>").append(Html.escape(value))
                .append("</dd></div>\n");
    }

    private static Map<String, Long> topRules(final BatchAggregate agg) {
        final Map<String, Long> top = new LinkedHashMap<>();
        agg.ruleHits().entrySet().stream()
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .limit(TOP_RULES)
                .forEach(e -> top.put(e.getKey(), e.getValue()));
        return top;
    }

    private static String advice(final String reason) {
        try {
            final FailureReason code = FailureReason.valueOf(reason);
            return code.advice() + " (" + code.category().name() + ")";
        } catch (IllegalArgumentException e) {
            return "";
        }
    }
}
