package org.resumepipeline.report;

import java.util.Map;
import java.util.TreeMap;
import org.resumepipeline.model.Contribution;
import org.resumepipeline.model.DocumentResult;

/**
 * Per-batch counts, built with an adder and a subtractor so a replay or a rescore replaces a document's
 * contribution instead of adding it again. Immutable; {@link #add} and {@link #subtract} return new values.
 *
 * @param batch           batch name
 * @param documents       documents with a result
 * @param byStatus        scored / failed
 * @param byGrade         strong / fair / weak (scored documents)
 * @param scoreHistogram  bucket lower bound (0, 10, ..., 90) -> documents
 * @param failuresByReason reason code -> documents
 * @param ruleHits        rule id -> findings (bullet and resume level)
 * @param signalCoverage  area -> documents covering it
 * @param rulesetVersions ruleset version -> scored documents
 * @param scoreSum        sum of document scores (for the mean)
 * @param lastUpdated     newest uploadedAt seen
 */
public record BatchAggregate(String batch, long documents, Map<String, Long> byStatus, Map<String, Long> byGrade,
                             Map<Integer, Long> scoreHistogram, Map<String, Long> failuresByReason,
                             Map<String, Long> ruleHits, Map<String, Long> signalCoverage,
                             Map<String, Long> rulesetVersions, long scoreSum, long lastUpdated) {

    public static BatchAggregate empty(final String batch) {
        return new BatchAggregate(batch, 0, new TreeMap<>(), new TreeMap<>(), new TreeMap<>(), new TreeMap<>(),
                new TreeMap<>(), new TreeMap<>(), new TreeMap<>(), 0, 0);
    }

    /** @return this plus one document's contribution */
    public BatchAggregate add(final DocumentResult doc) {
        return apply(Contribution.of(doc), 1);
    }

    /** @return this minus one document's contribution (the old value of a replaced result) */
    public BatchAggregate subtract(final DocumentResult doc) {
        return apply(Contribution.of(doc), -1);
    }

    /** @return this plus a contribution */
    public BatchAggregate add(final Contribution c) {
        return apply(c, 1);
    }

    /** @return this minus a contribution (the old value of a replaced result) */
    public BatchAggregate subtract(final Contribution c) {
        return apply(c, -1);
    }

    private BatchAggregate apply(final Contribution c, final int sign) {
        final String b = batch != null ? batch : c.batch();
        final Map<String, Long> status = new TreeMap<>(byStatus);
        final Map<String, Long> grade = new TreeMap<>(byGrade);
        final Map<Integer, Long> hist = new TreeMap<>(scoreHistogram);
        final Map<String, Long> reasons = new TreeMap<>(failuresByReason);
        final Map<String, Long> rules = new TreeMap<>(ruleHits);
        final Map<String, Long> coverage = new TreeMap<>(signalCoverage);
        final Map<String, Long> versions = new TreeMap<>(rulesetVersions);
        long sum = scoreSum;
        bump(status, c.status(), sign);
        if (c.isScored()) {
            bump(grade, c.grade(), sign);
            final int score = c.score() == null ? 0 : c.score();
            bump(hist, Math.min(90, score / 10 * 10), sign);
            sum += (long) sign * score;
            if (c.rulesetVersion() != null) {
                bump(versions, c.rulesetVersion(), sign);
            }
            c.ruleHits().forEach((rule, n) -> bump(rules, rule, sign * n));
            c.coveredAreas().forEach(area -> bump(coverage, area, sign));
        } else if (c.failureReason() != null) {
            bump(reasons, c.failureReason(), sign);
        }
        return new BatchAggregate(b, documents + sign, status, grade, hist, reasons, rules, coverage, versions, sum,
                Math.max(lastUpdated, c.uploadedAt()));
    }

    private static <K> void bump(final Map<K, Long> map, final K key, final long delta) {
        if (key == null) {
            return;
        }
        final long next = map.getOrDefault(key, 0L) + delta;
        if (next == 0) {
            map.remove(key);
        } else {
            map.put(key, next);
        }
    }

    /** @return mean document score of the scored documents, 0 when none */
    public double meanScore() {
        final long scored = byStatus.getOrDefault(DocumentResult.SCORED, 0L);
        return scored == 0 ? 0 : (double) scoreSum / scored;
    }
}
