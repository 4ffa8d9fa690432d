package org.resumepipeline.extract.segment;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.resumepipeline.model.SectionKind;

/**
 * Maps section headings to section kinds, tolerant of case, letter spacing ("E X P E R I E N C E"), trailing colons
 * and common variants ("Work History", "Technical Skills"), in the languages of {@code headings.tsv} beside this
 * class (full-width forms arrive as ASCII: {@link LinePreparer} normalizes NFKC; brackets such as "【职歴】" are
 * punctuation). Thread-safe (immutable).
 */
public final class HeadingLexicon {
    private static final Map<String, SectionKind> EXACT = new HashMap<>();
    /** The lexicon's headings with their spaces taken out, for headings whose letters were read apart. */
    private static final Map<String, SectionKind> SPACED = new HashMap<>();
    private static final int MAX_WORDS = 6;
    private static final Pattern GROUPS = Pattern.compile("\\s{2,}|\\s*\\|\\s*");
    private static final Pattern SPACES = Pattern.compile("\\s+");
    /** "Education", not "Educational Collaborator" (a title). */
    private static final Pattern EDUCATION_WORD = Pattern.compile("(?<!\\p{L})education(?!\\p{L})");
    private static final Pattern EXPERIENCE_WORDS = Pattern.compile(
            "erfahrung|expérience|experiencia|experiência|esperienz|ervaring|doświadczeni|опыт|досвід|经历|经验|職歴|経歴");
    /** Skill headings by a word inside: "IT-Kenntnisse", "Основные навыки", "Scripting Languages", "Dev Tools". */
    private static final Pattern SKILL_WORDS = Pattern.compile(
            "(?<!sprach)kenntnisse|навык|навич|навик|技能|fähigkeit|vaardigheden|umiejętności|スキル|^(?!.*\\b(?:spoken|foreign|human|natural)\\b)"
                    + ".*\\b(?:programming|scripting|markup|query|templating) languages\\b|\\btools$");
    private static final Pattern NOT_LETTER = Pattern.compile("[^\\p{L} ]");
    private static final Pattern CYRILLIC = Pattern.compile("\\p{IsCyrillic}");
    private static final String LATIN_LOOKALIKES = "aceiopxykmthb";
    private static final String CYRILLIC_TWINS = "асеіорхукмтнв";

    static {
        for (final String row : Wordlist.read("headings.tsv")) {
            final String[] cells = row.split("\t");
            EXACT.put(cells[1].strip(), SectionKind.valueOf(cells[0].strip()));
            SPACED.putIfAbsent(cells[1].strip().replace(" ", ""), SectionKind.valueOf(cells[0].strip()));
        }
    }

    private HeadingLexicon() {
    }

    /** @return the kind of a heading written exactly as the lexicon has it ("Work", "Skills"), capitalised */
    static Optional<SectionKind> exact(final String text) {
        final String trimmed = text.strip();
        return trimmed.isEmpty() || !Character.isUpperCase(trimmed.charAt(0)) ? Optional.empty()
                : Optional.ofNullable(EXACT.get(normalize(trimmed)));
    }

