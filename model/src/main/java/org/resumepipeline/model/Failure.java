package org.resumepipeline.model;

import java.util.Objects;

/**
 * A document that ended without a score, on {@code resume.failures}.
 *
 * @param key     document key
 * @param batch   batch name
 * @param file    file name as uploaded
 * @param stage   the stage that failed it: ingest, extract or score
 * @param reason  the reason code
 * @param message what happened and what the user can do; never document text
 * @param uploadedAt epoch millis of the upload, for end-to-end latency
 */
public record Failure(String key, String batch, String file, String stage, FailureReason reason, String message,
                      long uploadedAt) {
    public Failure {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(stage, "stage");
        if (message == null || message.isBlank()) {
            message = reason.advice();
        }
    }
}
