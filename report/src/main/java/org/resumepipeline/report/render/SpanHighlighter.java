package org.resumepipeline.report.render;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import org.resumepipeline.model.Finding;

/**
 * Renders a bullet's text as escaped HTML with its findings' character spans wrapped in {@code <mark>}.
 *
 * <p>Spans may overlap: the text is cut at every span boundary and each piece covered by at least one finding
 * becomes one {@code <mark>} whose title lists every finding covering it and whose class names the most severe
 * one, so marks never nest or cross. Spans outside the text are clamped; empty or reversed spans are ignored;
 * a boundary inside a surrogate pair moves past it. Thread-safe.
 */
final class SpanHighlighter {
    private SpanHighlighter() {
    }

    /**
     * @param text     the bullet text (untrusted)
     * @param findings the bullet's findings; those without a span are not highlighted
     * @return HTML for the bullet text
     */
    static String highlight(final String text, final List<Finding> findings) {
        final String s = text == null ? "" : text;
        final List<Finding> spans = new ArrayList<>();
        final TreeSet<Integer> cuts = new TreeSet<>(List.of(0, s.length()));
        for (final Finding f : findings) {
            if (f.start() == null || f.end() == null) {
                continue;
            }
            final int start = boundary(s, f.start());
            final int end = boundary(s, f.end());
            if (start < end) {
                spans.add(new Finding(f.rule(), f.severity(), f.message(), start, end, f.suggestion()));
                cuts.add(start);
                cuts.add(end);
            }
        }
        final StringBuilder out = new StringBuilder(s.length() * 2);
        Integer from = cuts.first();
        for (final Integer to : cuts.tailSet(from, false)) {
            piece(out, s, from, to, spans);
            from = to;
        }
        return out.toString();
    }

    private static void piece(final StringBuilder out, final String s, final int from, final int to,
                              final List<Finding> spans) {
        final List<Finding> covering = new ArrayList<>();
        Severity worst = Severity.OTHER;
        for (final Finding f : spans) {
            if (f.start() <= from && f.end() >= to) {
                covering.add(f);
                final Severity sev = Severity.of(f.severity());
                if (sev.compareTo(worst) < 0) {
                    worst = sev;
                }
            }
        }
        final String piece = Html.escape(s.substring(from, to));
        if (covering.isEmpty()) {
            out.append(piece);
            return;
        }
        final StringBuilder title = new StringBuilder();
        final StringBuilder rules = new StringBuilder();
        for (final Finding f : covering) {
            if (title.length() > 0) {
                title.append('\n');
                rules.append(' ');
            }
            title.append(f.rule()).append(" (").append(Severity.of(f.severity()).css()).append(')');
            if (f.message() != null && !f.message().isBlank()) {
                title.append(": ").append(f.message());
            }
            rules.append(f.rule());
        }
        out.append("<mark class=\"sev-").append(worst.css())
                .append(covering.size() > 1 ? " overlap" : "")
                .append("\" data-rules=\"").append(Html.escape(rules.toString()))
                .append("\" title=\"").append(Html.escape(title.toString())).append("\">")
                .append(piece).append("</mark>");
    }

    /** Clamps an index into the text and moves it off the middle of a surrogate pair. */
    private static int boundary(final String s, final int index) {
        int i = Math.max(0, Math.min(index, s.length()));
        if (i > 0 && i < s.length() && Character.isHighSurrogate(s.charAt(i - 1))
                && Character.isLowSurrogate(s.charAt(i))) {
            i++;
        }
        return i;
    }
}
