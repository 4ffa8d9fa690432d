package org.resumepipeline.extract.segment;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.apache.tika.exception.WriteLimitReachedException;
import org.xml.sax.Attributes;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Collects Tika's XHTML output as lines: headings, list items and paragraphs, page by page. Ignores the head,
 * scripts, PDF annotations and PDF bookmarks (the outline Tika appends after the pages). Stops collecting after
 * {@code maxChars} characters (the text is truncated, the parse is stopped). Not thread-safe: one per parse.
 */
public final class XhtmlLineCollector extends DefaultHandler {
    /** Thrown to stop the parser once the character limit is reached. */
    public static final class LimitReached extends WriteLimitReachedException {
        private static final long serialVersionUID = 1L;

        LimitReached(final int limit) {
            super(limit);
        }
    }

    /** Attributes in which timeline themes keep an entry's dates for the style sheet: data-date, data-dates. */
    public static final Pattern DATES_ATTRIBUTE = Pattern.compile("data-(?:[a-z]+-)?(?:dates?|period)");
    private static final int MAX_DATES_LENGTH = 60;
    private static final int TAB_INDENT = 4;
    private static final int GAP = 3;
    private static final int MAX_TAB_SPACES = 3;
    private static final int MIN_TAB_SPACED_GAPS = 10;

    private final int maxChars;
    private final boolean pagedOnly;
    private final boolean collapseWhitespace;
    private int preDepth;
    /** Lines as read, normalized only in {@link #lines()}: how gaps read depends on the whole document. */
    private final List<Line> raw = new ArrayList<>();
    private final Set<String> links = new LinkedHashSet<>();
    private final StringBuilder current = new StringBuilder();
    private int chars;
    private int page = -1;
    private int pageDepth = -1;
    private int depth;
    private int skipDepth = -1;
    private int headingDepth;
    private int listItemDepth;
    private boolean blockHeading;
    private boolean blockBullet;
    private boolean limitReached;

    /**
     * @param maxChars  largest number of characters kept
     * @param pagedOnly true for paged formats (PDF): only text inside {@code div class="page"} is kept
     */
    public XhtmlLineCollector(final int maxChars, final boolean pagedOnly) {
        this(maxChars, pagedOnly, false);
    }

    /**
     * @param maxChars           largest number of characters kept
     * @param pagedOnly          true for paged formats (PDF): only text inside {@code div class="page"} is kept
     * @param collapseWhitespace true for HTML: a line break in the source is a space, as a browser shows it (but
     *                           inside {@code <pre>}); lines end at block elements and {@code <br>}
     */
    public XhtmlLineCollector(final int maxChars, final boolean pagedOnly, final boolean collapseWhitespace) {
        this.maxChars = maxChars;
        this.pagedOnly = pagedOnly;
        this.collapseWhitespace = collapseWhitespace;
    }

    @Override
    public void startElement(final String uri, final String localName, final String qName, final Attributes atts)
            throws SAXException {
        depth++;
        final String name = (localName == null || localName.isEmpty() ? qName : localName).toLowerCase(Locale.ROOT);
        final String cls = atts.getValue("class");
        if (skipDepth >= 0) {
            return;
        }
        if ("a".equals(name)) {
            final String href = atts.getValue("href");
            if (href != null && (href.startsWith("http://") || href.startsWith("https://")
                    || href.startsWith("mailto:"))) {
                links.add(href);
            }
        }
        if ("head".equals(name) || "script".equals(name) || "style".equals(name) || "title".equals(name)
                || ("div".equals(name) && "annotation".equals(cls))) {
            skipDepth = depth;
            return;
        }
        if ("div".equals(name) && "page".equals(cls)) {
            flush();
            page++;
            pageDepth = depth;
            return;
        }
        switch (name) {
            case "h1", "h2", "h3", "h4", "h5", "h6" -> {
                flush();
                headingDepth++;
                blockHeading = true;
            }
            case "li" -> {
                flush();
                listItemDepth++;
                blockBullet = true;
            }
            case "p", "div", "tr", "td", "th", "ul", "ol", "table", "blockquote", "pre", "dl", "dt", "dd" -> {
                preDepth += "pre".equals(name) ? 1 : 0;
                if (listItemDepth == 0 || "p".equals(name) && current.length() > 0) {
                    flush();
                }
                final String shownDates = shownDates(atts);
                if (shownDates != null) {
                    // a timeline's dates, shown by the style sheet: a line of their own above the entry
                    current.append(shownDates);
                    flush();
                }
                if ("p".equals(name) && cls != null && isHeadingStyle(cls)) {
                    blockHeading = true;
                }
                if (listItemDepth > 0) {
                    blockBullet = true;
                }
                if (headingDepth > 0) {
                    blockHeading = true;
                }
            }
            case "br" -> newLine();
            default -> {
                // inline element: text continues
            }
        }
    }

