package org.resumepipeline.extract.segment;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Cleans collected lines: bullet markers (•, ●, ▪, ■, ◦, -, –, *, U+F0B7, Word's "·", CJK's ・ ※ ◎ ★) become a
 * bullet flag, ligatures are expanded, page numbers and headers/footers repeated on several pages are dropped.
 */
public final class LinePreparer {
    private static final Pattern MARKER = Pattern.compile(
            "^(?:[•●▪■◦○►▸‣⁃∙·◆◇❖➢➤✓✔\\uF0B7\\uF0A7\\uF076\\uF0D8\\uF0FC・･※▶▷◎★☆□]|[-–—*+－＊](?=\\s))\\s*");
    /** A line of "=", "-", "*" or "_" (spaced or not): a rule, or the underline of the heading above it. */
    private static final Pattern RULE = Pattern.compile("^(?:[-=*_~]\\s*){3,}$");
    private static final int MAX_HEADING = 60;
    private static final Pattern OPEN_DASH = Pattern.compile("[-–—‒−]\\s*$");
    private static final int MAX_DATES = 20;
    /** An upper-case word of three or more capitals with a lower-case "i" inside it. */
    private static final Pattern SMALL_CAPS_I = Pattern.compile("(?<![\\p{L}])\\p{Lu}(?=(?:\\p{Lu}*i){1})"
            + "(?=(?:[\\p{Lu}i]*\\p{Lu}){2})[\\p{Lu}i]+(?![\\p{L}])");
    /** A sub-item of a nested entry header: a company with its place and a link is longer than a heading. */
    private static final int MAX_NESTED_HEADER = 120;
    private static final Pattern PAGE_NUMBER = Pattern.compile(
            "^(?:page\\s*)?\\d{1,3}(?:\\s*(?:of|/)\\s*\\d{1,3})?$|^[-–]\\s*\\d{1,3}\\s*[-–]$", Pattern.CASE_INSENSITIVE);
    private static final int EDGE = 2;
    private static final Pattern DIGITS = Pattern.compile("\\d+");
    private static final Pattern YEAR = Pattern.compile("(?:19|20)\\d\\d");

    private LinePreparer() {
    }

    /** @return true when the text starts with a bullet marker */
    static boolean hasMarker(final String text) {
        return MARKER.matcher(text).find();
    }

    /**
     * @param raw lines from {@link XhtmlLineCollector}
     * @return lines with markers removed, page furniture dropped
     */
    public static List<Line> prepare(final List<Line> raw) {
        final Set<String> furniture = repeatedEdges(raw);
        final List<Line> out = new ArrayList<>(raw.size());
        for (final Line line : raw) {
            String text = line.text();
            if ((PAGE_NUMBER.matcher(text).matches() || furniture.contains(key(text)))
                    && !(!out.isEmpty() && endsRange(out.get(out.size() - 1).text(), text.strip()))) {
                continue;
            }
            if (RULE.matcher(text.strip()).matches()) {
                underline(out, text.strip().length());
                continue;
            }
            boolean bullet = line.bullet();
            final var m = MARKER.matcher(text);
            if (m.find()) {
                bullet = true;
                text = text.substring(m.end());
            }
            text = smallCaps(Normalizer.normalize(text, Normalizer.Form.NFKC).strip());
            if (text.isEmpty() || text.equals("|")) {
                continue;
            }
            if (text.startsWith("| ")) {
                text = text.substring(2);
            }
            out.add(new Line(text, line.heading(), bullet, line.page(), line.indent()));
        }
        return nestedHeaders(joinSplitRanges(out));
    }

