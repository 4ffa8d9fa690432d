package org.resumepipeline.model;

import java.util.Objects;

/**
 * One rule finding.
 *
 * @param rule       rule id from the catalogue, e.g. WEAK_OPENER
 * @param severity   error, warn or info
 * @param message    what is wrong
 * @param start      start of the character span in the bullet (inclusive), null for resume-level findings
 * @param end        end of the span (exclusive), null for resume-level findings
 * @param suggestion a concrete suggestion
 */
public record Finding(String rule, String severity, String message, Integer start, Integer end, String suggestion) {
    public Finding {
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(severity, "severity");
    }
}
