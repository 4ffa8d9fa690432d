package org.resumepipeline.extract;

import org.resumepipeline.model.FailureReason;
import org.resumepipeline.model.ResumeDocument;

/**
 * The outcome of extracting one document, as data: a document, or a failure reason with a message.
 *
 * @param document  the resume structure, null on failure
 * @param reason    the failure reason, null on success
 * @param message   what happened and what to do, null on success; never document text
 * @param mediaType the detected media type, when known
 * @param fault     for PARSE_ERROR, the parser and exception class that caused it, when known; else null
 */
public record Extraction(ResumeDocument document, FailureReason reason, String message, String mediaType,
                         ParseFault fault) {
    public Extraction(final ResumeDocument document, final FailureReason reason, final String message,
                      final String mediaType) {
        this(document, reason, message, mediaType, null);
    }

    public static Extraction ok(final ResumeDocument document, final String mediaType) {
        return new Extraction(document, null, null, mediaType);
    }

    public static Extraction failed(final FailureReason reason, final String message, final String mediaType) {
        return new Extraction(null, reason, message == null ? reason.advice() : message, mediaType);
    }

    /** @return a PARSE_ERROR caused by {@code fault} */
    public static Extraction parseError(final ParseFault fault, final String mediaType) {
        return new Extraction(null, FailureReason.PARSE_ERROR, FailureReason.PARSE_ERROR.advice(), mediaType, fault);
    }

    public boolean isOk() {
        return reason == null;
    }
}
