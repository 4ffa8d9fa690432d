package org.resumepipeline.report.web;

import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import org.resumepipeline.http.BrowserSessions;
import org.resumepipeline.http.HttpResponses;
import org.resumepipeline.report.render.HtmlReport;

/**
 * The shell of every web app page: header with navigation, a skip link, the CSRF token of the session for the
 * page's script, and the security headers (a Content-Security-Policy allowing only this server's own script and
 * style files, no framing, no referrer). Thread-safe.
 */
final class WebPage {
    /** Only our own files: no inline script or style, no other origin, no framing. */
    static final String CSP = "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
            + "connect-src 'self'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'";

    private WebPage() {
    }

    /**
     * @param title   the page title, untrusted
     * @param session the session when logged in, or null
     * @param script  the script file under /assets/ the page runs, or null
     * @param body    the body HTML, already escaped
     * @return the whole document
     */
    static String render(final String title, final BrowserSessions.Session session, final String script,
                         final String body) {
        final StringBuilder out = new StringBuilder("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n")
                .append("<meta charset=\"utf-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
        if (session != null) {
            out.append("<meta name=\"rp-csrf\" content=\"").append(HtmlReport.escape(session.csrf())).append("\">\n");
        }
        out.append("<title>").append(HtmlReport.escape(title)).append(" · Resume pipeline</title>\n")
                .append("<link rel=\"stylesheet\" href=\"/assets/app.css\">\n");
        if (script != null) {
            out.append("<script src=\"/assets/").append(script).append("\" defer></script>\n");
        }
        out.append("</head>\n<body>\n<a class=\"skip\" href=\"#main\">Skip to content</a>\n")
                .append("<header class=\"top\"><nav aria-label=\"Main\"><a class=\"brand\" href=\"/\">Resume pipeline</a>")
                .append("<a href=\"/\">New batch</a><a href=\"/batches\">Batches</a></nav></header>\n")
                .append("<main id=\"main\" tabindex=\"-1\">\n").append(body).append("</main>\n</body>\n</html>\n");
        return out.toString();
    }

    /** Sends a page with the security headers. */
    static void send(final HttpExchange exchange, final int status, final String html) throws IOException {
        secure(exchange);
        HttpResponses.send(exchange, status, "text/html; charset=utf-8", html);
    }

    /** Sets the headers every web app response carries. */
    static void secure(final HttpExchange exchange) {
        exchange.getResponseHeaders().set("Content-Security-Policy", CSP);
        exchange.getResponseHeaders().set("X-Frame-Options", "DENY");
        exchange.getResponseHeaders().set("Referrer-Policy", "no-referrer");
        exchange.getResponseHeaders().set("Cache-Control", "no-store");
    }
}
