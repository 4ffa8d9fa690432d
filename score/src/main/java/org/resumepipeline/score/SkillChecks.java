package org.resumepipeline.score;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.resumepipeline.score.text.Category;
import org.resumepipeline.score.text.Tokenizer;
import org.resumepipeline.score.text.Tokens;

/**
 * SKILL_UNBACKED (one finding per resume naming the first unbacked skills and giving the count; the weight counts
 * per skill up to max_penalty), SKILLS_DUMP and STACK_INCOMPLETE.
 */
final class SkillChecks implements ResumeCheck {
    @Override
    public void apply(final ResumeContext c) {
        final List<String> skills = c.doc.skills();
        final Set<String> backedTech = c.bulletTechnologies();
        final Set<String> seen = new HashSet<>();
        final List<String> unbacked = new ArrayList<>();
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
                unbacked.add(skill);
            }
        }
        if (!unbacked.isEmpty()) {
            unbacked(c, unbacked);
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
            missing.add("no programming language");
        }
        if (!Category.DATASTORE.in(mask)) {
            missing.add("no datastore");
        }
        if (!Category.INFRASTRUCTURE.in(mask)) {
            missing.add("no infrastructure or orchestration layer");
        }
        if (!missing.isEmpty()) {
            c.fire(RuleCatalog.STACK_INCOMPLETE, "The resume names " + Sentences.join(missing) + ".",
                    "Name the stack you worked in end to end: a language (Java, Go), a datastore (PostgreSQL, "
                            + "Redis) and the infrastructure (Kubernetes, AWS, Terraform).");
        }
    }

    private static void unbacked(final ResumeContext c, final List<String> skills) {
        final int named = Math.min(skills.size(), c.ruleset.thresholds().unbackedSkillsNamed());
        final List<String> quoted = new ArrayList<>();
        for (final String s : skills.subList(0, named)) {
            quoted.add("'" + s + "'");
        }
        if (named < skills.size()) {
            quoted.add((skills.size() - named) + " more");
        }
        final String message = skills.size() == 1
                ? "1 skill listed in Skills appears in no experience or project bullet: " + quoted.get(0) + "."
                : skills.size() + " skills listed in Skills appear in no experience or project bullet: "
                + Sentences.join(quoted) + ".";
        c.fire(RuleCatalog.SKILL_UNBACKED, false, skills.size(), message, skills.size() == 1
                ? "Back it with a bullet that says what you built with it and what it achieved, or drop it "
                + "from Skills."
                : "Back each with a bullet that says what you built with it and what it achieved, or drop it "
                + "from Skills.");
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
