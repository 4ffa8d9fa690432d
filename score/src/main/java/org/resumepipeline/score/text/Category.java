package org.resumepipeline.score.text;

/**
 * What a lexicon entry means. Each category is one bit of a {@code long} mask, so one trie walk finds every
 * category at once. The lexicon name is the key of the list in the ruleset file (null when derived).
 */
public enum Category {
    ACTION_PAST(null), ACTION_BASE(null), ACTION_PRESENT(null), ACTION_GERUND(null),
    WEAK_OPENER("weak_openers"), TOOL_OPENER("tool_openers"), VAGUE("vague"),
    VAGUE_IMPROVEMENT("vague_improvements"), BUZZWORD("buzzwords"), PLACEHOLDER("placeholders"),
    PRONOUN("pronouns"), PASSIVE_AUX("passive_auxiliaries"), PARTICIPLE("participles"), RESULT("results"),
    IMPROVEMENT_RESULT("improvement_results"), COMPARATIVE("comparatives"), MECHANISM("mechanisms"),
    SCOPE("scopes"), METRIC_UNIT("metric_units"), SCALE_WORD("scale_words"), NUMBER_WORD("number_words"),
    MULTIPLIER("multiplier_words"), VANITY_UNIT("vanity_units"), VERSION_PREFIX("version_prefixes"),
    MONTH("months"), CURRENCY("currency_signs"), APPROXIMATOR("approximators"), BY_UNIT("by_units"),
    FUNCTION_WORD("function_words"), NOT_PLURAL("not_plurals"), NOT_VERB("not_verbs"), NOUN_FOLLOWER("noun_followers"),
    OPENER_NOT_RESULT("results_not_as_opener"), FAILURE_HANDLING("failure_handling"), SECURITY("security"),
    STOCK_SUMMARY("stock_summary_phrases"),
    TECHNOLOGY(null), LANGUAGE(null), DATASTORE(null), INFRASTRUCTURE(null),
    COV_PERFORMANCE(null), COV_RELIABILITY(null), COV_DATA(null), COV_SECURITY(null), COV_SCALE(null),
    COV_DELIVERY(null), COV_LEADERSHIP(null), COV_RISK_MANAGEMENT(null);

    private final String lexiconName;
    private final long bit;

    Category(final String lexiconName) {
        this.lexiconName = lexiconName;
        this.bit = 1L << ordinal();
    }

    /** @return the ruleset list this category is read from, or null when it is derived or grouped */
    public String lexiconName() {
        return lexiconName;
    }

    /** @return this category's bit in a mask */
    public long bit() {
        return bit;
    }

    /** @return true when the mask holds this category */
    public boolean in(final long mask) {
        return (mask & bit) != 0;
    }
}
