package org.resumepipeline.model;

import java.util.List;
import java.util.Map;

/**
 * The result for one document (the DOC of the batch report schema), on {@code resume.scores} (compacted).
 * The first fields are the public schema; later ones extend it.
 */
public record DocumentResult(String key, String file, String status, DocumentFailure failure, String rulesetVersion,
                             Integer score, String grade, Integer pages, Contact contact, List<ScoredRole> roles,
                             List<String> skills, List<Education> education, List<Finding> findings,
                             List<String> warnings,
                             String batch, long uploadedAt, List<ScoredRole> projects,
                             Map<String, Boolean> signalCoverage, JobMatch jobMatch, String extractorVersion) {
    public static final String SCORED = "scored";
    public static final String FAILED = "failed";

    public DocumentResult {
        roles = roles == null ? List.of() : List.copyOf(roles);
        skills = skills == null ? List.of() : List.copyOf(skills);
        education = education == null ? List.of() : List.copyOf(education);
        findings = findings == null ? List.of() : List.copyOf(findings);
        warnings = warnings == null ? List.of() : List.copyOf(warnings);
        projects = projects == null ? List.of() : List.copyOf(projects);
        signalCoverage = signalCoverage == null ? Map.of() : signalCoverage;
    }

    /** @return the DOC of a document that failed at some stage */
    public static DocumentResult failed(final Failure failure) {
        return new DocumentResult(failure.key(), failure.file(), FAILED,
                new DocumentFailure(failure.reason(), failure.message()), null, null, null, null, null,
                List.of(), List.of(), List.of(), List.of(), List.of(), failure.batch(), failure.uploadedAt(),
                List.of(), Map.of(), null, null);
    }

    public boolean isScored() {
        return SCORED.equals(status);
    }
}
