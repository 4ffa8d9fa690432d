package org.resumepipeline.extract.segment;

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
                .map(w -> CJK.matcher(w).find() ? Pattern.quote(w)
                        : w.startsWith("-") ? "(?<=\\p{L})" + Pattern.quote(w.substring(1)) + "(?![\\p{L}\\d])"
                        : "(?<![\\p{L}\\d])" + Pattern.quote(w) + "(?![\\p{L}\\d])")
                .collect(Collectors.joining("|"));
    }
}
