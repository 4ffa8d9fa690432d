package org.resumepipeline.extract.layout;

import java.io.IOException;
import java.io.InputStream;
import org.apache.pdfbox.io.RandomAccessStreamCache;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.tika.exception.EncryptedDocumentException;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.parser.pdf.PDFParser;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Tika's PDF parser, plus the page layout check ({@link ColumnLayout}) on the very document Tika has just loaded,
 * before Tika reads its text: one load instead of two, and the fonts the check parses stay in the document's cache
 * for Tika's pass. The verdict goes into the parse's metadata under {@link #TWO_COLUMN} ("true"/"false"); a page
 * the check cannot read leaves it unset (layout is advice, never a failure). Thread-safe, like its parent.
 */
public final class LayoutAwarePdfParser extends PDFParser {
    /** Metadata key with the layout verdict of the first page. */
    public static final String TWO_COLUMN = "X-ResumePipeline-Two-Column";
    private static final long serialVersionUID = 1L;
    private static final Logger LOG = LoggerFactory.getLogger(LayoutAwarePdfParser.class);

    @Override
    protected PDDocument getPDDocument(final InputStream stream, final TikaInputStream tis, final String password,
                                       final RandomAccessStreamCache.StreamCacheCreateFunction cache,
                                       final Metadata metadata, final ParseContext context)
            throws IOException, EncryptedDocumentException {
        final PDDocument doc = super.getPDDocument(stream, tis, password, cache, metadata, context);
        try {
            metadata.set(TWO_COLUMN, Boolean.toString(ColumnLayout.isTwoColumn(doc)));
        } catch (IOException | RuntimeException e) {
            LOG.debug("column layout not detected", e);
        }
        return doc;
    }
}
