package org.resumepipeline.model;

/**
 * A positive signal credited to a bullet (ACTION_VERB, METRIC, BEFORE_AFTER, RESULT, MECHANISM, SCOPE, TECHNOLOGY).
 *
 * @param signal the signal id
 * @param start  span start (inclusive), or null
 * @param end    span end (exclusive), or null
 */
public record Signal(String signal, Integer start, Integer end) {
}
