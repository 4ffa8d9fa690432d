package org.resumepipeline.report.render;

import java.util.Locale;

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

    /** @return a rule id in code style */
    static String rule(final String rule) {
        return "<code class=\"rule\">" + Html.escape(rule) + "</code>";
    }
}
