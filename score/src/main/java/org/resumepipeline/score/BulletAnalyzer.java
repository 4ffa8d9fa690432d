package org.resumepipeline.score;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
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

    /**
     * The rules that take their words from a language's lexicons, each with the lexicon it needs and the signal it
     * credits (none: -1). For a bullet in a language the ruleset has no words for, they are skipped, never applied
     * with English words; the rest (metric, scale, before/after, technologies, placeholder, length, tool-only)
     * apply to every language.
     */
    private static final Map<BulletRule, String> LEXICON_RULES = lexiconRules();

    private final CompiledRules rules;
    private final Map<String, CompiledRules> byLanguage = new TreeMap<>();
    private final Map<String, Integer> skippedByLanguage = new TreeMap<>();

    BulletAnalyzer(final Ruleset ruleset) {
        this.rules = new CompiledRules(ruleset);
        for (final String language : ruleset.languages()) {
            byLanguage.put(language, new CompiledRules(ruleset, ruleset.lexiconOf(language)));
            final Map<String, ?> lists = ruleset.languageLexicons(language);
            int skipped = 0;
            for (final Map.Entry<BulletRule, String> e : LEXICON_RULES.entrySet()) {
                if (!lists.containsKey(e.getValue())) {
                    skipped |= 1 << e.getKey().ordinal();
                }
            }
            skippedByLanguage.put(language, skipped);
        }
    }

    private static Map<BulletRule, String> lexiconRules() {
        final Map<BulletRule, String> m = new EnumMap<>(BulletRule.class);
        m.put(BulletRule.WEAK_OPENER, "weak_openers");
        m.put(BulletRule.NO_ACTION_VERB, "action_verbs");
        m.put(BulletRule.NO_RESULT, "results");
        m.put(BulletRule.VAGUE, "vague");
        m.put(BulletRule.BUZZWORD, "buzzwords");
        m.put(BulletRule.PRONOUN, "pronouns");
        m.put(BulletRule.PASSIVE, "passive_auxiliaries");
        return Map.copyOf(m);
    }

    BulletAnalysis analyze(final String bullet, final boolean current) {
        return analyze(bullet, current, null);
    }

    /**
     * @param language the bullet's language (ISO 639-1), null when unknown: English words and every rule apply
     */
    BulletAnalysis analyze(final String bullet, final boolean current, final String language) {
        final String text = bullet == null ? "" : bullet;
        final boolean english = language == null || "en".equals(language);
        final CompiledRules r = english ? rules : byLanguage.getOrDefault(language, rules);
        final int skipped = english ? 0 : skippedByLanguage.getOrDefault(language, allLexiconRules());
        final Tokens tokens = Tokenizer.tokenize(text);
        final Matches matches = r.lexicon.match(tokens);
        final BulletContext c = new BulletContext(text, tokens, matches, current, r, skipped);
        for (final BulletCheck check : CHECKS) {
            check.apply(c);
        }
        c.findings.sort(FINDING_ORDER);
        c.signals.sort(SIGNAL_ORDER);
        final int score = r.gate(Math.max(0, Math.min(100, r.base + c.delta)), c.credited, waived(skipped));
        final ScoredBullet scored = new ScoredBullet(text, score, r.ruleset.grade(score), c.findings, c.signals);
        return new BulletAnalysis(scored, c.metric, matches.all(), List.copyOf(c.technologies),
                tokens.lowerTokens(), skipped);
    }

    private static int allLexiconRules() {
        int all = 0;
        for (final BulletRule rule : LEXICON_RULES.keySet()) {
            all |= 1 << rule.ordinal();
        }
        return all;
    }

    /** The signals a skipped rule would have credited: ACTION_VERB (NO_ACTION_VERB), RESULT (NO_RESULT). */
    private static int waived(final int skipped) {
        int w = 0;
        if ((skipped & (1 << BulletRule.NO_ACTION_VERB.ordinal())) != 0) {
            w |= 1 << SignalId.ACTION_VERB.ordinal();
        }
        if ((skipped & (1 << BulletRule.NO_RESULT.ordinal())) != 0) {
            w |= 1 << SignalId.RESULT.ordinal();
        }
        return w;
    }

    /** @return the names of the rules whose bits are set, in catalogue order */
    static List<String> ruleNames(final int bits) {
        final List<String> names = new ArrayList<>();
        for (final BulletRule rule : BulletRule.values()) {
            if ((bits & (1 << rule.ordinal())) != 0) {
                names.add(rule.name());
            }
        }
        return names;
    }

    Lexicon lexicon() {
        return rules.lexicon;
    }
}
