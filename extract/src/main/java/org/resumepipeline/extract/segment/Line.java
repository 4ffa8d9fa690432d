package org.resumepipeline.extract.segment;

/**
 * One line of document text in reading order.
 *
 * @param text    the text, markers removed for bullets, trimmed
 * @param heading true when the document marks it as a heading (h1-h6, heading style)
 * @param bullet  true when it is a list item or starts with a bullet marker
 * @param page    zero-based page index (0 for formats without pages)
 * @param indent  leading spaces of the line in plain-text formats (a tab counts 4), 0 elsewhere: the nesting of
 *                Markdown and text lists
 */
public record Line(String text, boolean heading, boolean bullet, int page, int indent) {
    public Line(final String text, final boolean heading, final boolean bullet, final int page) {
        this(text, heading, bullet, page, 0);
    }
}
