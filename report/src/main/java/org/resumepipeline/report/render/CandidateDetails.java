package org.resumepipeline.report.render;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.resumepipeline.model.Contact;
import org.resumepipeline.model.DocumentFailure;
import org.resumepipeline.model.DocumentResult;
import org.resumepipeline.model.Finding;
import org.resumepipeline.model.JobMatch;
import org.resumepipeline.model.ScoredBullet;
import org.resumepipeline.model.ScoredRole;
import org.resumepipeline.model.Signal;

/**
 * The expandable part of one candidate: failure and what to do, or contact, job match, signal coverage, resume
 * findings, and every role and project with its bullets, findings highlighted on their spans, suggestions and
 * signals. Links from resumes are shown as text, never as live links. Thread-safe.
 */
final class CandidateDetails {
    private CandidateDetails() {
    }

    /**
     * @param id  the candidate's element id prefix, e.g. doc-1
     * @param doc the document
     * @return HTML for the details cell
     */
    static String render(final String id, final DocumentResult doc) {
        return render(id, doc, true);
    }

    /** @param whole false to leave out the heading (the section is then not a landmark) and the job-match list */
    static String render(final String id, final DocumentResult doc, final boolean whole) {
        final StringBuilder out = new StringBuilder();
        if (whole) {
            out.append("<section aria-labelledby=\"").append(id).append("-heading\">\n<h3 id=\"").append(id)
                    .append("-heading\">").append(Html.escape(doc.file())).append("</h3>\n");
        } else {
            out.append("<div class=\"details\">\n");
        }
        if (doc.failure() != null) {
            failure(out, doc.failure());
        }
        if (doc.isScored()) {
            facts(out, doc);
            if (whole && doc.jobMatch() != null) {
                jobMatch(out, doc.jobMatch());
            }
            coverage(out, doc.signalCoverage());
            if (!doc.findings().isEmpty()) {
                out.append("<h4>Resume findings</h4>\n");
                findings(out, doc.findings());
            }
            roles(out, id + "-role", "Experience", doc.roles());
            roles(out, id + "-project", "Projects", doc.projects());
        }
        return out.append(whole ? "</section>\n" : "</div>\n").toString();
    }

    static void failure(final StringBuilder out, final DocumentFailure failure) {
        final String reason = failure.reason() == null ? "UNKNOWN" : failure.reason().name();
        out.append("<div class=\"failure\"><p><strong>Failed: </strong>").append(Badges.rule(reason)).append("</p>\n");
        if (failure.message() != null && !failure.message().isBlank()) {
            out.append("<p>").append(Html.escape(failure.message())).append("</p>\n");
        }
        if (failure.reason() != null && !failure.reason().advice().equals(failure.message())) {
            out.append("<p><strong>What to do: </strong>").append(Html.escape(failure.reason().advice()))
                    .append("</p>\n");
        }
        if (failure.category() != null) {
            out.append("<p class=\"category\"><strong>Category: </strong>")
                    .append(Badges.rule(failure.category().name())).append(' ')
                    .append(Html.escape(failure.category().whatToDo())).append("</p>\n");
        }
        out.append("</div>\n");
    }

    private static void facts(final StringBuilder out, final DocumentResult doc) {
        out.append("<p class=\"meta\">");
        final Contact c = doc.contact();
        if (c != null) {
            appendFact(out, "Name", c.name());
            appendFact(out, "Email", c.email());
            appendFact(out, "Links", c.links().isEmpty() ? null : String.join(", ", c.links()));
        }
        appendFact(out, "Pages", doc.pages() == null ? null : doc.pages().toString());
        appendFact(out, "Ruleset", doc.rulesetVersion());
        appendFact(out, "Skills", doc.skills().isEmpty() ? null : String.join(", ", doc.skills()));
        appendFact(out, "Layout warnings", doc.warnings().isEmpty() ? null : String.join(", ", doc.warnings()));
        out.append("</p>\n");
    }

    private static void appendFact(final StringBuilder out, final String label, final String value) {
        if (value != null && !value.isBlank()) {
            out.append("<span>").append(Html.escape(label)).append(": ").append(Html.escape(value))
                    .append("</span><br>\n");
        }
    }

