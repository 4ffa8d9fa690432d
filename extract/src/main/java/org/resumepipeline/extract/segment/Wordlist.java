package org.resumepipeline.extract.segment;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.resumepipeline.extract.text.ResourceLines;

/** Word lists kept as resources beside the segmenter's classes: one entry a line, "#" lines are comments. */
final class Wordlist {
    /** Han and kana: words in these scripts are matched inside text, which has no spaces between words. */
    private static final Pattern CJK = Pattern.compile("[\\p{IsHan}\\p{IsHiragana}\\p{IsKatakana}]");

    private Wordlist() {
    }

    /** @return the entries of the resource, stripped, in file order */
    static List<String> read(final String resource) {
        return ResourceLines.read(Wordlist.class, resource);
    }

    /**
     * @return the entries as a regular expression alternation, longest first: whole words, but Chinese and
     *         Japanese ones anywhere, and one written "-ending" at the end of a longer word
     */
    static String alternation(final String resource) {
        return read(resource).stream().sorted(Comparator.comparing(String::length).reversed())
                .map(Wordlist::fragment).collect(Collectors.joining("|"));
    }

    /**
     * @return the same entries as {@link #alternation}, matching the same texts, for a pattern compiled
     *         case-insensitive with Unicode case: the whole words grouped by first letter ({@link Alternation}) under
     *         one pair of word boundaries, so that a find tries a few branches at each position instead of one per
     *         entry. Which entry matches first may differ; use it where only whether one matches counts.
     */
    static String anyOf(final String resource) {
        final List<String> whole = new ArrayList<>();
        final List<String> other = new ArrayList<>();
        read(resource).stream().sorted(Comparator.comparing(String::length).reversed()).forEach(w -> {
            if (!CJK.matcher(w).find() && !w.startsWith("-") && Character.isLetter(w.charAt(0))) {
                whole.add(w.charAt(0) + Pattern.quote(w.substring(1)));
            } else {
                other.add(fragment(w));
            }
        });
        final List<String> parts = new ArrayList<>(other);
        if (!whole.isEmpty()) {
            parts.add(0, "(?<![\\p{L}\\d])" + Alternation.byFirstLetter(whole) + "(?![\\p{L}\\d])");
        }
        return String.join("|", parts);
    }

    private static String fragment(final String w) {
        return CJK.matcher(w).find() ? Pattern.quote(w)
                : w.startsWith("-") ? "(?<=\\p{L})" + Pattern.quote(w.substring(1)) + "(?![\\p{L}\\d])"
                : "(?<![\\p{L}\\d])" + Pattern.quote(w) + "(?![\\p{L}\\d])";
    }
}
