package org.resumepipeline.model;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The result for one document (the DOC of the batch report schema), on {@code resume.scores} (compacted).
 * The first fields are the public schema; later ones extend it. A DOC written before a field existed reads with
 * that field null (or empty).
 *
 * @param warnings the extractor's layout warnings, e.g. {@value ResumeDocument#LOW_COVERAGE}
 * @param coverage share (0..1) of the document's words its structure accounts for, from
 *                 {@link ResumeDocument#coverage()}; null when not measured (failures, texts extracted before)
 * @param language the document's language (ISO 639-1), from {@link ResumeDocument#language()}; null when unknown
 * @param skippedRules the rules not applied to some of its bullets because the ruleset has no lexicon for their
 *                 language (the DOC then warns {@value #LANGUAGE_PARTIAL}); empty when every rule applied
 */
public record DocumentResult(String key, String file, String status, DocumentFailure failure, String rulesetVersion,
                             Integer score, String grade, Integer pages, Contact contact, List<ScoredRole> roles,
                             List<String> skills, List<Education> education, List<Finding> findings,
                             List<String> warnings,
                             String batch, long uploadedAt, List<ScoredRole> projects,
                             Map<String, Boolean> signalCoverage, JobMatch jobMatch, String extractorVersion,
                             Double coverage, String language, List<String> skippedRules) {
    public static final String SCORED = "scored";
    public static final String FAILED = "failed";
    /** The warning of a DOC some of whose rules were skipped: the ruleset has no lexicon for its language. */
    public static final String LANGUAGE_PARTIAL = "LANGUAGE_PARTIAL";

    /** The DOC before {@code language}: language unknown, no rule skipped. */
    public DocumentResult(final String key, final String file, final String status, final DocumentFailure failure,
                          final String rulesetVersion, final Integer score, final String grade, final Integer pages,
                          final Contact contact, final List<ScoredRole> roles, final List<String> skills,
                          final List<Education> education, final List<Finding> findings, final List<String> warnings,
                          final String batch, final long uploadedAt, final List<ScoredRole> projects,
                          final Map<String, Boolean> signalCoverage, final JobMatch jobMatch,
                          final String extractorVersion, final Double coverage) {
        this(key, file, status, failure, rulesetVersion, score, grade, pages, contact, roles, skills, education,
                findings, warnings, batch, uploadedAt, projects, signalCoverage, jobMatch, extractorVersion, coverage,
                null, List.of());
    }

    /** The DOC before {@code coverage}: coverage null. */
    public DocumentResult(final String key, final String file, final String status, final DocumentFailure failure,
                          final String rulesetVersion, final Integer score, final String grade, final Integer pages,
                          final Contact contact, final List<ScoredRole> roles, final List<String> skills,
                          final List<Education> education, final List<Finding> findings, final List<String> warnings,
                          final String batch, final long uploadedAt, final List<ScoredRole> projects,
                          final Map<String, Boolean> signalCoverage, final JobMatch jobMatch,
                          final String extractorVersion) {
        this(key, file, status, failure, rulesetVersion, score, grade, pages, contact, roles, skills, education,
                findings, warnings, batch, uploadedAt, projects, signalCoverage, jobMatch, extractorVersion, null);
    }

    public DocumentResult {
        roles = roles == null ? List.of() : List.copyOf(roles);
        skills = skills == null ? List.of() : List.copyOf(skills);
        education = education == null ? List.of() : List.copyOf(education);
        findings = findings == null ? List.of() : List.copyOf(findings);
        warnings = warnings == null ? List.of() : List.copyOf(warnings);
        projects = projects == null ? List.of() : List.copyOf(projects);
        signalCoverage = signalCoverage == null ? Map.of() : signalCoverage;
        skippedRules = skippedRules == null ? List.of() : List.copyOf(skippedRules);
    }

    /** @return the DOC of a document that failed at some stage */
    public static DocumentResult failed(final Failure failure) {
        return new DocumentResult(failure.key(), failure.file(), FAILED,
                new DocumentFailure(failure.reason(), failure.message()), null, null, null, null, null,
                List.of(), List.of(), List.of(), List.of(), List.of(), failure.batch(), failure.uploadedAt(),
                List.of(), Map.of(), null, null, null);
    }

    public boolean isScored() {
        return SCORED.equals(status);
    }

    /**
     * @return true when the extractor warned that the structure it found covers too little of the text: the score
     *         may be low because the resume could not be read well, not because it is weak
     */
    public boolean hasLowCoverage() {
        return warnings.contains(ResumeDocument.LOW_COVERAGE);
    }

    /**
     * @return "LOW_COVERAGE 38%" (the coverage rounded to a whole percent), "LOW_COVERAGE" when the figure is
     *         unknown, or null without the warning
     */
    public String lowCoverageNote() {
        if (!hasLowCoverage()) {
            return null;
        }
        final Integer percent = coveragePercent();
        return percent == null ? ResumeDocument.LOW_COVERAGE
                : String.format(Locale.ROOT, "%s %d%%", ResumeDocument.LOW_COVERAGE, percent);
    }

    /** @return the coverage as a whole percent 0..100, or null when not measured */
    public Integer coveragePercent() {
        return coverage == null || coverage.isNaN() ? null
                : (int) Math.max(0, Math.min(100, Math.round(coverage * 100)));
    }
}