    private static void jobMatch(final StringBuilder out, final JobMatch m) {
        out.append("<h4>Job match: ").append(m.score()).append("%</h4>\n<ul>\n");
        listItem(out, "Required", m.required());
        listItem(out, "Named in the resume", m.named());
        listItem(out, "Backed by a bullet", m.backed());
        listItem(out, "Missing", m.missing());
        out.append("</ul>\n");
    }

    private static void listItem(final StringBuilder out, final String label, final List<String> values) {
        out.append("<li>").append(Html.escape(label)).append(": ")
                .append(values == null || values.isEmpty() ? "none" : Html.escape(String.join(", ", values)))
                .append("</li>\n");
    }

    private static void coverage(final StringBuilder out, final Map<String, Boolean> coverage) {
        if (coverage.isEmpty()) {
            return;
        }
        final List<String> covered = new ArrayList<>();
        final List<String> missing = new ArrayList<>();
        new TreeMap<>(coverage).forEach((area, yes) -> (Boolean.TRUE.equals(yes) ? covered : missing).add(area));
        out.append("<p class=\"meta\">Signal coverage: covered: ")
                .append(covered.isEmpty() ? "none" : Html.escape(String.join(", ", covered)))
                .append("; not covered: ")
                .append(missing.isEmpty() ? "none" : Html.escape(String.join(", ", missing))).append("</p>\n");
    }

    private static void roles(final StringBuilder out, final String id, final String heading,
                              final List<ScoredRole> roles) {
        if (roles.isEmpty()) {
            return;
        }
        out.append("<h4>").append(Html.escape(heading)).append("</h4>\n");
        int n = 0;
        for (final ScoredRole role : roles) {
            n++;
            out.append("<div class=\"role\" id=\"").append(id).append('-').append(n).append("\">\n<p><strong>")
                    .append(Html.escape(role.title())).append("</strong>");
            if (role.company() != null && !role.company().isBlank()) {
                out.append(", ").append(Html.escape(role.company()));
            }
            if (role.dates() != null && !role.dates().isBlank()) {
                out.append(" <span class=\"muted\">(").append(Html.escape(role.dates())).append(")</span>");
            }
            out.append("</p>\n<ol class=\"bullets\">\n");
            for (final ScoredBullet bullet : role.bullets()) {
                bullet(out, bullet);
            }
            out.append("</ol>\n</div>\n");
        }
    }

    private static void bullet(final StringBuilder out, final ScoredBullet b) {
        out.append("<li class=\"bullet-item\">\n<p class=\"bullet\">")
                .append(SpanHighlighter.highlight(b.text(), b.findings()))
                .append("</p>\n<p class=\"meta\">Bullet score ").append(b.score()).append(' ')
                .append(Badges.grade(b.grade()));
        if (!b.signals().isEmpty()) {
            out.append(" &middot; Signals: ");
            for (int i = 0; i < b.signals().size(); i++) {
                out.append(i > 0 ? ", " : "").append(signal(b.text(), b.signals().get(i)));
            }
        }
        out.append("</p>\n");
        if (!b.findings().isEmpty()) {
            findings(out, b.findings());
        }
        out.append("</li>\n");
    }

    private static String signal(final String text, final Signal s) {
        final String id = Badges.rule(s.signal());
        if (text == null || s.start() == null || s.end() == null) {
            return id;
        }
        final int start = Math.max(0, Math.min(s.start(), text.length()));
        final int end = Math.max(start, Math.min(s.end(), text.length()));
        return start == end ? id : id + " &ldquo;" + Html.escape(text.substring(start, end)) + "&rdquo;";
    }

    private static void findings(final StringBuilder out, final List<Finding> findings) {
        out.append("<ul class=\"findings\">\n");
        for (final Finding f : findings) {
            out.append("<li>").append(Badges.severity(f.severity())).append(' ').append(Badges.rule(f.rule()));
            if (f.message() != null && !f.message().isBlank()) {
                out.append(": ").append(Html.escape(f.message()));
            }
            if (f.suggestion() != null && !f.suggestion().isBlank()) {
                out.append(" <strong>Suggestion:</strong> ").append(Html.escape(f.suggestion()));
            }
            out.append("</li>\n");
        }
        out.append("</ul>\n");
    }
}