    @Override
    public void endElement(final String uri, final String localName, final String qName) {
        final String name = (localName == null || localName.isEmpty() ? qName : localName).toLowerCase(Locale.ROOT);
        if (skipDepth >= 0) {
            if (depth == skipDepth) {
                skipDepth = -1;
            }
            depth--;
            return;
        }
        if (depth == pageDepth) {
            flush();
            pageDepth = -1;
        }
        switch (name) {
            case "h1", "h2", "h3", "h4", "h5", "h6" -> {
                flush();
                headingDepth = Math.max(0, headingDepth - 1);
            }
            case "li" -> {
                flush();
                listItemDepth = Math.max(0, listItemDepth - 1);
            }
            case "p", "div", "tr", "td", "th", "ul", "ol", "table", "blockquote", "pre", "dl", "dt", "dd" -> {
                preDepth -= "pre".equals(name) && preDepth > 0 ? 1 : 0;
                if (listItemDepth == 0) {
                    flush();
                }
            }
            default -> {
                // inline element
            }
        }
        depth--;
    }

    @Override
    public void characters(final char[] ch, final int start, final int length) throws SAXException {
        if (skipDepth >= 0 || (pagedOnly && pageDepth < 0)) {
            return;
        }
        if (limitReached) {
            throw new LimitReached(maxChars);
        }
        final int room = maxChars - chars;
        final int take = Math.min(room, length);
        for (int i = start; i < start + take; i++) {
            final char c = ch[i];
            if (c == '\r' && pagedOnly) {
                // PDF text lines end with \n; a carriage return inside one is a glyph some exports put between
                // words (Word: "LionLike\t\r\u00A0MindState")
                current.append(' ');
            } else if ((c == '\n' || c == '\r' || c == ' ' || c == '\t') && collapseWhitespace && preDepth == 0) {
                // as a browser shows it: a run of white space is one space
                if (current.length() > 0 && current.charAt(current.length() - 1) != ' ') {
                    current.append(' ');
                }
            } else if (c == '\n' || c == '\r') {
                newLine();
            } else {
                current.append(c);
            }
        }
        chars += take;
        if (take < length) {
            limitReached = true;
            flush();
            throw new LimitReached(maxChars);
        }
    }

    @Override
    public void ignorableWhitespace(final char[] ch, final int start, final int length) throws SAXException {
        // Tika's PDF output ends each text line with ignorable whitespace: it is a line break
        characters(ch, start, length);
    }

    private static boolean isHeadingStyle(final String cls) {
        final String c = cls.toLowerCase(Locale.ROOT);
        return c.startsWith("heading") || c.equals("title") || c.contains("sectiontitle") || c.contains("section_title");
    }

    private void newLine() {
        final boolean bullet = blockBullet;
        final boolean heading = blockHeading;
        emit();
        // the following lines of a list item are continuations of the same item: keep them as plain lines
        blockBullet = false;
        blockHeading = heading && headingDepth > 0;
        if (bullet && listItemDepth == 0) {
            blockBullet = false;
        }
    }

    /** @return the dates an element keeps in a dates attribute, or null */
    private static String shownDates(final Attributes atts) {
        for (int i = 0; i < atts.getLength(); i++) {
            final String name = atts.getLocalName(i).isEmpty() ? atts.getQName(i) : atts.getLocalName(i);
            final String value = atts.getValue(i).strip();
            if (DATES_ATTRIBUTE.matcher(name.toLowerCase(Locale.ROOT)).matches() && value.length() < MAX_DATES_LENGTH
                    && DateRange.findAny(value).isPresent()) {
                return value;
            }
        }
        return null;
    }

