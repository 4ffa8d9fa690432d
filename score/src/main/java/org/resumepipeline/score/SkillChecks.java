package org.resumepipeline.score;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.resumepipeline.score.text.Category;
import org.resumepipeline.score.text.Tokenizer;
import org.resumepipeline.score.text.Tokens;

/** SKILL_UNBACKED (one finding per skill), SKILLS_DUMP and STACK_INCOMPLETE. */
final class SkillChecks implements ResumeCheck {
    @Override
    public void apply(final ResumeContext c) {
        final List<String> skills = c.doc.skills();
        final Set<String> backedTech = c.bulletTechnologies();
        final Set<String> seen = new HashSet<>();
        long mask = c.scan(c.doc.summary()).all();
        for (final BulletAnalysis b : c.allBullets()) {
            mask |= b.categories();
        }
        for (final String raw : skills) {
            final String skill = raw == null ? "" : raw.strip();
            if (skill.isEmpty() || !seen.add(skill.toLowerCase(Locale.ROOT))) {
                continue;
            }
            mask |= c.scan(skill).all();
            if (!backed(c, skill, backedTech)) {
                c.fire(RuleCatalog.SKILL_UNBACKED, "'" + skill
                                + "' is listed in Skills but no experience or project bullet uses it.",
                        "Back it with a bullet that says what you built with " + skill
                                + " and what it achieved, or drop it from Skills.");
            }
        }
        final int max = c.ruleset.thresholds().skillsDumpMax();
        if (seen.size() > max) {
            c.fire(RuleCatalog.SKILLS_DUMP, "The Skills section lists " + seen.size() + " items (more than " + max
                            + ").",
                    "Keep the skills your bullets back and the job asks for; group them by languages, datastores "
                            + "and infrastructure.");
        }
        final List<String> missing = new ArrayList<>();
        if (!Category.LANGUAGE.in(mask)) {
            missing.add("a programming language");
        }
        if (!Category.DATASTORE.in(mask)) {
            missing.add("a datastore");
        }
        if (!Category.INFRASTRUCTURE.in(mask)) {
            missing.add("an infrastructure or orchestration layer");
        }
        if (!missing.isEmpty()) {
            c.fire(RuleCatalog.STACK_INCOMPLETE, "The resume names no " + String.join(", no ", missing) + ".",
                    "Name the stack you worked in end to end: a language (Java, Go), a datastore (PostgreSQL, "
                            + "Redis) and the infrastructure (Kubernetes, AWS, Terraform).");
        }
    }

    private static boolean backed(final ResumeContext c, final String skill, final Set<String> backedTech) {
        final Set<String> tech = c.technologiesIn(skill);
        if (!tech.isEmpty()) {
            for (final String t : tech) {
                if (backedTech.contains(t)) {
                    return true;
                }
            }
            return false;
        }
        final Tokens t = Tokenizer.tokenize(skill);
        final List<String> words = new ArrayList<>();
        for (int i = 0; i < t.size(); i++) {
            if (t.isWordOrNumber(i)) {
                words.add(t.lower(i));
            }
        }
        if (words.isEmpty()) {
            return true;
        }
        for (final BulletAnalysis b : c.allBullets()) {
            if (contains(b.tokens(), words)) {
                return true;
            }
        }
        return false;
    }

    private static boolean contains(final String[] tokens, final List<String> words) {
        outer:
        for (int i = 0; i + words.size() <= tokens.length; i++) {
            for (int k = 0; k < words.size(); k++) {
                if (!tokens[i + k].equals(words.get(k))) {
                    continue outer;
                }
            }
            return true;
        }
        return false;
    }
}
