package org.resumepipeline.score;

import java.util.List;
import org.resumepipeline.model.ScoredBullet;

/**
 * A scored bullet with what the resume checks need from it.
 *
 * @param scored       the scored bullet as reported
 * @param metric       true when it carries a metric
 * @param categories   the union of the lexicon categories matched in it
 * @param technologies canonical technology names it names, in order of appearance
 * @param tokens       its lower-case tokens
 * @param skipped      bits of the {@link BulletRule}s not applied: no words for them in the bullet's language
 */
record BulletAnalysis(ScoredBullet scored, boolean metric, long categories, List<String> technologies,
                      String[] tokens, int skipped) {
}
