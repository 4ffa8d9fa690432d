package org.resumepipeline.extract.layout;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import org.apache.pdfbox.contentstream.PDFStreamEngine;
import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.contentstream.operator.OperatorProcessor;
import org.apache.pdfbox.contentstream.operator.text.ShowText;
import org.apache.pdfbox.contentstream.operator.text.ShowTextAdjusted;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDSimpleFont;
import org.apache.pdfbox.util.Matrix;

/**
 * The horizontal extent of every text run (a {@code Tj} or {@code TJ}; {@code '} and {@code "} show through
 * {@code Tj}) on the first page of a PDF, grouped into rows by baseline and kept in stream order, recorded while
 * Tika's text stripper reads the page: {@link #install(PDFStreamEngine)} wraps the stripper's text-showing
 * operators, which note the text position before and after the original operator runs. Costs two matrix products
 * per run, where a pass of its own over the page cost a third of the parse. One instance per parse; not
 * thread-safe.
 */
public final class TextRuns {
    private static final float ROW = 3f;
    /** Crossings of the gutter, in stream order, above which a page draws its rows across both columns. */
    private static final int INTERLEAVED = 8;
    /** How far below the page's topmost text, in points (three lines or so), a stream may start and be in order. */
    private static final double LATE_TOP = 40;
    /** A jump back up the page, in points (three lines or so): a page in reading order makes none in one column. */
    private static final double CLIMB = 40;
    /** Jumps back up above which one column is drawn out of reading order. */
    private static final int CLIMBS = 3;
    /** Every run as {from, to, baseline from the top}, in stream order. */
    private final List<float[]> order = new ArrayList<>();
    private PDPage first;
    private float left;
    private float top;
    private float width;

    /** Wraps the engine's text-showing operators so they record their runs. */
    public void install(final PDFStreamEngine engine) {
        engine.addOperator(new Recording(engine, new ShowText(engine)));
        engine.addOperator(new Recording(engine, new ShowTextAdjusted(engine)));
    }

    /**
     * The first page's layout.
     *
     * @param twoColumn whether the page has two columns
     * @param gutter    the middle of the gutter, in points from the page's left edge (0 for one column)
     * @param crossings how often the content stream went from one column to the other, run by run
     * @param columnsTop where the columns start, in points from the top: below the rows above them that cross the
     *                  gutter (a name and contact line across the page); 0 when there are none
     * @param startBelowTop how far below the page's topmost text the stream's first run is, in points
     * @param climbs    how often the stream went back up the page by more than a few lines, run by run
     */
    public record Layout(boolean twoColumn, double gutter, int crossings, double columnsTop, double startBelowTop,
                         int climbs) {
        /**
         * @return true when the page draws its rows across both columns (a table of two cells per row, say), so the
         *         text in stream order interleaves the columns; a page drawn column by column crosses once or twice
         */
        public boolean interleaved() {
            return twoColumn && crossings >= INTERLEAVED;
        }

        /**
         * @return true when Tika's text in stream order is out of reading order: the columns interleave, or the
         *         stream starts well below text it draws later (some producers draw right-aligned dates first), or
         *         one column goes back up the page again and again (headings drawn first, then each block), so the
         *         page must be read again by position
         */
        public boolean outOfOrder() {
            return interleaved() || startBelowTop > LATE_TOP || !twoColumn && climbs >= CLIMBS;
        }
    }

    /** @return the layout of the first page, or empty when no text run was seen there */
    public Optional<Layout> layout() {
        if (first == null || width <= 0) {
            return Optional.empty();
        }
        final Map<Integer, List<float[]>> rows = rows();
        final OptionalDouble gutter = rows.isEmpty() ? OptionalDouble.empty()
                : ColumnLayout.gutter(new ArrayList<>(rows.values()), width);
        if (gutter.isEmpty()) {
            return Optional.of(new Layout(false, 0, 0, 0, startBelowTop(), climbs()));
        }
        final double g = gutter.getAsDouble();
        int crossings = 0;
        int side = 0;
        for (final float[] run : order) {
            final int now = run[1] <= g ? -1 : run[0] >= g ? 1 : 0;
            if (now != 0 && side != 0 && now != side) {
                crossings++;
            }
            side = now != 0 ? now : side;
        }
        return Optional.of(new Layout(true, g, crossings, columnsTop(rows, g), startBelowTop(), climbs()));
    }

