package org.resumepipeline.model;

import java.util.List;

/**
 * A role of the report with its scored bullets.
 *
 * @param title   job title (or project name)
 * @param company employer
 * @param dates   the dates as written
 * @param start   start as ISO year-month or year, null when unknown
 * @param end     end as ISO year-month or year, null when current or unknown
 * @param current true when the role is ongoing
 * @param bullets the scored bullets
 */
public record ScoredRole(String title, String company, String dates, String start, String end, boolean current,
                         List<ScoredBullet> bullets) {
    public ScoredRole {
        bullets = bullets == null ? List.of() : List.copyOf(bullets);
    }

    /** A role whose dates were not read into a start and an end. */
    public ScoredRole(final String title, final String company, final String dates,
                      final List<ScoredBullet> bullets) {
        this(title, company, dates, null, null, false, bullets);
    }
}
