package org.resumepipeline.report.render;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;

/**
 * The page shell shared by the report pages: inline CSS, a few lines of inline JS for the expand buttons, and a
 * Content-Security-Policy that allows only those exact inline blocks (by hash), so injected markup could not run
 * even if escaping were ever missed. Thread-safe.
 */
final class HtmlPage {
    static final String CSS = """
            :root{--fg:#1b1f24;--muted:#4a5560;--bg:#fff;--line:#c9d1d9;--head:#eef1f4;--focus:#0b57d0}
            *{box-sizing:border-box}
            body{font:15px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,"Noto Sans",sans-serif;color:var(--fg);\
            background:var(--bg);margin:0 auto;padding:1rem 1.5rem 3rem;max-width:1200px}
            h1{font-size:1.6rem;margin:.2rem 0 1rem}h2{font-size:1.25rem;margin:1.6rem 0 .6rem}
            h3{font-size:1.1rem;margin:.4rem 0 .6rem}h4{font-size:1rem;margin:1rem 0 .3rem}
            table{border-collapse:collapse;width:100%;margin:.4rem 0 1rem}
            caption{text-align:left;font-weight:600;padding:.3rem 0;color:var(--fg)}
            th,td{border-bottom:1px solid var(--line);padding:.4rem .5rem;text-align:left;vertical-align:top}
            thead th{background:var(--head)}
            td.num,th.num{text-align:right;font-variant-numeric:tabular-nums}
            .cards{display:flex;flex-wrap:wrap;gap:.6rem;margin:0;padding:0}
            .cards div{border:1px solid var(--line);border-radius:6px;padding:.5rem .8rem;min-width:8rem}
            .cards dt{font-size:.85rem;color:var(--muted)}.cards dd{margin:0;font-size:1.3rem;font-weight:600}
            .grid{display:grid;grid-template-columns:repeat(auto-fit,minmax(260px,1fr));gap:0 1.5rem}
            .badge{display:inline-block;border-radius:999px;padding:0 .55rem;font-size:.85rem;font-weight:600;\
            border:1px solid currentColor;white-space:nowrap}
            .grade-strong{color:#0a5c24;background:#dcf3e3}.grade-fair{color:#6a4500;background:#fff0c7}
            .grade-weak{color:#8f1d1d;background:#fde3e3}.grade-failed{color:#3b3b3b;background:#e6e6e6}
            .sev-error{background:#ffd7d5;color:#6d0f0b}.sev-warn{background:#ffeeb0;color:#4d3800}
            .sev-info{background:#d8e8ff;color:#0a3069}.sev-other{background:#e6e6e6;color:#222}
            .low-coverage{color:#6d0f0b;background:#fff1e0;white-space:normal;text-align:left}
            mark{border-radius:3px;padding:0 1px;border-bottom:2px solid currentColor}
            mark.overlap{border-bottom-style:double;border-bottom-width:3px}
            .rule{font-family:ui-monospace,SFMono-Regular,Menlo,Consolas,monospace;font-size:.85rem}
            button.toggle{font:inherit;font-size:.9rem;padding:.25rem .7rem;border:1px solid #0b57d0;color:#0b57d0;\
            background:#fff;border-radius:4px;cursor:pointer}
            button.toggle[aria-expanded=true]{background:#0b57d0;color:#fff}
            a{color:#0b57d0}
            :focus-visible{outline:3px solid var(--focus);outline-offset:2px}
            tr.details>td{background:#f8f9fa;padding:.8rem 1rem 1.2rem}
            ol.bullets{padding-left:1.4rem}ol.bullets>li{margin:.5rem 0 .9rem}
            .bullet{margin:.1rem 0}.meta,.muted{color:var(--muted);font-size:.9rem}
            ul.findings{margin:.2rem 0;padding-left:1.2rem}ul.findings li{margin:.15rem 0}
            .failure{border-left:4px solid #8f1d1d;padding:.3rem .8rem;background:#fdf2f2}
            .vh{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap}
            progress{width:8rem;vertical-align:middle}
            """;
    static final String NOSCRIPT_CSS = "tr.details[hidden]{display:table-row}button.toggle{display:none}";
    static final String JS = """
            document.querySelectorAll('button.toggle').forEach(function (b) {
              b.addEventListener('click', function () {
                var open = b.getAttribute('aria-expanded') !== 'true';
                b.setAttribute('aria-expanded', String(open));
                document.getElementById(b.getAttribute('aria-controls')).hidden = !open;
              });
            });
            (function (m) { var t = m && document.getElementById(m[1] + '-toggle'); if (t) { t.click(); t.focus(); } })(
              /^#(?:expand=)?(doc-[0-9]+)$/.exec(location.hash));
            """;
    private static final String CSP = "default-src 'none'; img-src data:; base-uri 'none'; form-action 'none'; "
            + "style-src " + hash(CSS) + " " + hash(NOSCRIPT_CSS) + "; script-src " + hash(JS);

    private HtmlPage() {
    }

    /**
     * @param title page title, untrusted
     * @param body  body HTML, already escaped
     * @return the whole document
     */
    static String page(final String title, final String body) {
        return "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
                + "<meta http-equiv=\"Content-Security-Policy\" content=\"" + CSP + "\">\n"
                + "<meta name=\"referrer\" content=\"no-referrer\">\n"
                + "<title>" + Html.escape(title) + "</title>\n"
                + "<style>" + CSS + "</style>\n"
                + "<noscript><style>" + NOSCRIPT_CSS + "</style></noscript>\n"
                + "</head>\n<body>\n<main>\n" + body + "</main>\n"
                + "<script>" + JS + "</script>\n</body>\n</html>\n";
    }

    private static String hash(final String inline) {
        try {
            final byte[] digest = MessageDigest.getInstance("SHA-256").digest(inline.getBytes(StandardCharsets.UTF_8));
            return "'sha256-" + Base64.getEncoder().encodeToString(digest) + "'";
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }
}
