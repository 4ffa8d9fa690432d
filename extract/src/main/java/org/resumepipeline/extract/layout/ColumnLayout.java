package org.resumepipeline.extract.layout;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/**
 * Detects two-column PDF pages from glyph positions: a vertical gutter in the middle of the page that (almost) no
 * text row crosses, with a column of rows on each side. A one-column page has bullets and paragraphs running through
 * the middle; right-aligned dates on a title row leave a gap in that row only. Reads the first pages only.
 * Thread-safe (stateless); one PDFBox load per call.
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
     * @param pdf the document bytes (already read successfully by Tika)
     * @return true when one of the first pages is laid out in two columns
     * @throws IOException when PDFBox cannot read the document
     */
    public static boolean isTwoColumn(final byte[] pdf) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            final Collector collector = new Collector();
            collector.setStartPage(1);
            collector.setEndPage(Math.min(PAGES, doc.getNumberOfPages()));
            collector.writeText(doc, Writer.nullWriter());
            return collector.twoColumn;
        }
    }

    /** Glyph boxes of one page at a time, grouped into rows by baseline. */
    private static final class Collector extends PDFTextStripper {
        private final Map<Integer, List<float[]>> rows = new HashMap<>();
        private float width;
        private boolean twoColumn;

        Collector() throws IOException {
            super();
        }

        @Override
        protected void processTextPosition(final TextPosition text) {
            final String unicode = text.getUnicode();
            if (unicode == null || unicode.isBlank()) {
                return;
            }
            width = Math.max(width, text.getPageWidth());
            final float x = text.getXDirAdj();
            rows.computeIfAbsent(Math.round(text.getYDirAdj() / ROW), k -> new ArrayList<>())
                    .add(new float[] {x, x + Math.max(text.getWidthDirAdj(), 0.5f)});
        }

        @Override
        protected void endPage(final PDPage page) throws IOException {
            finishPage();
            super.endPage(page);
        }

        private void finishPage() {
            if (!rows.isEmpty() && width > 0) {
                twoColumn |= hasGutter(new ArrayList<>(rows.values()), width);
            }
            rows.clear();
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
