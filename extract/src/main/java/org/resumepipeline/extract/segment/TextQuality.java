package org.resumepipeline.extract.segment;

import java.util.List;

/** Signs of text that did not survive extraction: replacement characters, icon-font glyphs, "(cid:NN)" codes. */
final class TextQuality {
    private static final double GARBLED_RATIO = 0.02;

    private TextQuality() {
    }

    static boolean garbled(final List<Line> raw) {
        long bad = 0;
        long total = 0;
        for (final Line l : raw) {
            final String t = l.text();
            int i = 0;
            while (i < t.length()) {
                final int cp = t.codePointAt(i);
                i += Character.charCount(cp);
                if (Character.isWhitespace(cp)) {
                    continue;
                }
                total++;
                final boolean privateUse = cp >= 0xE000 && cp <= 0xF8FF && cp != 0xF0B7 && cp != 0xF0A7;
                if (cp == 0xFFFD || privateUse || Character.getType(cp) == Character.CONTROL) {
                    bad++;
                }
            }
            if (t.contains("(cid:")) {
                bad += 5;
            }
        }
        return total > 0 && (double) bad / total > GARBLED_RATIO;
    }
}
