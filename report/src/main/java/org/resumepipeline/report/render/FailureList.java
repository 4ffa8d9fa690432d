package org.resumepipeline.report.render;

import java.util.List;
import org.resumepipeline.model.DocumentResult;
import org.resumepipeline.report.BatchReport;

/** The list of documents that could not be scored, each with its reason, message and what to do. */
final class FailureList {
    private FailureList() {
    }

    static String render(final BatchReport report) {
        final List<DocumentResult> failed = report.documents().stream().filter(d -> !d.isScored()).toList();
        if (failed.isEmpty()) {
            return "";
        }
        final StringBuilder out = new StringBuilder("<section aria-labelledby=\"failures-heading\">\n")
                .append("<h2 id=\"failures-heading\">Documents that could not be scored (").append(failed.size())
                .append(")</h2>\n<ul class=\"failures\">\n");
        for (final DocumentResult doc : failed) {
            out.append("<li><strong>").append(Html.escape(doc.file())).append("</strong>\n");
            if (doc.failure() != null) {
                CandidateDetails.failure(out, doc.failure());
            }
            out.append("</li>\n");
        }
        return out.append("</ul>\n</section>\n").toString();
    }
}
