package org.resumepipeline.score;

import java.util.List;
import org.resumepipeline.model.Finding;
import org.resumepipeline.model.ScoredBullet;
import org.resumepipeline.model.Signal;

/** Bullets scored by the bundled ruleset, and what the bullet tests read of them. */
final class ScoredBullets {
    private static final ResumeScorer SCORER = new ResumeScorer(Ruleset.defaults());

    private ScoredBullets() {
    }

    /** @return the bullet scored as one of a current role or of an ended one */
    static ScoredBullet scored(final String text, final boolean current) {
        return SCORER.scoreBullet(text, current);
    }

    /** @return the bullet scored as one of an ended role */
    static ScoredBullet past(final String text) {
        return scored(text, false);
    }

    static List<String> rules(final ScoredBullet b) {
        return b.findings().stream().map(Finding::rule).toList();
    }

    static List<String> signals(final ScoredBullet b) {
        return b.signals().stream().map(Signal::signal).toList();
    }
}
