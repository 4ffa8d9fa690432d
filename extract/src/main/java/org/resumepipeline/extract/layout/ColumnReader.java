package org.resumepipeline.extract.layout;

import java.awt.geom.Rectangle2D;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.PDFTextStripperByArea;

/**
 * Reads a PDF again by position, for a first page whose content stream is out of reading order
 * ({@link LayoutAwarePdfParser#OUT_OF_ORDER}). Two columns drawn row by row across both (a two-cell table per row,
 * say): the first page is read as the rows across the page above the columns (a name and contact line), then the
 * left column top to bottom, then the right one; the other pages in stream order, as Tika reads them. One column
 * drawn out of order (right-aligned dates drawn before the rest, say): every page is read top to bottom, left to
 * right. Stateless.
 */
public final class ColumnReader {
    /** Ends each paragraph PDFBox finds (PARAGRAPH SEPARATOR), as Tika ends its {@code <p>} elements. */
    public static final String PARAGRAPH_END = "\u2029";
    /** Far enough past any page edge: a region's bounds must hold every glyph of its side. */
    private static final float FAR = 100_000f;

    private ColumnReader() {
    }

    /**
     * @param pdf        the document
     * @param gutter     the first page's gutter, in points from the left edge of its crop box; NaN for one column
     * @param columnsTop where the columns start on the first page, in points from the top of its crop box
     * @return the text of each page, lines separated by {@code \n}, paragraphs ended by {@link #PARAGRAPH_END}
     * @throws IOException when PDFBox cannot read the document
     */
    public static List<String> pages(final byte[] pdf, final double gutter, final double columnsTop)
            throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            final List<String> pages = new ArrayList<>();
            final int count = doc.getNumberOfPages();
            final boolean columns = !Double.isNaN(gutter);
            if (columns && count > 0) {
                final PDFTextStripperByArea area = new PDFTextStripperByArea();
                area.setSortByPosition(true);
                area.setSpacingTolerance(LayoutAwarePdfParser.SPACING_TOLERANCE);
                area.setParagraphEnd(PARAGRAPH_END);
                final float g = (float) gutter;
                final float top = (float) columnsTop;
                area.addRegion("header", new Rectangle2D.Float(-FAR, -FAR, 2 * FAR, FAR + top));
                area.addRegion("left", new Rectangle2D.Float(-FAR, top, FAR + g, FAR));
                area.addRegion("right", new Rectangle2D.Float(g, top, FAR, FAR));
                area.extractRegions(doc.getPage(0));
                pages.add(area.getTextForRegion("header") + PARAGRAPH_END + area.getTextForRegion("left")
                        + PARAGRAPH_END + area.getTextForRegion("right"));
            }
            final PDFTextStripper page = columns ? new PDFTextStripper() : new GapMarkingStripper();
            page.setSortByPosition(!columns);
            page.setSpacingTolerance(LayoutAwarePdfParser.SPACING_TOLERANCE);
            page.setParagraphEnd(PARAGRAPH_END);
            for (int p = pages.size() + 1; p <= count; p++) {
                page.setStartPage(p);
                page.setEndPage(p);
                pages.add(page.getText(doc));
            }
            return pages;
        }
    }
}
