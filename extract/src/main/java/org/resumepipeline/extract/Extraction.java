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
 */
public record Extraction(ResumeDocument document, FailureReason reason, String message, String mediaType) {
    public static Extraction ok(final ResumeDocument document, final String mediaType) {
        return new Extraction(document, null, null, mediaType);
    }

    public static Extraction failed(final FailureReason reason, final String message, final String mediaType) {
        return new Extraction(null, reason, message == null ? reason.advice() : message, mediaType);
    }

    public boolean isOk() {
        return reason == null;
    }
}
