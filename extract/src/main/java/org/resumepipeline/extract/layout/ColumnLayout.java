package org.resumepipeline.extract.layout;

import java.util.List;
import java.util.OptionalDouble;

/**
 * Detects a two-column PDF page from the extents of its text runs: a vertical gutter in the middle of the page that
 * (almost) no text row crosses, with a column of rows on each side. A one-column page has bullets and paragraphs
 * running through the middle; right-aligned dates on a title row leave a gap in that row only. Stateless; the runs
 * come from Tika's own pass over the first page ({@link TextRuns}).
 */
public final class ColumnLayout {
    private static final float BIN = 2f;
    private static final float MIN_GUTTER = 10f;
    private static final double SEARCH_FROM = 0.2;
    private static final double SEARCH_TO = 0.8;
    private static final double CROSSING_SHARE = 0.08;
    private static final int MIN_CROSSING = 2;
    private static final int MIN_ROWS = 15;
    private static final int MIN_SIDE_ROWS = 5;
    private static final int MIN_SHARED_ROWS = 10;

    private ColumnLayout() {
    }

    /**
     * @param rows  text run extents ({from, to} in points) of each text row of a page
     * @param width page width in points
     * @return the middle of the gutter (points from the page's left edge), when there is one: at least
     *         {@value #MIN_GUTTER} points between 20% and 80% of the width, crossed by few rows (headers), with at
     *         least {@value #MIN_SIDE_ROWS} rows of their own on each side (or rows with text on both sides)
     */
    static OptionalDouble gutter(final List<List<float[]>> rows, final float width) {
        if (rows.size() < MIN_ROWS) {
            return OptionalDouble.empty();
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
                    return OptionalDouble.of((runStart + b) * BIN / 2);
                }
                runStart = -1;
            }
        }
        return OptionalDouble.empty();
    }

    /**
     * @return true when each side of the gutter holds {@value #MIN_SIDE_ROWS} rows of its own (columns drawn one
     *         after the other), or {@value #MIN_SHARED_ROWS} rows hold text on both sides and none across (columns
     *         drawn row by row, a two-cell table per row, their cells on one baseline)
     */
    private static boolean sidesFilled(final List<List<float[]>> rows, final float gutterFrom, final float gutterTo) {
        int left = 0;
        int right = 0;
        int shared = 0;
        for (final List<float[]> row : rows) {
            boolean onLeft = false;
            boolean onRight = false;
            boolean across = false;
            for (final float[] box : row) {
                onLeft |= box[1] <= gutterFrom;
                onRight |= box[0] >= gutterTo;
                across |= box[0] < gutterTo && box[1] > gutterFrom;
            }
            if (across) {
                continue;
            }
            if (onLeft && onRight) {
                shared++;
            } else if (onLeft) {
                left++;
            } else if (onRight) {
                right++;
            }
        }
        return left >= MIN_SIDE_ROWS && right >= MIN_SIDE_ROWS || shared >= MIN_SHARED_ROWS;
    }

    private static int bin(final float x, final int bins) {
        return Math.max(0, Math.min(bins - 1, (int) (x / BIN)));
    }
}
