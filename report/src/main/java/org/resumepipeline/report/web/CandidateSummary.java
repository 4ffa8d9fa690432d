package org.resumepipeline.report.web;

import java.util.Map;
import java.util.TreeMap;
import org.resumepipeline.model.DocumentResult;
import org.resumepipeline.report.render.DocumentFindings;
import org.resumepipeline.report.render.HtmlReport;

/** The key facts of a candidate as a description list: status, score, grade, job match, coverage, top rules. */
final class CandidateSummary {
    private CandidateSummary() {
    }

    static String render(final DocumentResult doc) {
        final StringBuilder out = new StringBuilder("<dl class=\"facts\">\n");
        fact(out, "Status", doc.status());
        if (doc.isScored()) {
            fact(out, "Score", doc.score() == null ? "–" : doc.score().toString());
            fact(out, "Grade", doc.grade());
            if (doc.jobMatch() != null) {
                fact(out, "Job match", doc.jobMatch().score() + "%");
            }
            if (doc.hasLowCoverage()) {
                fact(out, "Read well", "no: " + doc.lowCoverageNote());
            }
            fact(out, "Roles", Integer.toString(doc.roles().size()));
            fact(out, "Bullets", Long.toString(doc.roles().stream().mapToLong(r -> r.bullets().size()).sum()));
            final Map<String, Boolean> coverage = new TreeMap<>(doc.signalCoverage());
            final StringBuilder covered = new StringBuilder();
            coverage.forEach((area, yes) -> {
                if (Boolean.TRUE.equals(yes)) {
                    covered.append(covered.length() == 0 ? "" : ", ").append(area);
                }
            });
            fact(out, "Signals covered", covered.length() == 0 ? "none" : covered.toString());
            fact(out, "Top findings", String.join(", ", DocumentFindings.topRules(doc, 3)));
        } else if (doc.failure() != null && doc.failure().reason() != null) {
            fact(out, "Reason", doc.failure().reason().name());
            fact(out, "What to do", doc.failure().reason().advice());
            fact(out, "Category", doc.failure().category().name());
            fact(out, "Next step", doc.failure().category().whatToDo());
        }
        return out.append("</dl>\n").toString();
    }

    private static void fact(final StringBuilder out, final String name, final String value) {
        out.append("<div><dt>").append(HtmlReport.escape(name)).append("</dt><dd>")
                .append(HtmlReport.escape(value == null || value.isBlank() ? "–" : value)).append("</dd></div>\n");
    }
}
