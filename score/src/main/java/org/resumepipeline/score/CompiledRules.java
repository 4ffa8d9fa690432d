package org.resumepipeline.score;

/** A ruleset's bullet settings as arrays indexed by {@link BulletRule} and {@link SignalId}. Immutable. */
final class CompiledRules {
    final String[] severity = new String[BulletRule.values().length];
    final boolean[] enabled = new boolean[BulletRule.values().length];
    final int[] weight = new int[BulletRule.values().length];
    final int[] signal = new int[SignalId.values().length];
    final int base;
    final Thresholds thresholds;
    final Lexicon lexicon;
    final Ruleset ruleset;

    CompiledRules(final Ruleset ruleset) {
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
        thresholds = ruleset.thresholds();
        lexicon = ruleset.lexicon();
    }
}
