package org.resumepipeline.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.resumepipeline.extract.segment.Line;

/**
 * Tesseract reads a bullet glyph as whatever mark it resembles: {@code * ¢ « © ° + e}, sometimes two of them. A line
 * of OCR text that starts with such a mark and then a word is a bullet; without this its text would run on into the
 * bullet above. Stateless.
 */
final class OcrBullets {
    private static final Pattern MISREAD_MARKER = Pattern.compile(
            "^(?:[*•·¢«»©®°+>~■●◦▪-]{1,2}|[eo«](?=\\s+\\p{Lu}))\\s+(?=[\\p{L}\\p{N}\"'(])");

    private OcrBullets() {
    }

    /** @return the lines, those that start with a misread bullet marker as bullets without it */
    static List<Line> mark(final List<Line> lines) {
        final List<Line> marked = new ArrayList<>(lines.size());
        for (final Line line : lines) {
            final Matcher m = MISREAD_MARKER.matcher(line.text());
            marked.add(line.heading() || !m.find() ? line
                    : new Line(line.text().substring(m.end()), false, true, line.page(), line.indent()));
        }
        return marked;
    }
}
