package org.resumepipeline.score;

import org.resumepipeline.score.text.Category;

/**
 * VAGUE: words that say nothing (various, stuff, things, etc.), and improvement words (improved, enhanced,
 * optimized, better) when the bullet gives no number and no concrete outcome.
 */
final class VagueCheck implements BulletCheck {
    @Override
    public void apply(final BulletContext c) {
        c.matches.forEachLongest(Category.VAGUE, k -> fire(c, c.matches.start(k), c.matches.end(k)));
        if (!c.metric && !c.strongResult) {
            c.matches.forEachLongest(Category.VAGUE_IMPROVEMENT, k -> fire(c, c.matches.start(k), c.matches.end(k)));
        }
    }

    private static void fire(final BulletContext c, final int from, final int to) {
        c.fire(BulletRule.VAGUE, c.startOf(from), c.endOf(to), "'" + c.quote(from, to)
                        + "' is vague without an object and a number.",
                "Name what changed and by how much: 'cut search p95 from 1.2 s to 300 ms', "
                        + "'raised cache hit rate from 60% to 95%'.");
    }
}