    /**
     * @param text     a line
     * @param explicit true when the document marks the line as a heading
     * @return the section kind when the line reads as a section heading
     */
    public static Optional<SectionKind> classify(final String text, final boolean explicit) {
        if (text.length() > 60) {
            return Optional.empty();
        }
        final String trimmed = text.strip();
        if (trimmed.endsWith(".") || trimmed.indexOf(':') >= 0 && !trimmed.endsWith(":")) {
            return Optional.empty();
        }
        final String key = normalize(trimmed);
        if (key.isEmpty()) {
            return Optional.empty();
        }
        // "E X P E R I E N C E", "Int erests": letters spaced out, or drawn in two colours and read apart
        final SectionKind exact = EXACT.containsKey(key) || key.indexOf(' ') < 0 ? EXACT.get(key)
                : SPACED.get(key.replace(" ", ""));
        if (exact != null && (explicit || !Character.isLowerCase(trimmed.charAt(0)))) {
            return Optional.of(exact);
        }
        final List<String> words = List.of(key.split(" "));
        if (words.size() > MAX_WORDS || !looksLikeHeading(trimmed, explicit)
                || !explicit && trimmed.chars().anyMatch(Character::isDigit)) {
            return Optional.empty();
        }
        if (key.contains("experience") || key.contains("employment") || key.contains("work history")
                || EXPERIENCE_WORDS.matcher(key).find()) {
            return Optional.of(SectionKind.EXPERIENCE);
        }
        if (key.contains("project")) {
            return Optional.of(SectionKind.PROJECTS);
        }
        if (key.contains("skill") || key.contains("competenc") || SKILL_WORDS.matcher(key).find()) {
            return Optional.of(SectionKind.SKILLS);
        }
        if (EDUCATION_WORD.matcher(key).find()) {
            return Optional.of(SectionKind.EDUCATION);
        }
        if (key.contains("certif")) {
            return Optional.of(SectionKind.CERTIFICATIONS);
        }
        if (key.contains("award") || key.contains("honor") || key.contains("achievement")
                || key.contains("publication") || key.contains("interest") || key.contains("coursework")
                || key.contains("contributions") || key.contains("patent") || key.contains("membership")
                || key.contains("hobb") || key.contains("leisure") || key.contains("loisir")
                || key.contains("freizeit")) {
            return Optional.of(SectionKind.OTHER);
        }
        if (key.contains("summary") || key.contains("profile") || key.contains("objective")) {
            return Optional.of(SectionKind.SUMMARY);
        }
        if (key.contains("extracurricular") || key.contains("activit")) {
            // "Extracurricular Activity", "Leadership Activities": offices held and side projects; after the
            // checks above, so that "Activities and Interests" stays a section of interests
            return Optional.of(SectionKind.EXPERIENCE);
        }
        return explicit ? Optional.of(SectionKind.OTHER) : Optional.empty();
    }

    /** @return true when the text names experience ("Industry Experience", "Berufserfahrung"), not only work */
    static boolean namesExperience(final String text) {
        final String key = normalize(text);
        return key.contains("experience") || EXPERIENCE_WORDS.matcher(key).find();
    }

    /** Heading shape: explicit, ALL CAPS, or every significant word capitalized. */
    private static boolean looksLikeHeading(final String text, final boolean explicit) {
        if (explicit) {
            return true;
        }
        boolean allCaps = true;
        boolean titleCase = true;
        for (final String w : SPACES.split(text)) {
            if (w.isEmpty() || !Character.isLetter(w.charAt(0))) {
                continue;
            }
            if (!w.equals(w.toUpperCase(Locale.ROOT))) {
                allCaps = false;
            }
            final boolean minor = w.length() <= 3 && w.equals(w.toLowerCase(Locale.ROOT));
            // scripts without case (Chinese, Japanese) read as capitalized
            if (!minor && Character.isLowerCase(w.charAt(0))) {
                titleCase = false;
            }
        }
        return allCaps || titleCase;
    }

    /** Lower case letters and single spaces; letter-spaced words are joined; "&" reads as "and". */
    static String normalize(final String text) {
        final String[] groups = GROUPS.split(text.replace("&", " and "));
        final StringBuilder out = new StringBuilder();
        for (final String group : groups) {
            final String[] tokens = SPACES.split(group.strip());
            boolean spaced = tokens.length > 2;
            for (final String t : tokens) {
                if (t.length() != 1) {
                    spaced = false;
                    break;
                }
            }
            final String g = spaced ? String.join("", tokens) : group;
            if (out.length() > 0) {
                out.append(' ');
            }
            out.append(g);
        }
        return SPACES.matcher(NOT_LETTER.matcher(cyrillicLookalikes(out.toString().toLowerCase(Locale.ROOT)))
                .replaceAll(" ")).replaceAll(" ").strip();
    }

    /**
     * A word typed in Cyrillic with a Latin look-alike or two inside ("Oсвіта" with a Latin O, from a keyboard
     * switched mid-word) is read in Cyrillic.
     */
    private static String cyrillicLookalikes(final String lower) {
        if (!CYRILLIC.matcher(lower).find()) {
            return lower;
        }
        final StringBuilder out = new StringBuilder(lower.length());
        for (final String word : lower.split("(?<=\\s)|(?=\\s)")) {
            if (CYRILLIC.matcher(word).find()) {
                for (int i = 0; i < word.length(); i++) {
                    final int at = LATIN_LOOKALIKES.indexOf(word.charAt(i));
                    out.append(at < 0 ? word.charAt(i) : CYRILLIC_TWINS.charAt(at));
                }
            } else {
                out.append(word);
            }
        }
        return out.toString();
    }
}
