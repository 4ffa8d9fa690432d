package org.resumepipeline.score;

/** The positive signals of the catalogue; the names are the public signal ids. */
enum SignalId {
    ACTION_VERB, METRIC, BEFORE_AFTER, RESULT, MECHANISM, SCOPE, TECHNOLOGY
}
