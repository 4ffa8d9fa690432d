package org.resumepipeline.extract.layout;

import java.io.IOException;
import java.util.List;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/**
 * PDFBox's text stripper, marking a wide horizontal gap between two words of one line with a tab: a date or a place
 * set flush right on the line of a title or a bullet stays a field of its own ("Nexus AI, Co-Founder\tJune 2023 -
 * present") instead of running into the text. One instance per document; not thread-safe.
 */
final class GapMarkingStripper extends PDFTextStripper {
    /** A gap wider than this many times the font size is a column gap, not a space. */
    private static final float WIDE = 2.5f;
    private float lineEnd = Float.NaN;

    @Override
    protected void writeString(final String text, final List<TextPosition> positions) throws IOException {
        if (!positions.isEmpty()) {
            final TextPosition first = positions.get(0);
            if (!Float.isNaN(lineEnd) && first.getXDirAdj() - lineEnd > WIDE * first.getFontSizeInPt()) {
                writeString("\t");
            }
            final TextPosition last = positions.get(positions.size() - 1);
            lineEnd = last.getXDirAdj() + last.getWidthDirAdj();
        }
        super.writeString(text, positions);
    }

    @Override
    protected void writeLineSeparator() throws IOException {
        lineEnd = Float.NaN;
        super.writeLineSeparator();
    }
}
