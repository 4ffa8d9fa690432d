package org.resumepipeline.model;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What one document adds to its batch's aggregate: the few fields the counts need, so the repartition by batch
 * carries a small record instead of the whole DOC. The score stage puts it, as JSON, in the {@value #HEADER} header
 * of each record it writes to {@code resume.scores}, so the report can count a DOC without parsing it.
 *
 * @param batch          batch name
 * @param status         scored / failed
 * @param grade          grade when scored
 * @param score          score when scored
 * @param rulesetVersion ruleset version when scored
 * @param failureReason  reason code when failed
 * @param ruleHits       rule id -> findings in this document
 * @param coveredAreas   signal-coverage areas this document covers
 * @param uploadedAt     upload time
 */
public record Contribution(String batch, String status, String grade, Integer score, String rulesetVersion,
                           String failureReason, Map<String, Integer> ruleHits, List<String> coveredAreas,
                           long uploadedAt) {
    /** Record header on {@code resume.scores} with the DOC's contribution as JSON. */
    public static final String HEADER = "rp-counts";

    public Contribution {
        ruleHits = ruleHits == null ? Map.of() : ruleHits;
        coveredAreas = coveredAreas == null ? List.of() : List.copyOf(coveredAreas);
    }

    /** @return the contribution of one DOC */
    public static Contribution of(final DocumentResult doc) {
        final Map<String, Integer> hits = new TreeMap<>();
        for (final ScoredRole role : doc.roles()) {
            for (final ScoredBullet bullet : role.bullets()) {
                for (final Finding f : bullet.findings()) {
                    hits.merge(f.rule(), 1, Integer::sum);
                }
            }
        }
        for (final Finding f : doc.findings()) {
            hits.merge(f.rule(), 1, Integer::sum);
        }
        final List<String> covered = doc.signalCoverage().entrySet().stream()
                .filter(e -> Boolean.TRUE.equals(e.getValue())).map(Map.Entry::getKey).sorted().toList();
        return new Contribution(doc.batch(), doc.status(), doc.grade(), doc.score(), doc.rulesetVersion(),
                doc.failure() == null || doc.failure().reason() == null ? null : doc.failure().reason().name(),
                hits, covered, doc.uploadedAt());
    }

    public boolean isScored() {
        return DocumentResult.SCORED.equals(status);
    }
}
