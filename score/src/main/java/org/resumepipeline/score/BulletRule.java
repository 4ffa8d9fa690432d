package org.resumepipeline.score;

/** The bullet rules of the catalogue, in catalogue order; the names are the public rule ids. */
enum BulletRule {
    WEAK_OPENER, NO_ACTION_VERB, TOOL_ONLY, NO_METRIC, VANITY_METRIC, NO_RESULT, VAGUE, BUZZWORD, PLACEHOLDER,
    PRONOUN, PASSIVE, TOO_SHORT, TOO_LONG
}
