package org.resumepipeline.report.render;

import java.util.Locale;
import org.resumepipeline.model.DocumentResult;

/** Small inline pieces: grade and severity badges, rule ids. Thread-safe. */
final class Badges {
    private Badges() {
    }

    /** @return a grade badge (strong, fair, weak, failed); the grade is written out, never shown by colour alone */
    static String grade(final String grade) {
        final String g = grade == null ? "" : grade.toLowerCase(Locale.ROOT);
        final String css = switch (g) {
            case "strong", "fair", "weak", "failed" -> g;
            default -> "failed";
        };
        return "<span class=\"badge grade-" + css + "\">" + Html.escape(g.isEmpty() ? "none" : g) + "</span>";
    }

    /** @return a severity badge */
    static String severity(final String severity) {
        final Severity s = Severity.of(severity);
        return "<span class=\"badge sev-" + s.css() + "\">" + Html.escape(severity == null ? "?" : severity)
                + "</span>";
    }

    /**
     * @return the badge of a document the extractor could not read well (warning LOW_COVERAGE), shown beside its
     *         score: "Low coverage: 38% of the text read" ("Low coverage" without the figure), with a title saying
     *         what it means; "" without the warning
     */
    static String lowCoverage(final DocumentResult doc) {
        if (!doc.hasLowCoverage()) {
            return "";
        }
        final Integer percent = doc.coveragePercent();
        final String text = percent == null ? "Low coverage" : "Low coverage: " + percent + "% of the text read";
        final String title = "We could not read this resume well"
                + (percent == null ? "" : ": the structure found covers " + percent + "% of its text")
                + ", so its score may be too low. Check the file itself (" + doc.lowCoverageNote() + ").";
        return "<span class=\"badge low-coverage\" title=\"" + Html.escape(title) + "\">" + Html.escape(text)
                + "</span>";
    }

    /** @return a rule id in code style */
    static String rule(final String rule) {
        return "<code class=\"rule\">" + Html.escape(rule) + "</code>";
    }
}
