package org.resumepipeline.report.render;

import org.resumepipeline.model.DocumentResult;
import org.resumepipeline.report.BatchReport;

/**
 * The ranked candidates table. Each candidate has a row and a details row below it; the row's button
 * ({@code id="doc-N-toggle"}, class {@code toggle}, {@code aria-expanded}, {@code aria-controls="doc-N-details"})
 * shows and hides the details row ({@code id="doc-N-details"}). N is the 1-based rank. Thread-safe.
 */
final class CandidateTable {
    private CandidateTable() {
    }

    /** @return the element id prefix of the candidate at a 1-based rank */
    static String id(final int rank) {
        return "doc-" + rank;
    }

    static String render(final BatchReport report) {
        final boolean jobMatch = JobMatchColumn.shown(report);
        final int columns = jobMatch ? 8 : 7;
        final StringBuilder out = new StringBuilder("<section aria-labelledby=\"candidates-heading\">\n")
                .append("<h2 id=\"candidates-heading\">Candidates</h2>\n")
                .append("<table class=\"candidates\">\n<caption>Candidates ranked by resume score (")
                .append(report.documents().size()).append(")</caption>\n<thead><tr>")
                .append("<th scope=\"col\" class=\"num\">Rank</th><th scope=\"col\">Candidate file</th>")
                .append("<th scope=\"col\">Status</th><th scope=\"col\" class=\"num\">Score</th>")
                .append("<th scope=\"col\">Grade</th>");
        if (jobMatch) {
            out.append("<th scope=\"col\" class=\"num\">Job match</th>");
        }
        out.append("<th scope=\"col\">Top findings or failure</th><th scope=\"col\">Details</th></tr></thead>\n")
                .append("<tbody>\n");
        int rank = 0;
        for (final DocumentResult doc : report.documents()) {
            rank++;
            row(out, rank, doc, jobMatch);
            out.append("<tr class=\"details\" id=\"").append(id(rank)).append("-details\" hidden><td colspan=\"")
                    .append(columns).append("\">\n").append(CandidateDetails.render(id(rank), doc))
                    .append("</td></tr>\n");
        }
        return out.append("</tbody>\n</table>\n</section>\n").toString();
    }

    private static void row(final StringBuilder out, final int rank, final DocumentResult doc,
                            final boolean jobMatch) {
        final String id = id(rank);
        out.append("<tr class=\"candidate ").append(doc.isScored() ? "scored" : "failed").append("\" id=\"")
                .append(id).append("\"><td class=\"num\">").append(rank).append("</td><th scope=\"row\">")
                .append(Html.escape(doc.file())).append("</th><td>").append(Html.escape(doc.status()))
                .append("</td><td class=\"num\">");
        if (doc.score() != null) {
            out.append(doc.score()).append(" <meter min=\"0\" max=\"100\" low=\"40\" high=\"70\" optimum=\"100\" ")
                    .append("value=\"").append(doc.score()).append("\" aria-hidden=\"true\"></meter>");
            if (doc.hasLowCoverage()) {
                out.append(' ').append(Badges.lowCoverage(doc));
            }
        } else {
            out.append("<span class=\"muted\">&ndash;</span>");
        }
        out.append("</td><td>").append(Badges.grade(doc.isScored() ? doc.grade() : DocumentResult.FAILED))
                .append("</td>");
        if (jobMatch) {
            out.append("<td class=\"num\">").append(doc.jobMatch() == null ? "&ndash;" : doc.jobMatch().score() + "%")
                    .append("</td>");
        }
        out.append("<td>");
        if (doc.failure() != null) {
            out.append(Badges.rule(doc.failure().reason() == null ? "UNKNOWN" : doc.failure().reason().name()));
            if (doc.failure().category() != null) {
                out.append(' ').append(Badges.rule(doc.failure().category().name()));
            }
        } else {
            out.append(String.join(" ", DocumentFindings.topRules(doc, CsvReport.TOP_FINDINGS).stream()
                    .map(Badges::rule).toList()));
        }
        out.append("</td><td><button type=\"button\" class=\"toggle\" id=\"").append(id)
                .append("-toggle\" aria-expanded=\"false\" aria-controls=\"").append(id).append("-details\">")
                .append("Details<span class=\"vh\"> for ").append(Html.escape(doc.file())).append("</span>")
                .append("</button></td></tr>\n");
    }
}
