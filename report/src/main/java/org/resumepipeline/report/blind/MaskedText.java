package org.resumepipeline.report.blind;

import java.util.List;

/**
 * A text after masking, with where each masked span went, so the character spans of findings and signals found
 * in the original text still point at the same words. Immutable.
 *
 * @param text  the masked text
 * @param spans the masked spans, in order, not overlapping
 */
record MaskedText(String text, List<Span> spans) {
    /**
     * One replaced span: {@code [from, to)} of the original became {@code [newFrom, newTo)}.
     */
    record Span(int from, int to, int newFrom, int newTo) {
    }

    /**
     * @param offset an offset in the original text
     * @param isEnd  true for the exclusive end of a span (inside a masked span it moves to the mask's end)
     * @return the offset in the masked text
     */
    int map(final int offset, final boolean isEnd) {
        int delta = 0;
        for (final Span s : spans) {
            if (offset >= s.to()) {
                delta = s.newTo() - s.to();
            } else if (offset > s.from()) {
                return isEnd ? s.newTo() : s.newFrom();
            } else {
                break;
            }
        }
        return Math.max(0, Math.min(text.length(), offset + delta));
    }
}
