package org.resumepipeline.extract.segment;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
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

    private static final int GAP = 3;

    private final int maxChars;
    private final boolean pagedOnly;
    private final List<Line> lines = new ArrayList<>();
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
        this.maxChars = maxChars;
        this.pagedOnly = pagedOnly;
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
            if (href != null && (href.startsWith("http://") || href.startsWith("https://"))) {
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
            case "p", "div", "tr", "td", "th", "ul", "ol", "table", "blockquote", "pre" -> {
                if (listItemDepth == 0 || "p".equals(name) && current.length() > 0) {
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
            case "p", "div", "tr", "td", "th", "ul", "ol", "table", "blockquote", "pre" -> {
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
            if (c == '\n' || c == '\r') {
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

    private void flush() {
        emit();
        blockBullet = false;
        blockHeading = false;
    }

    private void emit() {
        final String text = normalize(current);
        current.setLength(0);
        if (!text.isEmpty()) {
            lines.add(new Line(text, blockHeading, blockBullet, Math.max(page, 0)));
        }
    }

    private static String normalize(final CharSequence raw) {
        final StringBuilder out = new StringBuilder(raw.length());
        int spaces = 0;
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c == '\t') {
                spaces += GAP;
                continue;
            }
            if (c == '\u00A0' || c == '\u2009' || c == '\u202F' || c == '\u200B' || c == ' ') {
                spaces++;
                continue;
            }
            if (spaces > 0 && out.length() > 0) {
                // a wide gap (tab, column of spaces) separates fields, e.g. a title and its dates
                out.append(spaces >= GAP ? " | " : " ");
            }
            spaces = 0;
            out.append(c);
        }
        return out.toString();
    }

    /** @return the lines collected so far */
    public List<Line> lines() {
        flush();
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