    private void flush() {
        emit();
        blockBullet = false;
        blockHeading = false;
    }

    private void emit() {
        final String text = current.toString();
        if (!text.isBlank()) {
            raw.add(new Line(text, blockHeading, blockBullet, Math.max(page, 0)));
        }
        current.setLength(0);
    }

    private static String normalize(final CharSequence raw, final boolean tabSpaced) {
        final StringBuilder out = new StringBuilder(raw.length());
        int spaces = 0;
        int tabs = 0;
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c == '\t') {
                tabs++;
                spaces += GAP;
                continue;
            }
            if (isSpace(c)) {
                spaces++;
                continue;
            }
            if (spaces > 0 && out.length() > 0) {
                // a wide gap (tab, column of spaces) separates fields, e.g. a title and its dates; in a tab-spaced
                // line one tab and a few spaces is just the space between two words
                final boolean wordSpace = tabSpaced && tabs == 1 && spaces - GAP <= MAX_TAB_SPACES;
                out.append(spaces >= GAP && !wordSpace ? " | " : " ");
            }
            spaces = 0;
            tabs = 0;
            out.append(c);
        }
        return out.toString();
    }

    private static int indent(final String raw) {
        int indent = 0;
        for (int i = 0; i < raw.length() && (raw.charAt(i) == ' ' || raw.charAt(i) == '\t'); i++) {
            indent += raw.charAt(i) == '\t' ? TAB_INDENT : 1;
        }
        return indent;
    }

    private static boolean isSpace(final char c) {
        return c == '\u00A0' || c == '\u2009' || c == '\u202F' || c == '\u200B' || c == ' ';
    }

    /**
     * Some Word PDF exports put a tab and a couple of spaces between every two words ("Leo\t  Leopard"), which
     * would otherwise read as a field gap between each word.
     *
     * @return true when most gaps with a tab in the document are one tab followed by 1 to {@value #MAX_TAB_SPACES}
     *         spaces, and there are at least {@value #MIN_TAB_SPACED_GAPS} of them
     */
    static boolean tabSpaced(final List<? extends CharSequence> lines) {
        int tabGaps = 0;
        int tabSpace = 0;
        for (final CharSequence line : lines) {
            int i = 0;
            while (i < line.length()) {
                if (line.charAt(i) != '\t' && !isSpace(line.charAt(i))) {
                    i++;
                    continue;
                }
                int tabs = 0;
                int spaces = 0;
                while (i < line.length() && (line.charAt(i) == '\t' || isSpace(line.charAt(i)))) {
                    if (line.charAt(i) == '\t') {
                        tabs++;
                    } else if (tabs > 0) {
                        spaces++;
                    }
                    i++;
                }
                if (tabs > 0) {
                    tabGaps++;
                    if (tabs == 1 && spaces >= 1 && spaces <= MAX_TAB_SPACES) {
                        tabSpace++;
                    }
                }
            }
        }
        return tabSpace >= MIN_TAB_SPACED_GAPS && tabSpace * 2 > tabGaps;
    }

    /** @return the lines collected so far */
    public List<Line> lines() {
        flush();
        final boolean tabSpaced = tabSpaced(raw.stream().map(Line::text).toList());
        final List<Line> lines = new ArrayList<>(raw.size());
        for (final Line line : raw) {
            final String text = normalize(line.text(), tabSpaced);
            if (!text.isEmpty()) {
                lines.add(new Line(text, line.heading(), line.bullet(), line.page(), indent(line.text())));
            }
        }
        return List.copyOf(lines);
    }

    /** @return http(s) link targets found in the document */
    public List<String> links() {
        return List.copyOf(links);
    }

    /** @return true when the text was cut at the character limit */
    public boolean limitReached() {
        return limitReached;
    }

    /** @return number of characters kept */
    public int chars() {
        return chars;
    }
}
