package org.resumepipeline.score;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.resumepipeline.model.DocumentResult;
import org.resumepipeline.model.Finding;
import org.resumepipeline.model.ResumeText;
import org.resumepipeline.model.Role;
import org.resumepipeline.model.ScoredBullet;
import org.resumepipeline.model.ScoredRole;

/**
 * The pure scoring function: (resume structure, ruleset, optional job description) -> DOC. Thread-safe.
 * STUB for the walking skeleton; the scoring issue replaces the body with the full catalogue.
 */
public final class ResumeScorer {
    private final Ruleset ruleset;

    public ResumeScorer(final Ruleset ruleset) {
        this.ruleset = ruleset;
    }

    public Ruleset ruleset() {
        return ruleset;
    }

    /**
     * @param text           the extracted resume
     * @param jobDescription the batch's job description, or null
     * @return the scored DOC; byte-identical JSON for the same inputs
     */
    public DocumentResult score(final ResumeText text, final String jobDescription) {
        final List<ScoredRole> roles = new ArrayList<>();
        int sum = 0;
        int count = 0;
        for (final Role role : text.document().roles()) {
            final List<ScoredBullet> bullets = new ArrayList<>();
            for (final String b : role.bullets()) {
                final ScoredBullet sb = scoreBullet(b, role.current());
                bullets.add(sb);
                sum += sb.score();
                count++;
            }
            roles.add(new ScoredRole(role.title(), role.company(), role.dates(), bullets));
        }
        final int score = count == 0 ? 0 : sum / count;
        final var d = text.document();
        return new DocumentResult(text.key(), text.file(), DocumentResult.SCORED, null, ruleset.version(), score,
                grade(score), d.pages(), d.contact(), roles, d.skills(), d.education(), List.of(), d.warnings(),
                text.batch(), text.uploadedAt(), List.of(), Map.of(), null, text.extractorVersion());
    }

    /**
     * @param text    one bullet
     * @param current true when the bullet belongs to a current role (present tense is fine)
     * @return the scored bullet
     */
    public ScoredBullet scoreBullet(final String text, final boolean current) {
        final List<Finding> findings = new ArrayList<>();
        final String lower = text.toLowerCase(Locale.ROOT);
        int score = 50;
        if (lower.startsWith("worked on") || lower.startsWith("responsible for")) {
            findings.add(new Finding("WEAK_OPENER", "error", "Opens with an activity", 0, 9, "Lead with what you did"));
            score -= 25;
        }
        if (!lower.matches(".*\\d.*")) {
            findings.add(new Finding("NO_METRIC", "warn", "No number", 0, text.length(), "Add a number"));
        } else {
            score += 20;
        }
        return new ScoredBullet(text, Math.max(0, Math.min(100, score)), grade(score), findings, List.of());
    }

    public static String grade(final int score) {
        return score >= 70 ? "strong" : score >= 40 ? "fair" : "weak";
    }
}
