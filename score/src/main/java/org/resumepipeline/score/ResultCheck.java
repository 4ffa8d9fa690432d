package org.resumepipeline.score;

import org.resumepipeline.score.text.Category;
import org.resumepipeline.score.text.Matches;
import org.resumepipeline.score.text.Tokens;

/**
 * NO_RESULT and the RESULT signal. An outcome is an outcome word or clause (reducing, preventing, "so that",
 * "resulting in"), a before/after ("from X to Y", "by N%") or a quantified comparison ("40% faster"); improvement
 * words (improving, increasing, scaled) count only when the bullet carries a metric. Naming the failure that was
 * prevented counts without a number.
 */
final class ResultCheck implements BulletCheck {
    @Override
    public void apply(final BulletContext c) {
        final Matches m = c.matches;
        int start = -1;
        int end = -1;
        final int strong = firstResult(c);
        if (strong >= 0) {
            start = c.startOf(m.start(strong));
            end = c.endOf(m.end(strong));
            c.strongResult = true;
        }
        if (c.quantifiedStart >= 0) {
            c.strongResult = true;
            if (start < 0 || c.quantifiedStart < start) {
                start = c.quantifiedStart;
                end = c.quantifiedEnd;
            }
        }
        final int clause = participleClause(c);
        if (clause >= 0 && (start < 0 || c.startOf(clause) < start)) {
            start = c.startOf(clause);
            end = c.endOf(clause + 1);
        }
        if (c.metric) {
            final int improve = m.first(Category.IMPROVEMENT_RESULT);
            if (improve >= 0 && (start < 0 || c.startOf(m.start(improve)) < start)) {
                start = c.startOf(m.start(improve));
                end = c.endOf(m.end(improve));
            }
        }
        if (start >= 0) {
            c.result = true;
            c.signal(SignalId.RESULT, start, end);
        } else {
            c.fire(BulletRule.NO_RESULT, 0, c.text.length(),
                    "No outcome: the bullet says what you did, not what changed.",
                    "Add the result: by how much, from what to what, or the failure it prevented "
                            + "(e.g. '..., preventing duplicate charges when clients retried').");
        }
    }

    /**
     * @return the first outcome-word match, skipping one that is the bullet's opening verb when the ruleset says that
     *         word is only the action there ("Enabled data pipelines ..."), or -1
     */
    private static int firstResult(final BulletContext c) {
        final Matches m = c.matches;
        if (!m.has(Category.RESULT)) {
            return -1;
        }
        for (int k = 0; k < m.size(); k++) {
            final boolean opening = m.start(k) == c.opener || m.start(k) == c.first;
            if (Category.RESULT.in(m.mask(k)) && !(opening && Category.OPENER_NOT_RESULT.in(m.startsAt(m.start(k))))) {
                return k;
            }
        }
        return -1;
    }

    /**
     * "[what you did], [verb]-ing [outcome]": a participle clause after a comma, semicolon or dash reads as the
     * outcome when its verb is an action verb (shipping, closing, blocking) or an outcome word.
     *
     * @return the token index of the participle, or -1
     */
    private static int participleClause(final BulletContext c) {
        if (c.opener < 0) {
            return -1; // without an action first, a later -ing clause is one more activity of a list, not an outcome
        }
        final Tokens t = c.tokens;
        final long wanted = Category.ACTION_GERUND.bit() | Category.RESULT.bit()
                | (c.metric ? Category.IMPROVEMENT_RESULT.bit() : 0);
        for (int k = 1; k < t.size(); k++) {
            if ((t.is(k - 1, ',') || t.is(k - 1, ';') || t.is(k - 1, '–') || t.is(k - 1, '—'))
                    && t.kind(k) == Tokens.WORD && t.lower(k).endsWith("ing") && (c.matches.singleAt(k) & wanted) != 0) {
                return k;
            }
        }
        return -1;
    }
}
