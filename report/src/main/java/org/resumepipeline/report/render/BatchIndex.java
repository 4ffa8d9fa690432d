package org.resumepipeline.report.render;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import org.resumepipeline.model.DocumentResult;
import org.resumepipeline.report.BatchAggregate;

/** The list of batches: counts by status and grade, mean score and, per ruleset version, how far scoring got. */
final class BatchIndex {
    private BatchIndex() {
    }

    static String render(final List<BatchAggregate> batches, final Function<String, String> link) {
        final StringBuilder out = new StringBuilder("<h1>Resume batches</h1>\n");
        if (batches.isEmpty()) {
            return out.append("<p>No batches yet. <a href=\"/\">Upload resumes from the start page</a>, or with ")
                    .append("<code>rp ingest</code>.</p>\n").toString();
        }
        out.append("<p><a href=\"/\">Start a new batch</a></p>\n");
        out.append("<table class=\"batches\">\n<caption>Batches (").append(batches.size())
                .append("), newest first</caption>\n<thead><tr><th scope=\"col\">Batch</th>")
                .append("<th scope=\"col\" class=\"num\">Documents</th><th scope=\"col\" class=\"num\">Scored</th>")
                .append("<th scope=\"col\" class=\"num\">Failed</th><th scope=\"col\" class=\"num\">Strong</th>")
                .append("<th scope=\"col\" class=\"num\">Fair</th><th scope=\"col\" class=\"num\">Weak</th>")
                .append("<th scope=\"col\" class=\"num\">Mean score</th><th scope=\"col\">Progress by ruleset</th>")
                .append("<th scope=\"col\">Last upload (UTC)</th></tr></thead>\n<tbody>\n");
        int n = 0;
        for (final BatchAggregate b : batches.stream()
                .sorted(Comparator.comparingLong(BatchAggregate::lastUpdated).reversed()
                        .thenComparing(BatchAggregate::batch, Comparator.nullsLast(Comparator.naturalOrder())))
                .toList()) {
            row(out, ++n, b, link);
        }
        return out.append("</tbody>\n</table>\n").toString();
    }

    private static void row(final StringBuilder out, final int n, final BatchAggregate b,
                            final Function<String, String> link) {
        final long scored = b.byStatus().getOrDefault(DocumentResult.SCORED, 0L);
        out.append("<tr><th scope=\"row\"><a href=\"").append(Html.escape(link.apply(b.batch()))).append("\">")
                .append(Html.escape(b.batch())).append("</a></th>");
        num(out, b.documents());
        num(out, scored);
        num(out, b.byStatus().getOrDefault(DocumentResult.FAILED, 0L));
        num(out, b.byGrade().getOrDefault("strong", 0L));
        num(out, b.byGrade().getOrDefault("fair", 0L));
        num(out, b.byGrade().getOrDefault("weak", 0L));
        out.append("<td class=\"num\">").append(String.format(Locale.ROOT, "%.1f", b.meanScore()))
                .append("</td><td>");
        int v = 0;
        for (final Map.Entry<String, Long> e : b.rulesetVersions().entrySet()) {
            final String id = "batch-" + n + "-ruleset-" + (++v);
            out.append("<label for=\"").append(id).append("\"><code class=\"rule\">").append(Html.escape(e.getKey()))
                    .append("</code> ").append(e.getValue()).append('/').append(scored).append("</label> ")
                    .append("<progress id=\"").append(id).append("\" max=\"").append(Math.max(1, scored))
                    .append("\" value=\"").append(e.getValue()).append("\"></progress><br>\n");
        }
        if (v == 0) {
            out.append("<span class=\"muted\">nothing scored yet</span>");
        }
        out.append("</td><td>").append(b.lastUpdated() > 0 ? Html.escape(Instant.ofEpochMilli(b.lastUpdated())
                .toString()) : "&ndash;").append("</td></tr>\n");
    }

    private static void num(final StringBuilder out, final long value) {
        out.append("<td class=\"num\">").append(value).append("</td>");
    }
}
