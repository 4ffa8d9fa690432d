package org.resumepipeline.extract;

import org.resumepipeline.model.FailureReason;

/**
 * Parses in this JVM (for {@code rp lint} and tests). Thread-safe. No time limit: use the isolated extractor for
 * untrusted input at scale.
 */
final class InProcessExtractor implements Extractor {
    private final TikaResumeParser parser;

    InProcessExtractor(final ExtractConfig config) {
        this.parser = new TikaResumeParser(config);
    }

    @Override
    public Extraction extract(final String file, final byte[] content, final String mediaType) {
        if (content == null) {
            return Extraction.failed(FailureReason.EMPTY, null, null);
        }
        try {
            return parser.parse(file, content, mediaType);
        } catch (OutOfMemoryError e) {
            return Extraction.failed(FailureReason.OUT_OF_MEMORY, null, null);
        } catch (RuntimeException e) {
            return Extraction.failed(FailureReason.PARSE_ERROR, null, null);
        }
    }

    @Override
    public String version() {
        return TikaResumeParser.VERSION;
    }

    @Override
    public void close() {
        // nothing held outside the heap
    }
}
