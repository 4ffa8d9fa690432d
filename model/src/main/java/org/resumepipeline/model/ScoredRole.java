package org.resumepipeline.model;

import java.util.List;

/** A role of the report with its scored bullets. */
public record ScoredRole(String title, String company, String dates, List<ScoredBullet> bullets) {
    public ScoredRole {
        bullets = bullets == null ? List.of() : List.copyOf(bullets);
    }
}
