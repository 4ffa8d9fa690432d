package org.resumepipeline.model;

import java.util.Objects;

/**
 * Batch metadata, on {@code resume.batches} (compacted by batch name). A record written before a field existed reads
 * with it false: such a batch is not blind.
 *
 * @param name           batch name, validated by {@link DocumentKeys#validateBatch(String)}
 * @param createdAt      epoch millis
 * @param jobDescription optional job description text used for skill matching, or null
 * @param blind          every view of the batch shows a {@link Pseudonym} instead of who the candidate is; reveals
 *                       are audited on {@code resume.audit}
 * @param mask           what a blind batch hides beyond identity (employers, institutions, graduation years);
 *                       {@link BlindMask#NONE} by default
 */
public record Batch(String name, long createdAt, String jobDescription, boolean blind, BlindMask mask) {
    public Batch {
        DocumentKeys.validateBatch(Objects.requireNonNull(name, "name"));
        mask = mask == null ? BlindMask.NONE : mask;
    }

    /** A batch that is not blind. */
    public Batch(final String name, final long createdAt, final String jobDescription) {
        this(name, createdAt, jobDescription, false, BlindMask.NONE);
    }

    /** @return this batch, blind (with the given extra masks) or not */
    public Batch withBlind(final boolean blindReview, final BlindMask extra) {
        return new Batch(name, createdAt, jobDescription, blindReview, extra);
    }
}
