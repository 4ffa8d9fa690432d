package org.resumepipeline.extract.layout;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.contentstream.PDFStreamEngine;
import org.apache.pdfbox.contentstream.operator.DrawObject;
import org.apache.pdfbox.contentstream.operator.state.Concatenate;
import org.apache.pdfbox.contentstream.operator.state.Restore;
import org.apache.pdfbox.contentstream.operator.state.Save;
import org.apache.pdfbox.contentstream.operator.state.SetGraphicsStateParameters;
import org.apache.pdfbox.contentstream.operator.state.SetMatrix;
import org.apache.pdfbox.contentstream.operator.text.BeginText;
import org.apache.pdfbox.contentstream.operator.text.EndText;
import org.apache.pdfbox.contentstream.operator.text.MoveText;
import org.apache.pdfbox.contentstream.operator.text.MoveTextSetLeading;
import org.apache.pdfbox.contentstream.operator.text.NextLine;
import org.apache.pdfbox.contentstream.operator.text.SetCharSpacing;
import org.apache.pdfbox.contentstream.operator.text.SetFontAndSize;
import org.apache.pdfbox.contentstream.operator.text.SetTextHorizontalScaling;
import org.apache.pdfbox.contentstream.operator.text.SetTextLeading;
import org.apache.pdfbox.contentstream.operator.text.SetTextRenderingMode;
import org.apache.pdfbox.contentstream.operator.text.SetTextRise;
import org.apache.pdfbox.contentstream.operator.text.SetWordSpacing;
import org.apache.pdfbox.contentstream.operator.text.ShowText;
import org.apache.pdfbox.contentstream.operator.text.ShowTextAdjusted;
import org.apache.pdfbox.contentstream.operator.text.ShowTextLine;
import org.apache.pdfbox.contentstream.operator.text.ShowTextLineAndSpace;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDSimpleFont;
import org.apache.pdfbox.util.Matrix;
import org.apache.pdfbox.util.Vector;

/**
 * Detects two-column PDF pages from glyph positions: a vertical gutter in the middle of the page that (almost) no
 * text row crosses, with a column of rows on each side. A one-column page has bullets and paragraphs running through
 * the middle; right-aligned dates on a title row leave a gap in that row only. Reads the first pages only.
 * Thread-safe (stateless). Tika's PDF parse runs it on the document it has loaded ({@link LayoutAwarePdfParser}).
 */
public final class ColumnLayout {
    /** Pages examined: a two-column resume shows it on its first page; one page keeps the cost low. */
    static final int PAGES = 1;
    private static final float BIN = 2f;
    private static final float ROW = 3f;
    private static final float MIN_GUTTER = 10f;
    private static final double SEARCH_FROM = 0.2;
    private static final double SEARCH_TO = 0.8;
    private static final double CROSSING_SHARE = 0.08;
    private static final int MIN_CROSSING = 2;
    private static final int MIN_ROWS = 15;
    private static final int MIN_SIDE_ROWS = 5;

    private ColumnLayout() {
    }

