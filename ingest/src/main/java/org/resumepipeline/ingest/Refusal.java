package org.resumepipeline.ingest;

import org.resumepipeline.model.FailureReason;

/**
 * A file refused at the door: nothing is published to resume.uploads for it; a failure record is.
 *
 * @param file    the file (or archive entry) name
 * @param key     the document key it would have had
 * @param reason  the reason code
 * @param message what to do about it
 */
public record Refusal(String file, String key, FailureReason reason, String message) {
}
