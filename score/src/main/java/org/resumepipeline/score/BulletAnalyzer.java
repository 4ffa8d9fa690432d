package org.resumepipeline.score;

import java.util.Comparator;
import java.util.List;
import org.resumepipeline.model.Finding;
import org.resumepipeline.model.ScoredBullet;
import org.resumepipeline.model.Signal;
import org.resumepipeline.score.text.Category;
import org.resumepipeline.score.text.Matches;
import org.resumepipeline.score.text.Tokenizer;
import org.resumepipeline.score.text.Tokens;

/**
 * Scores one bullet: one tokenization, one trie walk, then every bullet check in a fixed order. Thread-safe.
 */
final class BulletAnalyzer {
    static final Comparator<Finding> FINDING_ORDER = Comparator
            .comparing(Finding::start, Comparator.nullsFirst(Comparator.naturalOrder()))
            .thenComparing(Finding::rule)
            .thenComparing(Finding::end, Comparator.nullsFirst(Comparator.naturalOrder()))
            .thenComparing(Finding::message, Comparator.nullsFirst(Comparator.naturalOrder()));
    static final Comparator<Signal> SIGNAL_ORDER = Comparator
            .comparing(Signal::start, Comparator.nullsFirst(Comparator.naturalOrder()))
            .thenComparing(Signal::signal)
            .thenComparing(Signal::end, Comparator.nullsFirst(Comparator.naturalOrder()));

    private static final List<BulletCheck> CHECKS = List.of(
            new OpenerCheck(),
            new QuantityCheck(),
            new ResultCheck(),
            new VagueCheck(),
            new ToolOnlyCheck(),
            new LexiconSignals(),
            new PhraseCheck(Category.BUZZWORD, BulletRule.BUZZWORD, "is an empty phrase.",
                    "Drop it and state a concrete fact instead: the system, the change, the number."),
            new PhraseCheck(Category.PRONOUN, BulletRule.PRONOUN, "is first person.",
                    "Drop the pronoun and start with the verb: 'Designed ...' rather than 'I designed ...'."),
            new PlaceholderCheck(),
            new PassiveCheck(),
            new LengthCheck());

    private final CompiledRules rules;

    BulletAnalyzer(final Ruleset ruleset) {
        this.rules = new CompiledRules(ruleset);
    }

    BulletAnalysis analyze(final String bullet, final boolean current) {
        final String text = bullet == null ? "" : bullet;
        final Tokens tokens = Tokenizer.tokenize(text);
        final Matches matches = rules.lexicon.match(tokens);
        final BulletContext c = new BulletContext(text, tokens, matches, current, rules);
        for (final BulletCheck check : CHECKS) {
            check.apply(c);
        }
        c.findings.sort(FINDING_ORDER);
        c.signals.sort(SIGNAL_ORDER);
        final int score = rules.gate(Math.max(0, Math.min(100, rules.base + c.delta)), c.credited);
        final ScoredBullet scored = new ScoredBullet(text, score, rules.ruleset.grade(score), c.findings, c.signals);
        return new BulletAnalysis(scored, c.metric, matches.all(), List.copyOf(c.technologies),
                tokens.lowerTokens());
    }

    Lexicon lexicon() {
        return rules.lexicon;
    }
}
