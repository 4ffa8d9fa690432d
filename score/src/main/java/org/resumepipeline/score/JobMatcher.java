package org.resumepipeline.score;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.resumepipeline.model.JobMatch;
import org.resumepipeline.model.Role;

/**
 * Matches a job description against a resume: the required skills are the technologies of the skill taxonomy
 * the description names (in order of first mention); a skill is named when the resume mentions it anywhere
 * (skills, summary, titles, bullets) and backed when an experience or project bullet does.
 */
final class JobMatcher {
    private JobMatcher() {
    }

    /** @return the match, score 0 when the description names no known skill */
    static JobMatch match(final ResumeContext c, final String jobDescription) {
        final List<String> required = new ArrayList<>(c.technologiesIn(jobDescription));
        final Set<String> backedSet = c.bulletTechnologies();
        final Set<String> namedSet = c.technologiesIn(c.doc.summary());
        for (final String s : c.doc.skills()) {
            namedSet.addAll(c.technologiesIn(s));
        }
        for (final Role r : c.doc.roles()) {
            namedSet.addAll(c.technologiesIn(r.title()));
        }
        for (final Role r : c.doc.projects()) {
            namedSet.addAll(c.technologiesIn(r.title()));
        }
        namedSet.addAll(backedSet);
        final List<String> named = new ArrayList<>();
        final List<String> backed = new ArrayList<>();
        final List<String> missing = new ArrayList<>();
        for (final String skill : required) {
            if (namedSet.contains(skill)) {
                named.add(skill);
                if (backedSet.contains(skill)) {
                    backed.add(skill);
                }
            } else {
                missing.add(skill);
            }
        }
        final int score = required.isEmpty() ? 0 : (int) Math.round(100.0 * named.size() / required.size());
        return new JobMatch(List.copyOf(required), List.copyOf(named), List.copyOf(backed), List.copyOf(missing),
                score);
    }
}
