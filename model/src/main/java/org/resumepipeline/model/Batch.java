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

    /**
     * Blindness is sticky: settings written without asking for blind review (adding files with {@code rp ingest} or
     * {@code rp run} without {@code --blind}, {@code PUT /batches/{b}} without {@code "blind"}) keep a blind batch
     * blind, with its mask. Only {@code PUT /batches/{b}} with {@code "blind": false} makes it open again.
     *
     * @param current the batch's settings on {@code resume.batches} now, or null when it has none
     * @return these settings, blind with the current mask when the batch is blind now and these are not
     */
    public Batch keepingBlindOf(final Batch current) {
        return blind || current == null || !current.blind() ? this : withBlind(true, current.mask());
    }

    /** @return this batch, blind (with the given extra masks) or not */
    public Batch withBlind(final boolean blindReview, final BlindMask extra) {
        return new Batch(name, createdAt, jobDescription, blindReview, extra);
    }
}
