package org.resumepipeline.extract.segment;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Writes a regular expression alternation of words grouped by their first letter: "(?:j(?:anuary|an)|f(?:eb))"
 * instead of "(?:january|jan|feb)". Both match the same text, with the same preference, under case-insensitive
 * Unicode matching: two words whose first letters differ (case folded as {@link java.util.regex.Pattern} folds them)
 * cannot both match at one position, and within a group the words keep their order. The grouped form is tried in a
 * few steps at each position instead of once per word (the month names of twelve languages are 270 words).
 */
final class Alternation {
    private Alternation() {
    }

    /**
     * @param words regular expression fragments that each start with a literal letter, in order of preference
     * @return a non-capturing group matching any of them, for a pattern compiled case-insensitive with Unicode case
     */
    static String byFirstLetter(final List<String> words) {
        final Map<Integer, List<String>> groups = new LinkedHashMap<>();
        for (final String word : words) {
            if (word.isEmpty() || !Character.isLetter(word.charAt(0))) {
                throw new IllegalArgumentException("a word of the alternation does not start with a letter");
            }
            groups.computeIfAbsent(folded(word.charAt(0)), k -> new ArrayList<>()).add(word);
        }
        return groups.values().stream().map(group -> group.get(0).charAt(0) + "(?:" + group.stream()
                .map(w -> w.substring(1)).collect(Collectors.joining("|")) + ")")
                .collect(Collectors.joining("|", "(?:", ")"));
    }

    /** The case folding of {@code Pattern}'s case-insensitive Unicode matching of one character. */
    private static int folded(final char c) {
        return Character.toLowerCase(Character.toUpperCase(c));
    }
}
