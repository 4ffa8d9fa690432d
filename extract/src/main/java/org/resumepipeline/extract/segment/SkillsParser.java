package org.resumepipeline.extract.segment;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Flattens a skills section into items: label rows ("Languages: Go, Python" and "Languages Go, Python" give Go and
 * Python), comma, pipe, semicolon, bullet and dash lists, one item per line, and phrases ("Proficient in Windows and
 * Mac OS"). Sentences, rating glyphs, wrapped label fragments, dates and entries that strayed into the section are
 * not skills. Word lists are in {@code skill-words.txt}. Thread-safe (stateless).
 */
final class SkillsParser {
    /** Item separators outside brackets. */
    private static final Pattern SPLIT = Pattern.compile("\\s*(?:[,;|•·●▪，、；]|\\s[-–—]\\s)\\s*");
    private static final Pattern PHRASE_SPLIT = Pattern.compile("\\s+(?:and|&)\\s+|/");
    private static final Pattern MARKS = Pattern.compile("[†‡\\u200B\\u200C\\u200D\\uFEFF]");
    /** Rating glyphs ("○ ○ ○ ○ ○", "●●●●", "★★★☆") and progress labels ("90% complete"). */
    private static final Pattern RATING = Pattern.compile("(?:\\s*[○●◯◉★☆✩✪■□◼◻⬤]\\s*)+|\\b\\d{1,3}\\s*%\\s*complete\\b",
            Pattern.CASE_INSENSITIVE);
    /** Definition-list and quote markers at the start of Markdown lines (": | ", "> "). */
    private static final Pattern LEADING_JUNK = Pattern.compile("^(?:[:>]\\s*\\|?\\s*)+");
    /** A bracketed remark of three words or more is a comment, not part of the skill ("English (TOEIC 840/990...)"). */
    private static final Pattern REMARK = Pattern.compile("\\s*\\((?:[^()\\s,]+[\\s,]+){2,}[^()]*\\)");
    /** Lines of a bibliography or a web address list. */
    private static final Pattern NOT_A_LIST = Pattern.compile("\\bIn: |\\bdoi\\b|\\bpp\\. |\\bvol\\. |Proceedings of");
    private static final Pattern URL = Pattern.compile("https?://|www\\.|\\w\\.(?:com|org|io|net)\\b");
    private static final Pattern LEADING_AND = Pattern.compile("^(?:and|&)\\s+", Pattern.CASE_INSENSITIVE);
    private static final Pattern TRAILING = Pattern.compile("(?:[.…]+|\\s*[*:])$");
    private static final Pattern FIRST_PERSON = Pattern.compile("(?i)\\b(?:i|i'm|i’m|my|me|we|our)\\b");
    private static final Pattern SENTENCE_END = Pattern.compile("[.。;；!?]$");
    private static final Pattern CJK = Pattern.compile("[\\p{IsHan}\\p{IsHiragana}\\p{IsKatakana}]");
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final int MAX_SKILL = 60;
    private static final int MAX_SKILL_WORDS = 5;
    private static final int MAX_LABEL = 40;
    private static final int MAX_LABEL_WORDS = 3;
    private static final int PROSE_WORDS = 8;
    private static final int PROSE_WORDS_PER_ITEM = 3;
    private static final int SENTENCE_WORDS = 6;
    private static final int CJK_SENTENCE = 12;
    private static final SkillWords WORDS = SkillWords.DEFAULT;
    private static final SkillLabels LABELS = new SkillLabels(WORDS);

    private SkillsParser() {
    }

    static List<String> parse(final List<Line> lines) {
        final Set<String> skills = new LinkedHashSet<>();
        final boolean nested = lines.stream().filter(Line::bullet).mapToInt(Line::indent).distinct().count() > 1;
        final int minIndent = lines.stream().filter(Line::bullet).mapToInt(Line::indent).min().orElse(0);
        final boolean listRows = lines.stream().filter(l -> SPLIT.matcher(l.text()).find()).count() >= 2;
        boolean continuation = false;
        for (int i = 0; i < lines.size(); i++) {
            String text = clean(lines.get(i).text());
            final boolean wrapped = continuation;
            continuation = text.endsWith("-") && !text.endsWith(" -");
            if (wrapped || continuation || text.isEmpty() || isProse(stripLead(afterLabel(text))) || NOT_A_LIST.matcher(text).find() || isEntry(lines, i)
                    || text.endsWith(":") || isGroupLabel(lines, i, nested, minIndent)
                    || listRows && isLabelFragment(text)) {
                continue;
            }
            final int colon = labelColon(text);
            boolean labelled = false;
            if (colon > 0) {
                if (WORDS.notLabels().contains(text.substring(0, colon).strip().toLowerCase(Locale.ROOT))) {
                    continue;
                }
                text = text.substring(colon + 1).strip();
                labelled = true;
            }
            final String unled = stripLead(text);
            final boolean phrase = !unled.equals(text);
            final List<String> items = split(unled);
            for (int k = 0; k < items.size(); k++) {
                String item = items.get(k);
                if (k == 0 && !labelled) {
                    if (LABELS.isLabel(item) && items.size() == 1) {
                        break;
                    }
                    item = LABELS.strip(item);
                }
                if (phrase) {
                    for (final String part : PHRASE_SPLIT.split(stripLead(item))) {
                        add(skills, part);
                    }
                } else {
                    add(skills, item);
                }
            }
        }
        return new ArrayList<>(skills);
    }

    private static void add(final Set<String> skills, final String raw) {
        final String s = TRAILING.matcher(LEADING_AND.matcher(raw.strip()).replaceAll("")).replaceAll("").strip();
        if (s.isEmpty() || s.length() > MAX_SKILL || s.chars().noneMatch(Character::isLetterOrDigit)
                || SPACES.split(s).length > MAX_SKILL_WORDS || !balanced(s) || s.endsWith("-")
                || FIRST_PERSON.matcher(s).find() || URL.matcher(s).find() || WORDS.notSkills().contains(s.toLowerCase(Locale.ROOT))
                || CJK.matcher(s).find() && s.length() > CJK_SENTENCE) {
            return;
        }
        skills.add(s);
    }

    private static String clean(final String text) {
        final String unmarked = RATING.matcher(MARKS.matcher(text).replaceAll("")).replaceAll(" ").strip();
        return REMARK.matcher(LEADING_JUNK.matcher(unmarked).replaceAll("")).replaceAll("").strip();
    }

    private static String afterLabel(final String text) {
        return text.substring(labelColon(text) + 1).strip();
    }

    /** A colon that ends a short label ("Languages: ..."), not one inside a URL or a time. */
    private static int labelColon(final String text) {
        final int colon = text.indexOf(':');
        if (colon <= 0 || colon >= MAX_LABEL || colon + 1 < text.length() && text.charAt(colon + 1) == '/') {
            return -1;
        }
        return colon;
    }

    private static String stripLead(final String text) {
        final String lower = text.toLowerCase(Locale.ROOT);
        for (final String lead : WORDS.leads()) {
            if (lower.startsWith(lead + " ")) {
                return text.substring(lead.length()).strip();
            }
        }
        return text;
    }

    /** Splits on separators that are not inside brackets: "Version Control (Git, GitHub)" is one item. */
    private static List<String> split(final String text) {
        final List<String> items = new ArrayList<>();
        int depth = 0;
        int start = 0;
        final StringBuilder masked = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            final char c = text.charAt(i);
            depth += c == '(' || c == '[' ? 1 : c == ')' || c == ']' ? -1 : 0;
            masked.append(depth > 0 && c != '(' && c != '[' ? '_' : c);
        }
        final var m = SPLIT.matcher(masked);
        while (m.find()) {
            items.add(text.substring(start, m.start()));
            start = m.end();
        }
        items.add(text.substring(start));
        return items;
    }

    /** A sentence: many words and few separators, or a sentence end after several words. */
    private static boolean isProse(final String text) {
        final int words = SPACES.split(text).length;
        final int items = split(text).size();
        return words >= PROSE_WORDS && words > PROSE_WORDS_PER_ITEM * items
                || words >= SENTENCE_WORDS && words > 2 * items && SENTENCE_END.matcher(text).find()
                || CJK.matcher(text).find() && SENTENCE_END.matcher(text).find();
    }

    /** A date line, or a line above one: an entry (a job, a certificate) that strayed into the section. */
    private static boolean isEntry(final List<Line> lines, final int i) {
        return DateRange.findRange(lines.get(i).text()).isPresent()
                || i + 1 < lines.size() && DateRange.findRange(lines.get(i + 1).text()).isPresent()
                && split(lines.get(i).text()).size() <= 2;
    }

    /**
     * In a section of list rows, a lone lower-case word outside the Latin alphabet is a wrapped piece of a label
     * ("системы", "версий"); Latin ones are often skills ("git", "php").
     */
    private static boolean isLabelFragment(final String text) {
        return !SPLIT.matcher(text).find() && text.indexOf(' ') < 0 && text.equals(text.toLowerCase(Locale.ROOT))
                && text.chars().allMatch(c -> Character.isLetter(c) && c > 'z');
    }

    /**
     * "Datastores" alone on a line above "PostgreSQL, Redis" names a group; it is not a skill. In a nested list the
     * top-level lines with children are the groups ("Operating System" over "Linux" over "Arch Linux, Ubuntu").
     */
    private static boolean isGroupLabel(final List<Line> lines, final int i, final boolean nested,
                                        final int minIndent) {
        final Line line = lines.get(i);
        final String text = line.text();
        if (i + 1 >= lines.size() || SPLIT.matcher(text).find() || text.indexOf(':') >= 0
                || !Character.isUpperCase(text.charAt(0))) {
            return false;
        }
        if (nested && line.bullet()) {
            return line.indent() == minIndent && lines.get(i + 1).bullet() && lines.get(i + 1).indent() > line.indent();
        }
        if (SPACES.split(text).length > MAX_LABEL_WORDS || !LABELS.strip(text).equals(text)) {
            // "Languages golang" is a label row
            return false;
        }
        // a group starts the section or follows a row of its own; "Java" after "Python" is one of a one-per-line list
        final String prev = i > 0 ? lines.get(i - 1).text() : "";
        final boolean afterRow = i == 0 || SPLIT.matcher(prev).find() || LABELS.isLabel(text);
        return afterRow && !prev.endsWith(",") && lines.get(i + 1).text().indexOf(',') >= 0;
    }

    private static boolean balanced(final String s) {
        int depth = 0;
        for (int i = 0; i < s.length(); i++) {
            final char c = s.charAt(i);
            depth += c == '(' || c == '[' ? 1 : c == ')' || c == ']' ? -1 : 0;
            if (depth < 0) {
                return false;
            }
        }
        return depth == 0;
    }
}
