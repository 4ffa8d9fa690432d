package org.resumepipeline.score;

import org.resumepipeline.score.text.Category;

/** A rule that fires on every occurrence of a lexicon's phrases: BUZZWORD and PRONOUN. */
final class PhraseCheck implements BulletCheck {
    private final Category category;
    private final BulletRule rule;
    private final String message;
    private final String suggestion;

    PhraseCheck(final Category category, final BulletRule rule, final String message, final String suggestion) {
        this.category = category;
        this.rule = rule;
        this.message = message;
        this.suggestion = suggestion;
    }

    @Override
    public void apply(final BulletContext c) {
        c.matches.forEachLongest(category, k -> {
            final int from = c.matches.start(k);
            final int to = c.matches.end(k);
            c.fire(rule, c.startOf(from), c.endOf(to), "'" + c.quote(from, to) + "' " + message, suggestion);
        });
    }
}
