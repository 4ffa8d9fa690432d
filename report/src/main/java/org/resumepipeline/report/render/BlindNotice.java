package org.resumepipeline.report.render;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.resumepipeline.model.Reveal;
import org.resumepipeline.report.BatchReport;

/**
 * The "Blind review" section of a blind batch's pages: candidates go by pseudonym, and the audited reveals (who
 * revealed which pseudonym, when; never the identity). Empty for a batch that is not blind. Thread-safe.
 */
public final class BlindNotice {
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'", Locale.ROOT)
            .withZone(ZoneOffset.UTC);

    private BlindNotice() {
    }

    /** @return the section, or "" when the batch is not blind */
    public static String render(final BatchReport report) {
        if (!report.blind()) {
            return "";
        }
        final StringBuilder out = new StringBuilder("<section aria-labelledby=\"blind-heading\" class=\"blind\">\n")
                .append("<h2 id=\"blind-heading\">Blind review</h2>\n<p>Candidates are shown as \"Candidate\" and ")
                .append("four characters; names, contact details, links, addresses and personal details are ")
                .append("hidden. Scores are those of the full resumes. Revealing a candidate is recorded.</p>\n");
        if (report.reveals().isEmpty()) {
            return out.append("<p class=\"muted\">No candidate has been revealed.</p>\n</section>\n").toString();
        }
        out.append("<table class=\"reveals\">\n<caption>Reveals (").append(report.reveals().size())
                .append(")</caption>\n<thead><tr><th scope=\"col\">Candidate</th><th scope=\"col\">Revealed by</th>")
                .append("<th scope=\"col\">When</th></tr></thead>\n<tbody>\n");
        for (final Reveal r : report.reveals()) {
            out.append("<tr><td>").append(Html.escape(r.forgotten() ? "(forgotten)" : r.candidate()))
                    .append("</td><td>").append(Html.escape(r.by())).append("</td><td>")
                    .append(WHEN.format(Instant.ofEpochMilli(r.at()))).append("</td></tr>\n");
        }
        return out.append("</tbody>\n</table>\n</section>\n").toString();
    }
}
