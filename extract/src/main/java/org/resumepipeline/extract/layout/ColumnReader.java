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
 * Reads a PDF whose first page draws its rows across both columns (a two-cell table per row, say): Tika's text in
 * stream order interleaves the columns there, so that page is read again by position: the rows across the page
 * above the columns (a name and contact line), then the left column top to bottom, then the right one. The other pages are read in stream order, as Tika reads them. Runs only for such documents
 * ({@link LayoutAwarePdfParser#INTERLEAVED_GUTTER}); stateless.
 */
public final class ColumnReader {
    /** Far enough past any page edge: a region's bounds must hold every glyph of its side. */
    private static final float FAR = 100_000f;

    private ColumnReader() {
    }

    /**
     * @param pdf    the document
     * @param gutter     the first page's gutter, in points from the left edge of its crop box
     * @param columnsTop where the columns start on the first page, in points from the top of its crop box
     * @return the text of each page, lines separated by {@code \n}
     * @throws IOException when PDFBox cannot read the document
     */
    public static List<String> pages(final byte[] pdf, final double gutter, final double columnsTop)
            throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            final List<String> pages = new ArrayList<>();
            if (doc.getNumberOfPages() == 0) {
                return pages;
            }
            final PDFTextStripperByArea columns = new PDFTextStripperByArea();
            columns.setSortByPosition(true);
            final float g = (float) gutter;
            final float top = (float) columnsTop;
            columns.addRegion("header", new Rectangle2D.Float(-FAR, -FAR, 2 * FAR, FAR + top));
            columns.addRegion("left", new Rectangle2D.Float(-FAR, top, FAR + g, FAR));
            columns.addRegion("right", new Rectangle2D.Float(g, top, FAR, FAR));
            columns.extractRegions(doc.getPage(0));
            pages.add(columns.getTextForRegion("header") + "\n" + columns.getTextForRegion("left") + "\n"
                    + columns.getTextForRegion("right"));
            final PDFTextStripper rest = new PDFTextStripper();
            rest.setSortByPosition(false);
            for (int p = 2; p <= doc.getNumberOfPages(); p++) {
                rest.setStartPage(p);
                rest.setEndPage(p);
                pages.add(rest.getText(doc));
            }
            return pages;
        }
    }
}
