package org.resumepipeline.report.render;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.resumepipeline.model.DocumentResult;
import org.resumepipeline.model.Finding;
import org.resumepipeline.model.ScoredBullet;
import org.resumepipeline.model.ScoredRole;

/** The findings of one document (resume level, roles and projects) and its most important rules. Thread-safe. */
public final class DocumentFindings {
    private DocumentFindings() {
    }

    /** @return every finding of the document: resume-level first, then roles' and projects' bullets in order */
    public static List<Finding> all(final DocumentResult doc) {
        final List<Finding> all = new ArrayList<>(doc.findings());
        for (final List<ScoredRole> roles : List.of(doc.roles(), doc.projects())) {
            for (final ScoredRole role : roles) {
                for (final ScoredBullet bullet : role.bullets()) {
                    all.addAll(bullet.findings());
                }
            }
        }
        return all;
    }

    /**
     * @param doc   a document
     * @param limit how many rule ids to return
     * @return distinct rule ids, most severe first (error, warn, info), then most frequent, then by id
     */
    public static List<String> topRules(final DocumentResult doc, final int limit) {
        final Map<String, RuleCount> counts = new LinkedHashMap<>();
        for (final Finding f : all(doc)) {
            counts.computeIfAbsent(f.rule(), RuleCount::new).add(Severity.of(f.severity()));
        }
        return counts.values().stream()
                .sorted(Comparator.comparing((RuleCount c) -> c.severity)
                        .thenComparing(c -> -c.count)
                        .thenComparing(c -> c.rule))
                .limit(limit)
                .map(c -> c.rule)
                .toList();
    }

    /** Mutable tally while counting; never escapes this class. */
    private static final class RuleCount {
        private final String rule;
        private Severity severity = Severity.OTHER;
        private int count;

        RuleCount(final String rule) {
            this.rule = rule;
        }

        void add(final Severity s) {
            count++;
            if (s.compareTo(severity) < 0) {
                severity = s;
            }
        }
    }
}
