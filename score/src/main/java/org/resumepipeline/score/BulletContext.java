package org.resumepipeline.score;

import java.util.ArrayList;
import java.util.List;
import org.resumepipeline.model.Finding;
import org.resumepipeline.model.Signal;
import org.resumepipeline.score.text.Matches;
import org.resumepipeline.score.text.Tokens;

/** What the bullet checks share while analysing one bullet. Not thread-safe; one per bullet. */
final class BulletContext {
    final String text;
    final Tokens tokens;
    final Matches matches;
    final boolean current;
    final CompiledRules rules;
    final List<Finding> findings = new ArrayList<>(6);
    final List<Signal> signals = new ArrayList<>(10);
    final List<String> technologies = new ArrayList<>(4);
    int delta;
    int fired;
    /** Bits of the rules not applied to this bullet: the ruleset has no words for them in its language. */
    final int skipped;
    int credited;
    /** Index of the first word token, -1 when the bullet has none. */
    int first = -1;
    boolean weakOpener;
    /** Index of the token credited as the opening action verb, -1 when none. */
    int opener = -1;
    boolean metric;
    boolean beforeAfter;
    /** Start and end offsets of a quantified result ("40% faster", "halved"), -1 when none. */
    int quantifiedStart = -1;
    int quantifiedEnd = -1;
    int beforeAfterStart = -1;
    int beforeAfterEnd = -1;
    boolean result;
    boolean strongResult;

    BulletContext(final String text, final Tokens tokens, final Matches matches, final boolean current,
                  final CompiledRules rules) {
        this(text, tokens, matches, current, rules, 0);
    }

    BulletContext(final String text, final Tokens tokens, final Matches matches, final boolean current,
                  final CompiledRules rules, final int skipped) {
        this.skipped = skipped;
        this.text = text;
        this.tokens = tokens;
        this.matches = matches;
        this.current = current;
        this.rules = rules;
        for (int i = 0; i < tokens.size(); i++) {
            if (tokens.kind(i) == Tokens.WORD || tokens.kind(i) == Tokens.NUMBER) {
                first = i;
                break;
            }
        }
    }

    /** Records a finding; the rule's weight counts once per bullet. Disabled rules are skipped. */
    void fire(final BulletRule rule, final int start, final int end, final String message, final String suggestion) {
        final int r = rule.ordinal();
        if (!rules.enabled[r] || (skipped & (1 << r)) != 0) {
            return;
        }
        findings.add(new Finding(rule.name(), rules.severity[r], message, start, end, suggestion));
        if ((fired & (1 << r)) == 0) {
            fired |= 1 << r;
            delta += rules.weight[r];
        }
    }

    boolean hasFired(final BulletRule rule) {
        return (fired & (1 << rule.ordinal())) != 0;
    }

    /** Records a signal with its span; its weight counts once per bullet. */
    void signal(final SignalId id, final int start, final int end) {
        signals.add(new Signal(id.name(), start, end));
        final int s = id.ordinal();
        if ((credited & (1 << s)) == 0) {
            credited |= 1 << s;
            delta += rules.signal[s];
        }
    }

    boolean hasSignal(final SignalId id) {
        return (credited & (1 << id.ordinal())) != 0;
    }

    /** @return start offset of token i */
    int startOf(final int i) {
        return tokens.start(i);
    }

    /** @return end offset of the token before token index endExclusive */
    int endOf(final int endExclusive) {
        return tokens.end(endExclusive - 1);
    }

    /** @return the text of tokens [from, to) as written */
    String quote(final int from, final int to) {
        return text.substring(tokens.start(from), tokens.end(to - 1));
    }
}