    /**
     * @param doc an open document; it is read, not changed, and stays open. Reading it just before Tika's text pass
     *            costs less than a second load: the fonts parsed here stay in the document's resource cache
     * @return true when one of the first pages is laid out in two columns
     * @throws IOException when PDFBox cannot read the first page
     */
    public static boolean isTwoColumn(final PDDocument doc) throws IOException {
        final int pages = Math.min(PAGES, doc.getNumberOfPages());
        for (int i = 0; i < pages; i++) {
            final PDPage page = doc.getPage(i);
            final float width = page.getCropBox().getWidth();
            if (width <= 0) {
                continue;
            }
            final GlyphRows rows = new GlyphRows(page);
            rows.processPage(page);
            if (!rows.rows.isEmpty() && hasGutter(new ArrayList<>(rows.rows.values()), width)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Horizontal extent of every visible glyph of a page, grouped into rows by baseline. A bare content-stream
     * engine: text state and positions only, none of the text assembly a {@code PDFTextStripper} does.
     */
    private static final class GlyphRows extends PDFStreamEngine {
        private final Map<Integer, List<float[]>> rows = new HashMap<>();
        private final float left;
        private final float top;

        GlyphRows(final PDPage page) {
            final PDRectangle crop = page.getCropBox();
            this.left = crop.getLowerLeftX();
            this.top = crop.getUpperRightY();
            addOperator(new BeginText(this));
            addOperator(new EndText(this));
            addOperator(new Concatenate(this));
            addOperator(new Save(this));
            addOperator(new Restore(this));
            addOperator(new SetMatrix(this));
            addOperator(new SetGraphicsStateParameters(this));
            addOperator(new DrawObject(this));
            addOperator(new NextLine(this));
            addOperator(new MoveText(this));
            addOperator(new MoveTextSetLeading(this));
            addOperator(new SetCharSpacing(this));
            addOperator(new SetWordSpacing(this));
            addOperator(new SetFontAndSize(this));
            addOperator(new SetTextLeading(this));
            addOperator(new SetTextRenderingMode(this));
            addOperator(new SetTextRise(this));
            addOperator(new SetTextHorizontalScaling(this));
            addOperator(new ShowText(this));
            addOperator(new ShowTextAdjusted(this));
            addOperator(new ShowTextLine(this));
            addOperator(new ShowTextLineAndSpace(this));
        }

        @Override
        protected void showGlyph(final Matrix trm, final PDFont font, final int code, final Vector displacement)
                throws IOException {
            final String unicode = font.toUnicode(code);
            if (unicode == null ? !(font instanceof PDSimpleFont) || Character.isWhitespace(code) : unicode.isBlank()) {
                return;
            }
            final float x = trm.getTranslateX() - left;
            final float width = displacement.getX() * trm.getScalingFactorX();
            rows.computeIfAbsent(Math.round((top - trm.getTranslateY()) / ROW), k -> new ArrayList<>())
                    .add(new float[] {x, x + Math.max(width, 0.5f)});
        }
    }

    /**
     * @param rows  glyph boxes ({from, to} in points) of each text row of a page
     * @param width page width in points
     * @return true when a gutter of at least {@value #MIN_GUTTER} points between 20% and 80% of the width is crossed
     *         by few rows (headers) and both sides hold at least {@value #MIN_SIDE_ROWS} rows of their own
     */
    static boolean hasGutter(final List<List<float[]>> rows, final float width) {
        if (rows.size() < MIN_ROWS) {
            return false;
        }
        final int bins = (int) Math.ceil(width / BIN) + 1;
        final int[] coverage = new int[bins];
        for (final List<float[]> row : rows) {
            final boolean[] seen = new boolean[bins];
            for (final float[] box : row) {
                for (int b = bin(box[0], bins); b <= bin(box[1], bins); b++) {
                    seen[b] = true;
                }
            }
            for (int b = 0; b < bins; b++) {
                coverage[b] += seen[b] ? 1 : 0;
            }
        }
        final int allowed = Math.max(MIN_CROSSING, (int) (rows.size() * CROSSING_SHARE));
        final int from = bin((float) (width * SEARCH_FROM), bins);
        final int to = bin((float) (width * SEARCH_TO), bins);
        int runStart = -1;
        for (int b = from; b <= to + 1; b++) {
            final boolean open = b <= to && coverage[b] <= allowed;
            if (open && runStart < 0) {
                runStart = b;
            } else if (!open && runStart >= 0) {
                if ((b - runStart) * BIN >= MIN_GUTTER && sidesFilled(rows, runStart * BIN, b * BIN)) {
                    return true;
                }
                runStart = -1;
            }
        }
        return false;
    }

    private static boolean sidesFilled(final List<List<float[]>> rows, final float gutterFrom, final float gutterTo) {
        int left = 0;
        int right = 0;
        for (final List<float[]> row : rows) {
            float min = Float.MAX_VALUE;
            float max = -Float.MAX_VALUE;
            for (final float[] box : row) {
                min = Math.min(min, box[0]);
                max = Math.max(max, box[1]);
            }
            if (max <= gutterFrom) {
                left++;
            } else if (min >= gutterTo) {
                right++;
            }
        }
        return left >= MIN_SIDE_ROWS && right >= MIN_SIDE_ROWS;
    }

    private static int bin(final float x, final int bins) {
        return Math.max(0, Math.min(bins - 1, (int) (x / BIN)));
    }
}
