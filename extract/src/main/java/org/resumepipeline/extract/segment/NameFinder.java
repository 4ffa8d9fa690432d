package org.resumepipeline.extract.segment;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Finds the person's name: a line (or a cell of a header row) of two to five capitalised words that is no heading,
 * title, place or link label. Letter-spaced names ("J O H N   D O E") are joined; "CV" after the name and a name in
 * brackets ("Huang Haorui（黄浩睿）") are dropped. Among candidates, one whose words appear in the email address wins;
 * the lines above the first section come first, then the rest of the document (sidebars, footers). Thread-safe.
 */
final class NameFinder {
    private static final Set<String> NOT_NAME_WORDS = words();
    private static final Pattern CELLS = Pattern.compile("\\s*[|·•]\\s*|\\t|\\s{2,}|\\s+[—–]\\s+");
    private static final Pattern BRACKETS = Pattern.compile("\\s*[(（\\[][^)）\\]]*[)）\\]]\\s*");
    private static final Pattern TITLE_WORD = Pattern.compile(
            "\\s*\\b(?:cv|resume|résumé|curriculum vitae|lebenslauf)\\b\\s*$", Pattern.CASE_INSENSITIVE);
    private static final Pattern SPACED = Pattern.compile("^(?:\\p{L} )+\\p{L}(?:\\s{2,}(?:\\p{L} )+\\p{L})*$");
    private static final Pattern TOKEN = Pattern.compile("\\p{Lu}[\\p{L}'’-]+\\.?|\\p{Lu}\\.");
    private static final Set<String> PARTICLES = Set.of("da", "de", "di", "do", "dos", "das", "del", "della", "der",
            "den", "van", "von", "la", "le", "du", "bin", "al", "ibn", "y", "e", "ten", "ter");
    private static final Pattern HAN = Pattern.compile("^\\p{IsHan}{2,4}$");
    private static final Pattern WORDS = Pattern.compile("\\s+");
    private static final Pattern CONTACT = Pattern.compile("@[\\w-]+\\.|\\+?\\d[\\d ().-]{8,}\\d|linkedin\\.com|github\\.com",
            Pattern.CASE_INSENSITIVE);
    private static final int MAX_TOKENS = 5;
    private static final int MAX_LENGTH = 48;
    private static final int TOP_LINES = 8;
    private static final int DOCUMENT_LINES = 60;
    private static final int AFFINITY = 20;

    private NameFinder() {
    }

    private static Set<String> words() {
        return new HashSet<>(Wordlist.read("contact-words.txt"));
    }

    /**
     * @param top   lines above the first section (and a contact section)
     * @param all   every line of the document
     * @param email the email found, or null
     * @return the name, or null
     */
    static String find(final List<Line> top, final List<Line> all, final String email) {
        final String inTop = inTop(top, email);
        return inTop != null ? inTop : inDocument(top, all, email);
    }

    /** @return the best name among the lines above the first section */
    static String inTop(final List<Line> top, final String email) {
        final String local = email == null ? "" : fold(email.substring(0, Math.max(0, email.indexOf('@'))));
        String best = null;
        int bestScore = Integer.MIN_VALUE;
        for (int i = 0; i < Math.min(top.size(), TOP_LINES); i++) {
            for (final String c : candidates(top.get(i).text())) {
                final int score = score(c, local) - i;
                if (score > bestScore) {
                    best = c;
                    bestScore = score;
                }
            }
        }
        return best;
    }

    /**
     * @return a name elsewhere in the document (a sidebar, a footer): a line whose words are in the email, or a
     *         name-shaped line next to a contact line
     */
    static String inDocument(final List<Line> top, final List<Line> all, final String email) {
        final String local = email == null ? "" : fold(email.substring(0, Math.max(0, email.indexOf('@'))));
        String best = null;
        int bestScore = Integer.MIN_VALUE;
        for (int i = 0; i < Math.min(all.size(), DOCUMENT_LINES); i++) {
            if (all.get(i).bullet()) {
                continue;
            }
            final boolean nearContact = nearContact(all, i);
            for (final String c : candidates(all.get(i).text())) {
                final int affinity = score(c, local);
                if (affinity == 0 && !nearContact) {
                    continue;
                }
                final int score = affinity - i / 4;
                if (score > bestScore) {
                    best = c;
                    bestScore = score;
                }
            }
        }
        return best;
    }

    private static boolean nearContact(final List<Line> all, final int at) {
        for (int j = Math.max(0, at - 3); j < Math.min(all.size(), at + 4); j++) {
            if (j != at && CONTACT.matcher(all.get(j).text()).find()) {
                return true;
            }
        }
        return false;
    }

    private static int score(final String candidate, final String local) {
        if (local.isEmpty()) {
            return 0;
        }
        for (final String w : WORDS.split(fold(candidate))) {
            if (w.length() >= 3 && local.contains(w.replace("-", "").replace("'", ""))) {
                return AFFINITY;
            }
        }
        return 0;
    }

    /** @return the name-shaped texts of a line: the line itself, each cell of a header row, a leading name */
    static List<String> candidates(final String raw) {
        final List<String> out = new ArrayList<>();
        String text = raw.strip();
        if (SPACED.matcher(text).matches()) {
            final StringBuilder joined = new StringBuilder();
            for (final String group : text.split("\\s{2,}")) {
                joined.append(joined.length() > 0 ? " " : "").append(group.replace(" ", ""));
            }
            text = joined.toString();
        }
        addIfName(out, text);
        for (final String cell : CELLS.split(text)) {
            addIfName(out, cell);
        }
        // "Adriel Avila Web CV: thexpert507.github.io/cv": the capitalised words before a label
        final String[] tokens = WORDS.split(text);
        final StringBuilder prefix = new StringBuilder();
        for (final String t : tokens) {
            if (!TOKEN.matcher(t).matches() || NOT_NAME_WORDS.contains(t.toLowerCase(Locale.ROOT))) {
                break;
            }
            prefix.append(prefix.length() > 0 ? " " : "").append(t);
        }
        addIfName(out, prefix.toString());
        return out;
    }

    private static void addIfName(final List<String> out, final String raw) {
        final String text = TITLE_WORD.matcher(BRACKETS.matcher(raw).replaceAll(" ").strip()).replaceAll("").strip();
        if (!out.contains(text) && isName(text)) {
            out.add(text);
        }
    }

    static boolean isName(final String text) {
        if (text.isEmpty() || text.length() > MAX_LENGTH) {
            return false;
        }
        if (HAN.matcher(text).matches()) {
            return true;
        }
        final String[] tokens = WORDS.split(text);
        if (tokens.length < 2 || tokens.length > MAX_TOKENS) {
            return false;
        }
        int capitalised = 0;
        for (final String t : tokens) {
            if (PARTICLES.contains(t)) {
                continue;
            }
            if (!TOKEN.matcher(t).matches() || NOT_NAME_WORDS.contains(t.toLowerCase(Locale.ROOT))) {
                return false;
            }
            capitalised++;
        }
        return capitalised >= 2 && !Character.isLowerCase(tokens[tokens.length - 1].charAt(0))
                && HeadingLexicon.classify(text, false).isEmpty() && !Fields.isTitle(text) && !Places.isPlace(text)
                && !Fields.isCompany(text);
    }

    private static String fold(final String s) {
        return Normalizer.normalize(s, Normalizer.Form.NFD).replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT);
    }
}
