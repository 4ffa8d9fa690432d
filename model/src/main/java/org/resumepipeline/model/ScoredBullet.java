package org.resumepipeline.model;

import java.util.List;

/** A bullet with its score, grade (strong, fair, weak), findings and signals. */
public record ScoredBullet(String text, int score, String grade, List<Finding> findings, List<Signal> signals) {
    public ScoredBullet {
        findings = findings == null ? List.of() : List.copyOf(findings);
        signals = signals == null ? List.of() : List.copyOf(signals);
    }
}
