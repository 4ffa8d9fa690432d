package org.resumepipeline.extract.language;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.resumepipeline.extract.text.ResourceLines;

/**
 * Tells that a text reads as a given language by its script and its function words ("the", "und", "для"): at least
 * {@link #MIN_WORDS} words that only that language of {@code function-words.tsv} uses, none that only another one
 * uses, and every letter in that language's script. The n-gram detector costs about as much on one bullet as on a
 * whole document; a bullet that reads as its document's language needs no detector.
 */
final class FunctionWords {
    private static final int MIN_WORDS = 2;
    private static final Set<String> CYRILLIC = Set.of("ru", "uk");

    /** Each function word listed for one language only, with that language. */
    private final Map<String, String> languageOfWord;
    private final Set<String> languages;

    FunctionWords() {
        final Map<String, Set<String>> languagesOfWord = new HashMap<>();
        final Set<String> listed = new HashSet<>();
        for (final String row : rows()) {
            final String[] cells = row.split("\\s+");
            listed.add(cells[0]);
            for (int i = 1; i < cells.length; i++) {
                languagesOfWord.computeIfAbsent(cells[i], w -> new HashSet<>()).add(cells[0]);
            }
        }
        final Map<String, String> unique = new HashMap<>();
        languagesOfWord.forEach((word, owners) -> {
            if (owners.size() == 1) {
                unique.put(word, owners.iterator().next());
            }
        });
        this.languageOfWord = Map.copyOf(unique);
        this.languages = Set.copyOf(listed);
    }

    /**
     * @param text     a bullet
     * @param language a language of {@code function-words.tsv} (other languages are never read this way)
     * @return true when the text reads as that language and as no other
     */
    boolean readsAs(final String text, final String language) {
        if (!languages.contains(language)) {
            return false;
        }
        final Character.UnicodeScript script = CYRILLIC.contains(language) ? Character.UnicodeScript.CYRILLIC
                : Character.UnicodeScript.LATIN;
        int ours = 0;
        int start = -1;
        for (int i = 0; i <= text.length(); ) {
            final int c = i < text.length() ? text.codePointAt(i) : ' ';
            if (Character.isLetter(c)) {
                if (Character.UnicodeScript.of(c) != script) {
                    return false;
                }
                if (start < 0) {
                    start = i;
                }
            } else if (start >= 0) {
                final String owner = languageOfWord.get(text.substring(start, i).toLowerCase(Locale.ROOT));
                if (owner != null && !owner.equals(language)) {
                    return false;
                }
                if (owner != null) {
                    ours++;
                }
                start = -1;
            }
            i += Character.charCount(c);
        }
        return ours >= MIN_WORDS;
    }

    private static List<String> rows() {
        return ResourceLines.read(FunctionWords.class, "function-words.tsv");
    }
}
