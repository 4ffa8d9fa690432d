package org.resumepipeline.model;

/** The {@code failure} object of a DOC: reason code and a message saying what to do. */
public record DocumentFailure(FailureReason reason, String message) {
}
