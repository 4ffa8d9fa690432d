package org.resumepipeline.score;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.resumepipeline.model.Finding;
import org.resumepipeline.model.ResumeDocument;
import org.resumepipeline.model.ResumeText;
import org.resumepipeline.score.text.Category;
import org.resumepipeline.score.text.Matches;
import org.resumepipeline.score.text.Tokenizer;

/** What the resume checks share while scoring one resume. Not thread-safe; one per resume. */
final class ResumeContext {
    final ResumeText text;
    final ResumeDocument doc;
    final Ruleset ruleset;
    final Lexicon lexicon;
    /** Analysed experience bullets per role, in document order (first = most recent). */
    final List<List<BulletAnalysis>> roles;
    /** Analysed project bullets per project. */
    final List<List<BulletAnalysis>> projects;
    final List<Finding> findings = new ArrayList<>();
    private final Map<String, Integer> penalties = new TreeMap<>();

    ResumeContext(final ResumeText text, final Ruleset ruleset, final List<List<BulletAnalysis>> roles,
                  final List<List<BulletAnalysis>> projects) {
        this.text = text;
        this.doc = text.document();
        this.ruleset = ruleset;
        this.lexicon = ruleset.lexicon();
        this.roles = roles;
        this.projects = projects;
    }

    /**
     * Records a resume-level finding (no span).
     *
     * @param minor true to downgrade the severity one step and use the rule's minor weight
     */
    void fire(final String rule, final boolean minor, final String message, final String suggestion) {
        fire(rule, minor, 1, message, suggestion);
    }

    /**
     * Records one resume-level finding that stands for {@code times} occurrences (SKILL_UNBACKED lists every
     * unbacked skill in one finding): the weight counts once per occurrence, up to the rule's max_penalty.
     */
    void fire(final String rule, final boolean minor, final int times, final String message,
              final String suggestion) {
        final RuleSettings s = ruleset.rule(rule);
        if (!s.enabled()) {
            return;
        }
        final String severity = minor ? demote(s.severity()) : s.severity();
        findings.add(new Finding(rule, severity, message, null, null, suggestion));
        penalties.merge(rule, times * (minor ? s.minorWeight() : s.weight()), Integer::sum);
    }

    void fire(final String rule, final String message, final String suggestion) {
        fire(rule, false, message, suggestion);
    }

    /** @return 100 plus the capped weights of the findings, clamped to 0-100 */
    int rulesScore() {
        int score = 100;
        for (final Map.Entry<String, Integer> e : penalties.entrySet()) {
            final int cap = ruleset.rule(e.getKey()).maxPenalty();
            score += cap > 0 ? Math.max(-cap, e.getValue()) : e.getValue();
        }
        return Math.max(0, Math.min(100, score));
    }

    /** @return every analysed bullet of experience and projects */
    List<BulletAnalysis> allBullets() {
        final List<BulletAnalysis> all = new ArrayList<>();
        roles.forEach(all::addAll);
        projects.forEach(all::addAll);
        return all;
    }

    /** @return the technologies the bullets name, in order of appearance */
    Set<String> bulletTechnologies() {
        final Set<String> names = new LinkedHashSet<>();
        for (final BulletAnalysis b : allBullets()) {
            names.addAll(b.technologies());
        }
        return names;
    }

    /** @return the lexicon matches of any text (null is empty) */
    Matches scan(final String s) {
        return lexicon.match(Tokenizer.tokenize(s == null ? "" : s));
    }

    /** @return canonical technology names in a text, in order */
    Set<String> technologiesIn(final String s) {
        final Matches m = scan(s);
        final Set<String> names = new LinkedHashSet<>();
        m.forEachLongest(Category.TECHNOLOGY, k -> {
            if (m.canonical(k) != null) {
                names.add(m.canonical(k));
            }
        });
        return names;
    }

    private static String demote(final String severity) {
        return switch (severity) {
            case RuleCatalog.ERROR -> RuleCatalog.WARN;
            default -> RuleCatalog.INFO;
        };
    }
}
