package org.resumepipeline.report.web;

import java.util.List;
import org.resumepipeline.model.DocumentResult;
import org.resumepipeline.report.render.HtmlReport;

/** {@code GET /batches/{b}/compare?a=ID&b=ID}: two candidates side by side. Thread-safe. */
final class ComparePage {
    private ComparePage() {
    }

    static String body(final String batchPath, final String batch, final List<DocumentResult> docs) {
        final StringBuilder out = new StringBuilder("<p class=\"crumbs\"><a href=\"").append(batchPath)
                .append("\">Back to batch ").append(HtmlReport.escape(batch)).append("</a></p>\n")
                .append("<h1>Compare candidates</h1>\n<div class=\"columns compare\">\n");
        int n = 0;
        for (final DocumentResult doc : docs) {
            n++;
            out.append("<article class=\"column\" aria-labelledby=\"compare-").append(n).append("\">\n<h2 id=\"compare-")
                    .append(n).append("\"><a href=\"").append(batchPath).append("/candidates/")
                    .append(WebRoutes.idOf(doc.key())).append("\">").append(HtmlReport.escape(doc.file()))
                    .append("</a></h2>\n").append(CandidateSummary.render(doc))
                    .append("<h3>Findings and bullets</h3>\n")
                    .append(HtmlReport.candidateDetails("compare-" + n + "-details", doc, false)).append("</article>\n");
        }
        return out.append("</div>\n").toString();
    }
}
