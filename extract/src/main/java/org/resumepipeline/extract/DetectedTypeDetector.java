package org.resumepipeline.extract;

import java.io.IOException;
import java.io.InputStream;
import org.apache.tika.detect.Detector;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.mime.MediaType;

/**
 * Tika's default detector, except that a type this parser has already detected (stored under {@link #KEY}) is
 * returned as is: {@link org.apache.tika.parser.AutoDetectParser} detects again before parsing, and MIME magic is a
 * large share of the cost of a small document. Thread-safe.
 */
final class DetectedTypeDetector implements Detector {
    /** Metadata key holding the type detected before the parse; set only by {@link TikaResumeParser}. */
    static final String KEY = "X-ResumePipeline-Detected-Type";
    private static final long serialVersionUID = 1L;

    private final Detector delegate;

    DetectedTypeDetector(final Detector delegate) {
        this.delegate = delegate;
    }

    @Override
    public MediaType detect(final InputStream input, final Metadata metadata) throws IOException {
        final String known = metadata.get(KEY);
        return known != null ? MediaType.parse(known) : delegate.detect(input, metadata);
    }
}
