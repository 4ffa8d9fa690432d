package org.resumepipeline.report.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.resumepipeline.model.DocumentResult;
import org.resumepipeline.model.JobMatch;
import org.resumepipeline.model.ResumeText;
import org.resumepipeline.model.ScoredBullet;
import org.resumepipeline.model.ScoredRole;
import org.resumepipeline.model.Section;
import org.resumepipeline.report.render.HtmlReport;

/**
 * {@code GET /batches/{b}/candidates/{id}}: one candidate. On the left the structure that was scored (roles and
 * bullets with findings highlighted on their spans and each suggestion beside them) and the job match with the
 * bullets that back each required skill; on the right the resume's text as extraction read it, section by
 * section. Thread-safe.
 */
final class CandidatePage {
    private CandidatePage() {
    }

    /**
     * @param doc  the candidate's DOC
     * @param text what extraction read, or null when this instance does not hold it
     */
    static String body(final String batchPath, final DocumentResult doc, final ResumeText text) {
        final StringBuilder out = new StringBuilder("<p class=\"crumbs\"><a href=\"").append(batchPath)
                .append("\">Back to batch ").append(HtmlReport.escape(doc.batch())).append("</a></p>\n")
                .append("<h1>").append(HtmlReport.escape(doc.file())).append("</h1>\n")
                .append(CandidateSummary.render(doc))
                .append("<div class=\"columns\">\n<section aria-labelledby=\"structure-heading\" class=\"column\">\n")
                .append("<h2 id=\"structure-heading\">What we scored</h2>\n");
        if (doc.jobMatch() != null) {
            jobMatch(out, doc);
        }
        out.append("<h3>Findings and bullets</h3>\n").append(HtmlReport.candidateDetails("candidate", doc, false))
                .append("</section>\n<section aria-labelledby=\"text-heading\" class=\"column text\">\n")
                .append("<h2 id=\"text-heading\">The resume as read</h2>\n");
        if (text == null) {
            out.append("<p class=\"muted\">").append(doc.isScored()
                    ? "The extracted text is held by another report instance, or was extracted before the report "
                    + "kept texts."
                    : "Nothing could be read from this file.").append("</p>\n");
        } else {
            resumeText(out, text);
        }
        return out.append("</section>\n</div>\n").toString();
    }

    private static void jobMatch(final StringBuilder out, final DocumentResult doc) {
        final JobMatch m = doc.jobMatch();
        out.append("<h3 id=\"job-match-heading\">Job match: ").append(m.score()).append("%</h3>\n")
                .append("<table class=\"job-match\" aria-labelledby=\"job-match-heading\">\n<thead><tr>")
                .append("<th scope=\"col\">Required skill</th><th scope=\"col\">In the resume</th>")
                .append("<th scope=\"col\">Backed by</th></tr></thead>\n<tbody>\n");
        for (final String skill : m.required()) {
            final boolean named = m.named().contains(skill);
            out.append("<tr><th scope=\"row\">").append(HtmlReport.escape(skill)).append("</th><td>")
                    .append(named ? "named" : "<strong>missing</strong>").append("</td><td>");
            final List<String> backing = backing(doc, skill);
            if (backing.isEmpty()) {
                out.append(m.backed().contains(skill) ? "a bullet" : "<span class=\"muted\">no bullet</span>");
            } else {
                out.append("<ul class=\"backing\">");
                backing.forEach(b -> out.append("<li>").append(HtmlReport.escape(b)).append("</li>"));
                out.append("</ul>");
            }
            out.append("</td></tr>\n");
        }
        out.append("</tbody>\n</table>\n");
    }

    /** @return the experience and project bullets that name the skill */
    static List<String> backing(final DocumentResult doc, final String skill) {
        final String needle = skill.toLowerCase(Locale.ROOT);
        final List<String> out = new ArrayList<>();
        for (final List<ScoredRole> roles : List.of(doc.roles(), doc.projects())) {
            for (final ScoredRole role : roles) {
                for (final ScoredBullet b : role.bullets()) {
                    if (b.text() != null && b.text().toLowerCase(Locale.ROOT).contains(needle)) {
                        out.add(b.text());
                    }
                }
            }
        }
        return out;
    }

    private static void resumeText(final StringBuilder out, final ResumeText text) {
        final var document = text.document();
        out.append("<p class=\"meta\">").append(HtmlReport.escape(document.format())).append(", ")
                .append(document.pages()).append(document.pages() == 1 ? " page" : " pages");
        if (text.extractorVersion() != null) {
            out.append(", extractor ").append(HtmlReport.escape(text.extractorVersion()));
        }
        out.append("</p>\n");
        if (document.summary() != null && !document.summary().isBlank()) {
            out.append("<h3>Summary</h3>\n<p class=\"read\">").append(HtmlReport.escape(document.summary()))
                    .append("</p>\n");
        }
        for (final Section section : document.sections()) {
            out.append("<h3>").append(HtmlReport.escape(section.heading() == null || section.heading().isBlank()
                    ? section.kind().name().toLowerCase(Locale.ROOT) : section.heading()))
                    .append(" <span class=\"muted\">(").append(section.kind().name().toLowerCase(Locale.ROOT))
                    .append(")</span></h3>\n<div class=\"read\">");
            for (final String line : section.lines()) {
                out.append("<p>").append(HtmlReport.escape(line)).append("</p>");
            }
            out.append("</div>\n");
        }
    }
}
