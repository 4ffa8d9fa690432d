package org.resumepipeline.score;

/**
 * How one rule of the catalogue applies.
 *
 * @param id          rule id, e.g. WEAK_OPENER
 * @param severity    error, warn or info
 * @param enabled     false to switch the rule off
 * @param weight      bullet rules: added to the bullet score once per bullet; resume rules: added to the
 *                    resume-rules score (which starts at 100) once per finding
 * @param maxPenalty  cap on the total a resume rule may subtract, 0 for no cap
 * @param minorWeight weight of a finding downgraded one severity (SECTION_MISSING for Skills or Education)
 */
public record RuleSettings(String id, String severity, boolean enabled, int weight, int maxPenalty,
                           int minorWeight) {
}
