package org.resumepipeline.extract.layout;

import java.io.IOException;
import java.io.InputStream;
import org.apache.tika.exception.TikaException;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.parser.pdf.PDFParser;
import org.apache.tika.parser.pdf.PDFParserConfig;
import org.apache.tika.parser.pdf.TextRunsPDFParserConfig;
import org.xml.sax.ContentHandler;
import org.xml.sax.SAXException;

/**
 * Tika's PDF parser, reading the first page's layout ({@link ColumnLayout}) during its own text pass: a
 * {@link TextRuns} in the parse's context records where each text run starts and ends while Tika's stripper shows
 * it ({@link TextRunsPDFParserConfig}). The verdict goes into the parse's metadata under {@link #TWO_COLUMN}
 * ("true"/"false"); a first page with no text leaves it unset (layout is advice, never a failure). The parser's
 * settings are fixed at construction, because a PDF config in a parse's context would replace the hook. Thread-safe,
 * like its parent.
 */
public final class LayoutAwarePdfParser extends PDFParser {
    /** Metadata key with the layout verdict of the first page. */
    public static final String TWO_COLUMN = "X-ResumePipeline-Two-Column";
    /**
     * Metadata key set to "true" when Tika's text of the first page is out of reading order
     * ({@link TextRuns.Layout#outOfOrder()}): the document must be read again by position ({@link ColumnReader}).
     */
    public static final String OUT_OF_ORDER = "X-ResumePipeline-Out-Of-Order";
    /** Metadata key with the first page's gutter, in points from the left edge, when it has two columns. */
    public static final String GUTTER = "X-ResumePipeline-Gutter";
    /** Metadata key set with {@link #GUTTER}: where the columns start, in points from the top. */
    public static final String COLUMNS_TOP = "X-ResumePipeline-Columns-Top";
    /**
     * A gap wider than this share of a space is a space. PDFBox's 0.5 glues the words of tightly set LaTeX PDFs
     * ("mymaster", "andWebmaster"); 0.3 reads them apart as pdftotext does, with letters drawn in two colours
     * ("int erests") the only split seen on the development corpus.
     */
    public static final float SPACING_TOLERANCE = 0.3f;
    private static final long serialVersionUID = 1L;

    /** @param ocr whether pages without text are sent to OCR (tesseract) */
    public LayoutAwarePdfParser(final boolean ocr) {
        final PDFParserConfig pdf = new TextRunsPDFParserConfig();
        pdf.setExtractBookmarksText(false);
        pdf.setExtractInlineImages(ocr);
        pdf.setSortByPosition(false);
        pdf.setSpacingTolerance(SPACING_TOLERANCE);
        pdf.setExtractAnnotationText(true);
        if (!ocr) {
            pdf.setOcrStrategy(PDFParserConfig.OCR_STRATEGY.NO_OCR);
        }
        setPDFParserConfig(pdf);
    }

    @Override
    public void parse(final InputStream stream, final ContentHandler handler, final Metadata metadata,
                      final ParseContext context) throws IOException, SAXException, TikaException {
        if (context.get(PDFParserConfig.class) != null) {
            throw new IllegalArgumentException("a PDF config in the parse context would replace the layout hook;"
                    + " configure the parser instead");
        }
        final TextRuns previous = context.get(TextRuns.class);
        final TextRuns runs = new TextRuns();
        context.set(TextRuns.class, runs);
        try {
            super.parse(stream, handler, metadata, context);
        } finally {
            context.set(TextRuns.class, previous);
            runs.layout().ifPresent(layout -> {
                metadata.set(TWO_COLUMN, Boolean.toString(layout.twoColumn()));
                if (layout.twoColumn()) {
                    metadata.set(GUTTER, Double.toString(layout.gutter()));
                    metadata.set(COLUMNS_TOP, Double.toString(layout.columnsTop()));
                }
                if (layout.outOfOrder()) {
                    metadata.set(OUT_OF_ORDER, "true");
                }
            });
        }
    }
}
