package org.resumepipeline.score;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.resumepipeline.model.DocumentResult;
import org.resumepipeline.model.Finding;
import org.resumepipeline.model.ResumeDocument;
import org.resumepipeline.model.ResumeText;
import org.resumepipeline.model.Role;
import org.resumepipeline.model.ScoredBullet;
import org.resumepipeline.model.ScoredRole;

/**
 * The pure scoring function: (resume structure, ruleset, optional job description) -> DOC. Every bullet rule and
 * resume rule of the catalogue, the positive signals, signal coverage and job matching. A bullet in a language the
 * ruleset has words for is read with that language's lexicons; in one it has none for, the lexicon rules are
 * skipped (listed in the DOC's {@code skippedRules}, with a {@value DocumentResult#LANGUAGE_PARTIAL} warning). No clock, no randomness,
 * no hash-order iteration: the same input and ruleset always give byte-identical JSON. Thread-safe.
 */
public final class ResumeScorer {
    private static final List<ResumeCheck> RESUME_CHECKS = List.of(new SectionCheck(), new RoleChecks(),
            new SkillChecks(), new SummaryCheck(), new DocumentChecks(), new SignalCoverage());

    private final Ruleset ruleset;
    private final BulletAnalyzer bullets;

    /** @param ruleset the ruleset to apply */
    public ResumeScorer(final Ruleset ruleset) {
        this.ruleset = Objects.requireNonNull(ruleset, "ruleset");
        this.bullets = new BulletAnalyzer(ruleset);
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
        final ResumeDocument d = text.document();
        final List<List<BulletAnalysis>> roleAnalyses = new ArrayList<>();
        final List<ScoredRole> roles = analyse(d, d.roles(), roleAnalyses);
        final List<List<BulletAnalysis>> projectAnalyses = new ArrayList<>();
        final List<ScoredRole> projects = analyse(d, d.projects(), projectAnalyses);
        int skipped = 0;
        for (final List<BulletAnalysis> a : roleAnalyses) {
            for (final BulletAnalysis b : a) {
                skipped |= b.skipped();
            }
        }
        for (final List<BulletAnalysis> a : projectAnalyses) {
            for (final BulletAnalysis b : a) {
                skipped |= b.skipped();
            }
        }
        final List<String> warnings = new ArrayList<>(d.warnings());
        if (skipped != 0) {
            warnings.add(DocumentResult.LANGUAGE_PARTIAL);
        }
        final ResumeContext c = new ResumeContext(text, ruleset, roleAnalyses, projectAnalyses);
        for (final ResumeCheck check : RESUME_CHECKS) {
            check.apply(c);
        }
        final List<Finding> findings = new ArrayList<>(c.findings);
        findings.sort(BulletAnalyzer.FINDING_ORDER);
        final int score = resumeScore(roleAnalyses, projectAnalyses, c.rulesScore());
        return new DocumentResult(text.key(), text.file(), DocumentResult.SCORED, null, ruleset.version(), score,
                ruleset.grade(score), d.pages(), d.contact(), roles, d.skills(), d.education(), findings,
                warnings, text.batch(), text.uploadedAt(), projects,
                SignalCoverage.coverage(c, ruleset.grade(100)),
                jobDescription == null ? null : JobMatcher.match(c, jobDescription), text.extractorVersion(),
                d.coverage(), d.language(), BulletAnalyzer.ruleNames(skipped));
    }

    /**
     * @param text        one bullet
     * @param currentRole true when the bullet belongs to a current role (present tense is fine)
     * @return the scored bullet: score 0-100, grade, findings sorted by start then rule, signals with spans
     */
    public ScoredBullet scoreBullet(final String text, final boolean currentRole) {
        return bullets.analyze(text, currentRole).scored();
    }

    /** @return the grade under the default thresholds: strong >= 70, fair 40-69, weak < 40 */
    public static String grade(final int score) {
        return score >= 70 ? "strong" : score >= 40 ? "fair" : "weak";
    }

    private List<ScoredRole> analyse(final ResumeDocument d, final List<Role> in,
                                     final List<List<BulletAnalysis>> analyses) {
        final List<ScoredRole> out = new ArrayList<>(in.size());
        for (final Role role : in) {
            final List<BulletAnalysis> a = new ArrayList<>(role.bullets().size());
            final List<ScoredBullet> scored = new ArrayList<>(role.bullets().size());
            for (final String b : role.bullets()) {
                final BulletAnalysis analysis = bullets.analyze(b, role.current(), d.languageOf(b));
                a.add(analysis);
                scored.add(analysis.scored());
            }
            analyses.add(a);
            out.add(new ScoredRole(role.title(), role.company(), role.dates(), role.start(), role.end(), role.current(),
                    scored));
        }
        return out;
    }

    /**
     * bullets_share% of the recency-weighted mean of experience bullet scores (project bullets when there is no
     * experience bullet) plus rules_share% of the resume-rules score, rounded half up and clamped to 0-100.
     */
    private int resumeScore(final List<List<BulletAnalysis>> roles, final List<List<BulletAnalysis>> projects,
                            final int rulesScore) {
        final Scoring s = ruleset.scoring();
        double weighted = 0;
        double weights = 0;
        for (int i = 0; i < roles.size(); i++) {
            final double w = Math.max(s.minRoleWeight(), Math.pow(s.recencyDecay(), i));
            for (final BulletAnalysis b : roles.get(i)) {
                weighted += w * b.scored().score();
                weights += w;
            }
        }
        if (weights == 0) {
            for (final List<BulletAnalysis> p : projects) {
                for (final BulletAnalysis b : p) {
                    weighted += b.scored().score();
                    weights += 1;
                }
            }
        }
        final double mean = weights == 0 ? 0 : weighted / weights;
        final double score = (s.bulletsShare() * mean + s.rulesShare() * rulesScore) / 100.0;
        return (int) Math.max(0, Math.min(100, Math.floor(score + 0.5)));
    }
}
