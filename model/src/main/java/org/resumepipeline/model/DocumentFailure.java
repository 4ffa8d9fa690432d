package org.resumepipeline.model;

/**
 * The {@code failure} object of a DOC: reason code, a message saying what to do, and who can act on it.
 *
 * @param category the reason's {@link FailureCategory}; a DOC written before the field existed reads with it taken
 *                 from the reason (null only when the reason is)
 */
public record DocumentFailure(FailureReason reason, String message, FailureCategory category) {
    public DocumentFailure {
        if (category == null && reason != null) {
            category = reason.category();
        }
    }

    public DocumentFailure(final FailureReason reason, final String message) {
        this(reason, message, null);
    }
}