    /** @return the runs grouped into rows by baseline, keyed by the baseline's distance from the top in rows */
    private Map<Integer, List<float[]>> rows() {
        final Map<Integer, List<float[]>> rows = new HashMap<>();
        for (final float[] run : order) {
            rows.computeIfAbsent(Math.round(run[2] / ROW), k -> new ArrayList<>()).add(run);
        }
        return rows;
    }

    /** @return how often a run starts more than {@value #CLIMB} points above the run before it */
    private int climbs() {
        int climbs = 0;
        for (int i = 1; i < order.size(); i++) {
            if (order.get(i)[2] < order.get(i - 1)[2] - CLIMB) {
                climbs++;
            }
        }
        return climbs;
    }

    /** @return how far below the page's topmost text the stream's first run is, in points */
    private double startBelowTop() {
        double top = Double.MAX_VALUE;
        for (final float[] run : order) {
            top = Math.min(top, run[2]);
        }
        return order.isEmpty() ? 0 : order.get(0)[2] - top;
    }

    /** @return halfway between the last row across the gutter above the columns and the first row of a column */
    private static double columnsTop(final Map<Integer, List<float[]>> rows, final double gutter) {
        final List<Integer> keys = new ArrayList<>(rows.keySet());
        keys.sort(null);
        int lastAcross = Integer.MIN_VALUE;
        for (final int key : keys) {
            final boolean across = rows.get(key).stream().anyMatch(r -> r[0] < gutter && r[1] > gutter);
            if (!across) {
                return lastAcross == Integer.MIN_VALUE ? 0 : (lastAcross + key) * ROW / 2;
            }
            lastAcross = key;
        }
        return 0;
    }

    /** Records a run from {@code fromX} to {@code toX} on the baseline {@code y} (device space). */
    void add(final float fromX, final float toX, final float y) {
        final float from = Math.min(fromX, toX) - left;
        final float to = Math.max(fromX, toX) - left;
        order.add(new float[] {from, Math.max(to, from + 0.5f), top - y});
    }

    /** @return true when the page is the first one seen (the one recorded) */
    private boolean recording(final PDPage page) {
        if (first == null && page != null) {
            first = page;
            final PDRectangle crop = page.getCropBox();
            left = crop.getLowerLeftX();
            top = crop.getUpperRightY();
            width = crop.getWidth();
        }
        return page != null && page == first;
    }

    /** A text-showing operator that notes where its run starts and ends, around the original. */
    private final class Recording extends OperatorProcessor {
        private final OperatorProcessor original;

        Recording(final PDFStreamEngine engine, final OperatorProcessor original) {
            super(engine);
            this.original = original;
        }

        @Override
        public void process(final Operator operator, final List<COSBase> operands) throws IOException {
            final PDFStreamEngine engine = getContext();
            final Matrix tm = engine.getTextMatrix();
            if (tm == null || !recording(engine.getCurrentPage()) || blank(engine, operands)) {
                original.process(operator, operands);
                return;
            }
            final Matrix ctm = engine.getGraphicsState().getCurrentTransformationMatrix().clone();
            final Matrix start = tm.multiply(ctm);
            original.process(operator, operands);
            final Matrix after = engine.getTextMatrix();
            if (after != null) {
                add(start.getTranslateX(), after.multiply(ctm).getTranslateX(), start.getTranslateY());
            }
        }

        @Override
        public String getName() {
            return original.getName();
        }
    }

    /** @return true when the run shows nothing but spaces of a simple font (they leave no ink on the page) */
    private static boolean blank(final PDFStreamEngine engine, final List<COSBase> operands) {
        if (operands.isEmpty()) {
            return true;
        }
        final PDFont font = engine.getGraphicsState().getTextState().getFont();
        if (!(font instanceof PDSimpleFont)) {
            return false;
        }
        final COSBase operand = operands.get(0);
        if (operand instanceof COSString s) {
            return spaces(s);
        }
        if (operand instanceof COSArray array) {
            for (final COSBase item : array) {
                if (item instanceof COSString s && !spaces(s)) {
                    return false;
                }
            }
            return true;
        }
        return false;
    }

    private static boolean spaces(final COSString s) {
        for (final byte b : s.getBytes()) {
            if (b != ' ') {
                return false;
            }
        }
        return true;
    }
}