    /** Small caps whose "i" reads as a lower-case glyph ("DiRECTOR OF ENGiNEERiNG"): the word is upper case. */
    private static String smallCaps(final String text) {
        if (text.indexOf('i') < 0) {
            return text;
        }
        final Matcher m = SMALL_CAPS_I.matcher(text);
        final StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, m.group().replace('i', 'I'));
        }
        return m.appendTail(out).toString();
    }

    /** "Jan 2021 –" over "Present" (a range split across two elements or lines) is one line of dates. */
    private static List<Line> joinSplitRanges(final List<Line> lines) {
        final List<Line> out = new ArrayList<>(lines.size());
        for (final Line line : lines) {
            final Line prev = out.isEmpty() ? null : out.get(out.size() - 1);
            if (prev != null && (OPEN_DASH.matcher(prev.text()).find() && DateRange.findAny(prev.text()).isPresent()
                    && line.text().length() <= MAX_DATES && (DateRange.alone(line.text()).isPresent()
                    || DateRange.findRange("2000 – " + line.text()).filter(d -> d.current()).isPresent())
                    || endsRange(prev.text(), line.text()))) {
                out.set(out.size() - 1, new Line(prev.text() + " " + line.text(), prev.heading(), prev.bullet(),
                        prev.page(), prev.indent()));
            } else {
                out.add(line);
            }
        }
        return out;
    }

    /** @return true for "June 2019 – July" over "2020": the year that ends the range, wrapped onto a line alone */
    private static boolean endsRange(final String above, final String text) {
        if (!YEAR.matcher(text).matches()) {
            return false;
        }
        final String joined = above + " " + text;
        return DateRange.findRange(joined).filter(r -> r.to() == joined.length() && r.end() != null
                && r.end().startsWith(text)).isPresent() && DateRange.findRange(above).filter(r -> r.end() != null
                && r.to() == above.length()).isEmpty();
    }

    /**
     * A list item whose first sub-items are short lines with the dates among them ("+ Architect" over "+ Tagtoo",
     * "+ Jan 2016 - Nov 2017", then "+ Description" with the bullets a level deeper): an entry header written as a
     * nested list. The item and those sub-items become header lines; the deeper items stay bullets.
     */
    private static List<Line> nestedHeaders(final List<Line> lines) {
        final List<Line> out = new ArrayList<>(lines);
        for (int i = 0; i < out.size(); i++) {
            final Line item = out.get(i);
            if (!item.bullet() || i + 1 >= out.size() || out.get(i + 1).indent() <= item.indent()) {
                continue;
            }
            int end = i + 1;
            boolean dated = false;
            while (end < out.size() && out.get(end).indent() > item.indent() && !dated
                    && out.get(end).text().length() <= MAX_NESTED_HEADER) {
                dated = DateRange.findRange(out.get(end).text()).isPresent()
                        || DateRange.alone(out.get(end).text()).isPresent();
                end++;
            }
            if (dated) {
                for (int j = i; j < end; j++) {
                    final Line l = out.get(j);
                    out.set(j, new Line(l.text(), false, false, l.page(), l.indent()));
                }
                i = end - 1;
            }
        }
        return out;
    }

    /**
     * A setext underline ("Experience" over "----------"): the line above, a short line that is no bullet, with an
     * underline about as long as itself, is a heading.
     */
    private static void underline(final List<Line> out, final int length) {
        if (out.isEmpty()) {
            return;
        }
        final Line above = out.get(out.size() - 1);
        final int size = above.text().length();
        if (!above.bullet() && size <= MAX_HEADING && 2 * length >= size && length <= 2 * size) {
            out.set(out.size() - 1, new Line(above.text(), true, false, above.page(), above.indent()));
        }
    }

    /** Lines at the top or bottom of at least two pages (running headers and footers), on documents of 2+ pages. */
    private static Set<String> repeatedEdges(final List<Line> lines) {
        final Map<Integer, List<String>> byPage = new HashMap<>();
        for (final Line l : lines) {
            byPage.computeIfAbsent(l.page(), p -> new ArrayList<>()).add(l.text());
        }
        if (byPage.size() < 2) {
            return Set.of();
        }
        final Map<String, Integer> counts = new HashMap<>();
        for (final List<String> page : byPage.values()) {
            final Set<String> edges = new HashSet<>();
            for (int i = 0; i < page.size(); i++) {
                if (i < EDGE || i >= page.size() - EDGE) {
                    edges.add(key(page.get(i)));
                }
            }
            edges.forEach(e -> counts.merge(e, 1, Integer::sum));
        }
        final Set<String> out = new HashSet<>();
        counts.forEach((k, v) -> {
            if (v >= 2 && !k.isEmpty()) {
                out.add(k);
            }
        });
        return out;
    }

    /** Page numbers inside a running header ("Jane Smith - Page 2") must not hide the repetition. */
    private static String key(final String text) {
        return DIGITS.matcher(text.toLowerCase(Locale.ROOT)).replaceAll("#").strip();
    }
}
