package org.resumepipeline.extract.segment;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.resumepipeline.model.Contact;

/** Finds name, email, phone and profile links in the lines before the first section (and in a Contact section). */
final class ContactParser {
    private static final Pattern EMAIL = Pattern.compile("[\\w.+-]+@[\\w-]+(?:\\.[\\w-]+)+");
    private static final Pattern PHONE = Pattern.compile("(?<![\\w])[+(]{0,2}\\d[\\d ().\\-–]{7,18}\\d(?![\\w])");
    private static final Pattern LINK = Pattern.compile(
            "(?:https?://\\S+|(?:www\\.)?(?:linkedin\\.com|github\\.com|gitlab\\.com|twitter\\.com|x\\.com|"
                    + "stackoverflow\\.com|behance\\.net|dribbble\\.com)/\\S+|www\\.\\S+\\.\\S+)",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern NAME = Pattern.compile("^\\p{Lu}[\\p{L}'’.-]*(?:\\s+\\p{Lu}[\\p{L}'’.-]*){1,4}$");
    /** "jane [at] example [dot] com", "jane(at)example.com", "jane at example dot com". */
    private static final Pattern OBFUSCATED = Pattern.compile("([\\w.+-]+)\\s*(?:[\\[({<]\\s*at\\s*[\\])}>]|\\s+at\\s+)\\s*"
            + "((?:[\\w-]+\\s*(?:[\\[({<]\\s*dot\\s*[\\])}>]|\\s+dot\\s+|\\.)\\s*)+[a-z]{2,})\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern DOT = Pattern.compile("\\s*(?:[\\[({<]\\s*dot\\s*[\\])}>]|\\s+dot\\s+|\\.)\\s*",
            Pattern.CASE_INSENSITIVE);
    /** A phone anywhere in the document (a sidebar, a footer) is taken when labelled or written with a "+". */
    private static final Pattern PHONE_LABEL = Pattern.compile(
            "(?:\\b(?:phone|tel|mobile|cell|mob|ph|telefon|téléphone|teléfono|telefone|телефон|тел|handy|mobil|portable"
                    + "|móvil|celular|cellulare|telefono|telefoon|mobiel|komórka|моб|мобільний)\\b\\.?\\s*:?"
                    + "|(?:電話|携帯|电话|手机|連絡先)\\s*[:：]?|☎|📞|\\+\\d)",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final int MIN_PHONE_DIGITS = 10;
    private static final int MAX_PHONE_DIGITS = 15;

    private ContactParser() {
    }

    static Contact parse(final List<Line> top, final List<Line> all, final List<String> documentLinks) {
        String email = null;
        String phone = null;
        final Set<String> links = new LinkedHashSet<>();
        for (final List<Line> lines : List.of(top, all)) {
            for (final Line line : lines) {
                final String t = line.text();
                if (email == null) {
                    email = email(t);
                }
                if (phone == null && (lines == top || PHONE_LABEL.matcher(t).find())) {
                    phone = phone(t);
                }
                if (lines == top) {
                    final Matcher l = LINK.matcher(t);
                    while (l.find()) {
                        links.add(l.group().replaceAll("[.,;)]+$", ""));
                    }
                }
            }
        }
        for (final String href : documentLinks) {
            final String lower = href.toLowerCase(Locale.ROOT);
            if (lower.startsWith("mailto:")) {
                final Matcher m = EMAIL.matcher(href.substring("mailto:".length()));
                if (email == null && m.find()) {
                    email = m.group();
                }
                continue;
            }
            if (lower.contains("linkedin") || lower.contains("github") || links.size() < 5) {
                links.add(href);
            }
        }
        String name = NameFinder.inTop(top, email);
        if (name == null) {
            name = twoLineName(top);
        }
        if (name == null) {
            name = NameFinder.inDocument(top, all, email);
        }
        return new Contact(name, email, phone, distinctLinks(links));
    }

    /** "John" over "Doe": a first and a last name on lines of their own. */
    private static String twoLineName(final List<Line> top) {
        for (int i = 0; i + 1 < top.size() && i < 4; i++) {
            final String t = top.get(i).text();
            if (t.matches("\\p{Lu}[\\p{L}'’-]+") && top.get(i + 1).text().matches("\\p{Lu}[\\p{L}'’-]+")
                    && NameFinder.isName(t + " " + top.get(i + 1).text())) {
                return t + " " + top.get(i + 1).text();
            }
        }
        return null;
    }

    /** @return the first email of the line, written out or obfuscated ("jane [at] example [dot] com") */
    static String email(final String text) {
        final Matcher m = EMAIL.matcher(text);
        if (m.find()) {
            return m.group().replaceAll("\\.$", "");
        }
        final Matcher o = OBFUSCATED.matcher(text);
        if (o.find()) {
            final String domain = DOT.matcher(o.group(2)).replaceAll(".");
            return (o.group(1) + "@" + domain).toLowerCase(Locale.ROOT);
        }
        return null;
    }

    /** The same profile written as text and as a hyperlink ("github.com/x", "https://github.com/x/") is one link. */
    static List<String> distinctLinks(final Iterable<String> links) {
        final Set<String> seen = new java.util.HashSet<>();
        final List<String> out = new ArrayList<>();
        for (final String link : links) {
            final String normal = link.toLowerCase(Locale.ROOT).replaceFirst("^[a-z]+://", "")
                    .replaceFirst("^www\\.", "").replaceFirst("/+$", "");
            if (seen.add(normal)) {
                out.add(link);
            }
        }
        return out;
    }

    static boolean looksLikeName(final String text) {
        return NAME.matcher(text).matches() && text.length() <= 40 && HeadingLexicon.classify(text, false).isEmpty();
    }

    private static String phone(final String text) {
        final Matcher m = PHONE.matcher(text);
        while (m.find()) {
            final String candidate = m.group().strip();
            final long digits = candidate.chars().filter(Character::isDigit).count();
            if (digits >= MIN_PHONE_DIGITS && digits <= MAX_PHONE_DIGITS && DateRange.findRange(candidate).isEmpty()) {
                return candidate;
            }
        }
        return null;
    }
}
