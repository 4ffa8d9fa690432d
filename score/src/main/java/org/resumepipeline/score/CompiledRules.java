package org.resumepipeline.score;

import java.util.List;

/** A ruleset's bullet settings as arrays indexed by {@link BulletRule} and {@link SignalId}. Immutable. */
final class CompiledRules {
    final String[] severity = new String[BulletRule.values().length];
    final boolean[] enabled = new boolean[BulletRule.values().length];
    final int[] weight = new int[BulletRule.values().length];
    final int[] signal = new int[SignalId.values().length];
    final int base;
    /** Signal bits a strong bullet must all have, and bits of which it must have one (0: none needed). */
    final int strongAll;
    final int strongAny;
    /** Signal bits of which a fair bullet must have one (0: none needed). */
    final int fairAny;
    final Thresholds thresholds;
    final Lexicon lexicon;
    final Ruleset ruleset;

    CompiledRules(final Ruleset ruleset) {
        this(ruleset, ruleset.lexicon());
    }

    /** @param lexicon the words of the bullet's language ({@link Ruleset#lexiconOf(String)}) */
    CompiledRules(final Ruleset ruleset, final Lexicon lexicon) {
        this.ruleset = ruleset;
        for (final BulletRule r : BulletRule.values()) {
            final RuleSettings s = ruleset.rule(r.name());
            severity[r.ordinal()] = s.severity();
            enabled[r.ordinal()] = s.enabled();
            weight[r.ordinal()] = s.weight();
        }
        for (final SignalId s : SignalId.values()) {
            signal[s.ordinal()] = ruleset.scoring().signal(s.name());
        }
        base = ruleset.scoring().base();
        strongAll = bits(ruleset.scoring().strongRequires());
        strongAny = bits(ruleset.scoring().strongRequiresOneOf());
        fairAny = bits(ruleset.scoring().fairRequiresOneOf());
        thresholds = ruleset.thresholds();
        this.lexicon = lexicon;
    }

    private static int bits(final List<String> ids) {
        int b = 0;
        for (final String id : ids) {
            b |= 1 << SignalId.valueOf(id).ordinal();
        }
        return b;
    }

    /**
     * @param score    the bullet's score
     * @param credited the bits of the signals it earned
     * @return the score, held just below strong (or fair) when the bullet lacks a signal that grade requires
     */
    int gate(final int score, final int credited) {
        return gate(score, credited, 0);
    }

    /**
     * @param waived bits of the signals whose rule was skipped for the bullet's language: a gate they are part of
     *               holds no bullet back (what cannot be read is not held against it)
     */
    int gate(final int score, final int credited, final int waived) {
        final int strong = ruleset.scoring().strong();
        final int fair = ruleset.scoring().fair();
        final int has = credited | waived;
        int s = score;
        if (s >= strong && !((has & strongAll) == strongAll && (strongAny == 0 || (has & strongAny) != 0))) {
            s = strong - 1;
        }
        if (s >= fair && fairAny != 0 && (has & fairAny) == 0) {
            s = fair - 1;
        }
        return s;
    }
}
