package org.resumepipeline.model;

import java.util.Objects;

/**
 * Batch metadata, on {@code resume.batches} (compacted by batch name).
 *
 * @param name           batch name, validated by {@link DocumentKeys#validateBatch(String)}
 * @param createdAt      epoch millis
 * @param jobDescription optional job description text used for skill matching, or null
 */
public record Batch(String name, long createdAt, String jobDescription) {
    public Batch {
        DocumentKeys.validateBatch(Objects.requireNonNull(name, "name"));
    }
}
