package org.resumepipeline.extract.segment;

import java.util.Arrays;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Group labels printed before their items without a colon: "Programming Languages C" gives "C", "DevOps AWS" gives
 * "AWS", "Languages golang" gives "golang". A label is one or more label words ending in a head word
 * ({@link SkillWords}). Thread-safe (immutable).
 */
final class SkillLabels {
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern DASHES = Pattern.compile("[‐‑‒–—]");

    private final SkillWords words;

    SkillLabels(final SkillWords words) {
        this.words = words;
    }

    /**
     * @param item the first item of a skills row
     * @return the item without its leading label; the item itself when it has none
     */
    String strip(final String item) {
        final String[] tokens = SPACES.split(item.strip());
        final int end = labelEnd(tokens);
        if (end <= 0 || end == tokens.length) {
            return item.strip();
        }
        return String.join(" ", Arrays.copyOfRange(tokens, end, tokens.length));
    }

    /** @return true when the whole text is a group label ("Operating Systems", "Development Tools") */
    boolean isLabel(final String text) {
        final String[] tokens = SPACES.split(text.strip());
        return labelEnd(tokens) == tokens.length;
    }

    /** @return how many leading tokens form a label (ending in a head word), 0 when none */
    private int labelEnd(final String[] tokens) {
        int end = 0;
        for (int i = 0; i < tokens.length; i++) {
            final String[] parts = key(tokens[i]).split("/");
            boolean known = true;
            for (final String p : parts) {
                known &= words.heads().contains(p) || words.labels().contains(p);
            }
            if (!known) {
                break;
            }
            if (words.heads().contains(parts[parts.length - 1])) {
                end = i + 1;
            }
        }
        return end;
    }

    private static String key(final String token) {
        return DASHES.matcher(token.toLowerCase(Locale.ROOT)).replaceAll("-").replaceAll("^/+|[:/]+$", "");
    }
}
