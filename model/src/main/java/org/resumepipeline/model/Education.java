package org.resumepipeline.model;

/** An education entry. */
public record Education(String degree, String institution, String dates) {
}
