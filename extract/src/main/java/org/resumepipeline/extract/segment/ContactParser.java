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
    private static final int MIN_PHONE_DIGITS = 10;
    private static final int MAX_PHONE_DIGITS = 15;

    private ContactParser() {
    }

    static Contact parse(final List<Line> top, final List<Line> all, final List<String> documentLinks) {
        String name = null;
        for (int i = 0; i < top.size() && i < 4 && name == null; i++) {
            final String t = top.get(i).text();
            if (NAME.matcher(t).matches() && t.length() <= 40 && !HeadingLexicon.classify(t, false).isPresent()) {
                name = t;
            } else if (i + 1 < top.size() && t.matches("\\p{Lu}[\\p{L}'’-]+")
                    && top.get(i + 1).text().matches("\\p{Lu}[\\p{L}'’-]+")) {
                name = t + " " + top.get(i + 1).text();
            }
        }
        String email = null;
        String phone = null;
        final Set<String> links = new LinkedHashSet<>();
        for (final List<Line> lines : List.of(top, all)) {
            for (final Line line : lines) {
                final String t = line.text();
                if (email == null) {
                    final Matcher m = EMAIL.matcher(t);
                    if (m.find()) {
                        email = m.group().replaceAll("\\.$", "");
                    }
                }
                if (phone == null && lines == top) {
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
            if (lower.contains("linkedin") || lower.contains("github") || links.size() < 5) {
                links.add(href);
            }
        }
        return new Contact(name, email, phone, distinctLinks(links));
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
