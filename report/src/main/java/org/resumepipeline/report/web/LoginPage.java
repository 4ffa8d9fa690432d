package org.resumepipeline.report.web;

import org.resumepipeline.report.render.HtmlReport;

/**
 * {@code GET /login}: asked once when the server has an API token; a right token starts a browser session (an
 * HttpOnly, SameSite=Strict cookie), so the token itself never goes into a page. Thread-safe.
 */
final class LoginPage {
    private LoginPage() {
    }

    /** @param error what was wrong with the last attempt, or null */
    static String body(final String error) {
        final StringBuilder out = new StringBuilder("<h1>Log in</h1>\n")
                .append("<p class=\"lead\">This server asks for its API token (<code>RP_API_TOKEN</code>) before ")
                .append("anyone uploads or reads resumes. You type it once; the browser keeps a session.</p>\n")
                .append("<form method=\"post\" action=\"/login\" class=\"login\">\n<div class=\"field\">")
                .append("<label for=\"token\">API token</label>\n")
                .append("<input id=\"token\" name=\"token\" type=\"password\" required autocomplete=\"current-password\"");
        if (error != null) {
            out.append(" aria-invalid=\"true\" aria-describedby=\"login-error\"");
        }
        out.append(">\n");
        if (error != null) {
            out.append("<p id=\"login-error\" class=\"error\" role=\"alert\">").append(HtmlReport.escape(error))
                    .append("</p>\n");
        }
        return out.append("</div>\n<p><button type=\"submit\" class=\"primary\">Log in</button></p>\n</form>\n")
                .toString();
    }
}
