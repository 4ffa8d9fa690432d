package org.resumepipeline.model;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

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
        final Stream<String> rules = Stream.concat(
                doc.roles().stream().flatMap(r -> r.bullets().stream()).flatMap(b -> b.findings().stream()),
                doc.findings().stream()).map(Finding::rule);
        return counted(doc.batch(), doc.status(), doc.grade(), doc.score(), doc.rulesetVersion(),
                doc.failure() == null || doc.failure().reason() == null ? null : doc.failure().reason().name(),
                rules, doc.signalCoverage(), doc.uploadedAt());
    }

    /**
     * The one place a DOC's findings and coverage become counts, for a DOC object ({@link #of}) and for a reader of a
     * DOC's JSON alike.
     *
     * @param rules    the rule id of each finding that counts: role bullets' and the resume's, not projects'
     * @param coverage signal-coverage areas of the DOC (covered when true), or null
     * @return the contribution: hits per rule, covered areas sorted
     */
    public static Contribution counted(final String batch, final String status, final String grade,
                                       final Integer score, final String rulesetVersion, final String failureReason,
                                       final Stream<String> rules, final Map<String, Boolean> coverage,
                                       final long uploadedAt) {
        final Map<String, Integer> hits = new TreeMap<>();
        rules.forEach(rule -> hits.merge(rule, 1, Integer::sum));
        final List<String> covered = coverage == null ? List.of() : coverage.entrySet().stream()
                .filter(e -> Boolean.TRUE.equals(e.getValue())).map(Map.Entry::getKey).sorted().toList();
        return new Contribution(batch, status, grade, score, rulesetVersion, failureReason, hits, covered,
                uploadedAt);
    }

    public boolean isScored() {
        return DocumentResult.SCORED.equals(status);
    }
}
