package org.resumepipeline.extract;

import java.util.HashMap;
import java.util.Map;
import org.apache.tika.detect.Detector;
import org.apache.tika.mime.MediaType;
import org.apache.tika.parser.AutoDetectParser;
import org.apache.tika.parser.DefaultParser;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.parser.Parser;
import org.resumepipeline.extract.layout.LayoutAwarePdfParser;

/**
 * Tika's auto-detecting parser over Tika's default parsers, with two changes: PDFs go to
 * {@link LayoutAwarePdfParser} (Tika's PDF parser, reading the first page's layout during its own text pass), and the
 * media type to parser table is built once instead of on every parse (Tika asks each of its ~100 parsers for its
 * types per document, a large share of the cost of a small one). Thread-safe: the table is immutable.
 */
final class ResumeAutoDetectParser extends AutoDetectParser {
    private static final long serialVersionUID = 1L;

    private final Map<MediaType, Parser> table;

    /** @param ocr whether PDF pages without text are sent to OCR */
    ResumeAutoDetectParser(final Detector detector, final boolean ocr) {
        this(detector, new DefaultParser(), new LayoutAwarePdfParser(ocr));
    }

    private ResumeAutoDetectParser(final Detector detector, final DefaultParser tika, final Parser pdf) {
        super(detector, tika, pdf);
        // straight to the leaf parsers, so Tika's default parser does not rebuild its own table on each parse either
        final Map<MediaType, Parser> leaves = new HashMap<>(tika.getParsers(new ParseContext()));
        for (final MediaType type : pdf.getSupportedTypes(new ParseContext())) {
            leaves.put(getMediaTypeRegistry().normalize(type), pdf);
        }
        this.table = Map.copyOf(leaves);
    }

    @Override
    public Map<MediaType, Parser> getParsers(final ParseContext context) {
        // null only while Tika's constructors run, before the table exists
        return table != null ? table : super.getParsers(context);
    }
}
