package org.resumepipeline.extract.segment;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** Word lists kept as resources beside the segmenter's classes: one entry a line, "#" lines are comments. */
final class Wordlist {
    /** Han and kana: words in these scripts are matched inside text, which has no spaces between words. */
    private static final Pattern CJK = Pattern.compile("[\\p{IsHan}\\p{IsHiragana}\\p{IsKatakana}]");

    private Wordlist() {
    }

    /** @return the entries of the resource, stripped, in file order */
    static List<String> read(final String resource) {
        try (InputStream in = Wordlist.class.getResourceAsStream(resource)) {
            final String text = new String(Objects.requireNonNull(in, resource).readAllBytes(), StandardCharsets.UTF_8);
            final List<String> words = new ArrayList<>();
            for (final String line : text.split("\n")) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    words.add(line.strip());
                }
            }
            return List.copyOf(words);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
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
