package org.resumepipeline.report.blind;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Masks one candidate's identity in free text: their name and its parts, the parts of their file name, their email,
 * phone and links as the contact block gives them; any email address, phone number, web link and street address;
 * labelled personal details (date of birth, age, marital status, nationality, gender...); and, when asked, the
 * employers and institutions named in the resume. Each hit becomes a bracketed placeholder ("[name]", "[email]").
 * Immutable, thread-safe.
 */
final class TextMask {
    static final String NAME = "[name]";
    static final String EMAIL = "[email]";
    static final String PHONE = "[phone]";
    static final String LINK = "[link]";
    static final String ADDRESS = "[address]";
    static final String PERSONAL = "[personal detail]";
    static final String EMPLOYER = "[employer]";
    static final String INSTITUTION = "[institution]";

    private static final Pattern ANY_EMAIL = Pattern.compile("[\\p{L}\\p{N}._%+-]+@[\\p{L}\\p{N}-]+(?:\\.[\\p{L}\\p{N}-]+)+");
    private static final Pattern ANY_LINK = Pattern.compile("(?:https?://|www\\.)[^\\s,;|<>\"')]+"
            + "|\\b(?:[a-z0-9-]+\\.)+(?:com|org|net|io|dev|me|app|co|de|uk|fr|es|nl|ch|at|eu|info|xyz)/[^\\s,;|<>\"')]*"
            + "|\\b(?:linkedin|github|gitlab|bitbucket|twitter|behance|dribbble|medium|stackoverflow|xing)"
            + "\\.com\\b[^\\s,;|<>\"')]*", Pattern.CASE_INSENSITIVE);
    /** Nine digits or more with phone punctuation: never a year range ("2019 - 2024" has eight). */
    private static final Pattern ANY_PHONE = Pattern.compile("(?<![\\w.,])\\+?\\(?\\d(?:[\\s().-]{0,2}\\d){8,14}(?![\\w])");
    private static final Pattern ANY_ADDRESS = Pattern.compile("\\b\\d{1,5}[a-z]?\\s+(?:[\\p{Lu}][\\p{L}'.-]*\\s+){1,4}"
            + "(?:Street|St\\.?|Avenue|Ave\\.?|Road|Rd\\.?|Lane|Ln\\.?|Drive|Dr\\.?|Boulevard|Blvd\\.?|Way|Court|Ct\\.?"
            + "|Place|Pl\\.?|Square|Sq\\.?|Terrace|Close|Crescent)(?![\\p{L}])"
            + "|\\b[\\p{Lu}][\\p{L}-]*(?:straße|strasse|str\\.|weg|gasse|platz|allee|ring)\\s+\\d{1,4}[a-z]?\\b"
            + "|\\b(?:calle|avenida|rue|via|plaza|carrer)\\s+[^,;|\\n]{2,40}?\\s\\d{1,4}\\b",
            Pattern.UNICODE_CHARACTER_CLASS);
    private static final Pattern AGE_OR_BIRTH = Pattern.compile("\\b\\d{1,2}\\s+(?:years old|jahre alt|años de edad)\\b"
            + "|\\b(?:born|geboren|nacido|nacida|née?)\\s+(?:on|in|am|in|el|en|le|à)\\s+[^,;|\\n]*",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern NAME_PARTS = Pattern.compile("[^\\p{L}]+");
    private static final Pattern CAMEL = Pattern.compile("(?<=\\p{Ll})(?=\\p{Lu})");

    /** The bundled lists' patterns, compiled once rather than for each document. */
    private static final Pattern BUNDLED_LABELS = labels(RedactionRules.BUNDLED);
    private static final Pattern BUNDLED_WORDS = words(RedactionRules.BUNDLED.personalWords());

    /** Pattern to placeholder, in priority order: an earlier pattern wins where two overlap. */
    private final Map<Pattern, String> patterns;

    private TextMask(final Map<Pattern, String> patterns) {
        this.patterns = patterns;
    }

    /**
     * @param identity what identifies this candidate
     * @param rules    the word lists
     * @return the mask of that candidate
     */
    static TextMask of(final Identity identity, final RedactionRules rules) {
        final Map<Pattern, String> p = new LinkedHashMap<>();
        literal(p, identity.email(), EMAIL);
        p.put(ANY_EMAIL, EMAIL);
        identity.links().forEach(link -> literal(p, link, LINK));
        p.put(ANY_LINK, LINK);
        literal(p, identity.phone(), PHONE);
        p.put(ANY_PHONE, PHONE);
        p.put(ANY_ADDRESS, ADDRESS);
        p.put(rules == RedactionRules.BUNDLED ? BUNDLED_LABELS : labels(rules), PERSONAL);
        p.put(rules == RedactionRules.BUNDLED ? BUNDLED_WORDS : words(rules.personalWords()), PERSONAL);
        p.put(AGE_OR_BIRTH, PERSONAL);
        final List<String> names = new ArrayList<>();
        if (identity.name() != null) {
            names.add(identity.name());
            names.addAll(parts(identity.name(), 2, java.util.Set.of()));
        }
        if (identity.email() != null && identity.email().contains("@")) {
            names.addAll(parts(identity.email().substring(0, identity.email().indexOf('@')), 3, rules.fileWords()));
        }
        if (identity.file() != null) {
            names.add(identity.file());
            final String stem = identity.file().replaceFirst("\\.[A-Za-z0-9]{1,5}$", "");
            names.add(stem);
            names.addAll(parts(CAMEL.matcher(stem).replaceAll(" "), 3, rules.fileWords()));
        }
        terms(p, names, NAME);
        terms(p, identity.employers(), EMPLOYER);
        terms(p, identity.institutions(), INSTITUTION);
        return new TextMask(p);
    }

    /** @return the text with every hit replaced by its placeholder */
    String text(final String text) {
        return text == null ? null : apply(text).text();
    }

    /** @return the text masked, with where each masked span went */
    MaskedText apply(final String text) {
        final List<int[]> hits = new ArrayList<>();
        final List<String> labels = new ArrayList<>();
        for (final Map.Entry<Pattern, String> e : patterns.entrySet()) {
            final Matcher m = e.getKey().matcher(text);
            while (m.find()) {
                if (m.end() > m.start() && hits.stream().noneMatch(h -> m.start() < h[1] && h[0] < m.end())) {
                    hits.add(new int[] {m.start(), m.end(), labels.size()});
                    labels.add(e.getValue());
                }
            }
        }
        if (hits.isEmpty()) {
            return new MaskedText(text, List.of());
        }
        hits.sort(Comparator.comparingInt(h -> h[0]));
        final StringBuilder out = new StringBuilder(text.length());
        final List<MaskedText.Span> spans = new ArrayList<>();
        int at = 0;
        for (final int[] h : hits) {
            out.append(text, at, h[0]);
            final int newFrom = out.length();
            out.append(labels.get(h[2]));
            spans.add(new MaskedText.Span(h[0], h[1], newFrom, out.length()));
            at = h[1];
        }
        out.append(text, at, text.length());
        return new MaskedText(out.toString(), spans);
    }

    private static void literal(final Map<Pattern, String> p, final String value, final String label) {
        if (value != null && value.strip().length() >= 3) {
            p.putIfAbsent(Pattern.compile(Pattern.quote(value.strip()), Pattern.CASE_INSENSITIVE
                    | Pattern.UNICODE_CASE), label);
        }
    }

    /** Whole-word, case-insensitive terms, longest first so a full name is one placeholder. */
    private static void terms(final Map<Pattern, String> p, final List<String> values, final String label) {
        final List<String> sorted = values.stream().filter(v -> v != null && v.strip().length() >= 2)
                .map(String::strip).distinct().sorted(Comparator.comparingInt(String::length).reversed()).toList();
        if (sorted.isEmpty()) {
            return;
        }
        final String alternatives = sorted.stream().map(Pattern::quote).collect(Collectors.joining("|"));
        p.putIfAbsent(Pattern.compile("(?<![\\p{L}\\p{N}])(?:" + alternatives + ")(?![\\p{L}\\p{N}])",
                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE), label);
    }

    /** @return the words of a name, at least {@code min} letters each, without the words never taken for one */
    static List<String> parts(final String value, final int min, final java.util.Set<String> notNames) {
        final List<String> out = new ArrayList<>();
        for (final String part : NAME_PARTS.split(value)) {
            if (part.length() >= min && !notNames.contains(part.toLowerCase(Locale.ROOT))) {
                out.add(part);
            }
        }
        return out;
    }

    private static Pattern labels(final RedactionRules rules) {
        final String alternatives = rules.personalLabels().stream().map(Pattern::quote)
                .collect(Collectors.joining("|"));
        return Pattern.compile("(?<![\\p{L}])(?:" + alternatives + ")\\s*:[^,;|\\n]*",
                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }

    private static Pattern words(final List<String> words) {
        final String alternatives = words.stream().map(Pattern::quote).collect(Collectors.joining("|"));
        return Pattern.compile("(?<![\\p{L}])(?:" + alternatives + ")(?![\\p{L}])",
                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }
}
