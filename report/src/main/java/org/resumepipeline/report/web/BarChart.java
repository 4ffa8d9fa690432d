package org.resumepipeline.report.web;

import java.util.List;
import java.util.Locale;
import org.resumepipeline.report.render.HtmlReport;

/**
 * A horizontal bar chart drawn as inline SVG on the server: one labelled bar per value, the value written at the
 * bar's end, a title and a description for screen readers, presentation attributes only (no style attribute, so
 * the page's Content-Security-Policy holds) and dark fills that print. Thread-safe.
 */
final class BarChart {
    private static final int WIDTH = 560;
    private static final int LABEL = 190;
    private static final int BAR = 18;
    private static final int GAP = 6;

    /**
     * @param label the bar's label, untrusted
     * @param value its length, 0..max
     * @param text  what is written at its end
     */
    record Bar(String label, double value, String text) {
    }

    private BarChart() {
    }

    /**
     * @param id      element id prefix
     * @param title   the chart's title
     * @param summary one sentence saying what it shows, for screen readers and the caption
     * @param bars    the bars, in order
     * @param max     the value of a full-length bar
     * @return a {@code figure} with the SVG and its caption
     */
    static String render(final String id, final String title, final String summary, final List<Bar> bars,
                         final double max) {
        final int height = Math.max(1, bars.size()) * (BAR + GAP) + GAP;
        final StringBuilder out = new StringBuilder("<figure class=\"chart\" id=\"").append(id).append("\">\n")
                .append("<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" width=\"").append(WIDTH)
                .append("\" height=\"").append(height).append("\" viewBox=\"0 0 ").append(WIDTH).append(' ')
                .append(height).append("\" aria-labelledby=\"").append(id).append("-title ").append(id)
                .append("-desc\">\n<title id=\"").append(id).append("-title\">").append(HtmlReport.escape(title))
                .append("</title>\n<desc id=\"").append(id).append("-desc\">").append(HtmlReport.escape(summary))
                .append(' ').append(HtmlReport.escape(described(bars))).append("</desc>\n");
        if (bars.isEmpty()) {
            out.append("<text x=\"0\" y=\"16\" font-size=\"13\" fill=\"#4a5560\">Nothing to show yet</text>\n");
        }
        final int room = WIDTH - LABEL - 110;
        int y = GAP;
        for (final Bar bar : bars) {
            final double share = max <= 0 ? 0 : Math.max(0, Math.min(1, bar.value() / max));
            final int length = (int) Math.round(share * room);
            out.append("<text x=\"").append(LABEL - 8).append("\" y=\"").append(y + BAR - 5)
                    .append("\" text-anchor=\"end\" font-size=\"13\" fill=\"#1b1f24\">")
                    .append(HtmlReport.escape(shorten(bar.label()))).append("</text>")
                    .append("<rect x=\"").append(LABEL).append("\" y=\"").append(y).append("\" width=\"")
                    .append(Math.max(length, 1)).append("\" height=\"").append(BAR)
                    .append("\" fill=\"#0b57d0\"></rect>")
                    .append("<text x=\"").append(LABEL + Math.max(length, 1) + 6).append("\" y=\"")
                    .append(y + BAR - 5).append("\" font-size=\"13\" fill=\"#1b1f24\">")
                    .append(HtmlReport.escape(bar.text())).append("</text>\n");
            y += BAR + GAP;
        }
        return out.append("</svg>\n<figcaption>").append(HtmlReport.escape(title)).append(": ")
                .append(HtmlReport.escape(summary)).append("</figcaption>\n</figure>\n").toString();
    }

    private static String described(final List<Bar> bars) {
        final StringBuilder out = new StringBuilder();
        for (final Bar bar : bars) {
            out.append(out.length() == 0 ? "" : "; ").append(bar.label()).append(": ").append(bar.text());
        }
        return out.toString();
    }

    private static String shorten(final String label) {
        return label.length() <= 24 ? label : label.substring(0, 23) + "…";
    }

    /** @return a percentage as text */
    static String percent(final double share) {
        return String.format(Locale.ROOT, "%d%%", Math.round(share * 100));
    }
}
