package org.resumepipeline.model;

import java.util.List;

/**
 * A role in Experience (or an entry in Projects).
 *
 * @param title    job title (or project name)
 * @param company  employer (null for projects)
 * @param location location, when given
 * @param dates    the dates as written, e.g. "Jan 2021 - Present"
 * @param start    start as ISO year-month ("2021-01") or year ("2021"), null when unknown
 * @param end      end as ISO year-month or year, null when current or unknown
 * @param current  true when the role is ongoing ("Present", "Current", "Now")
 * @param bullets  bullet texts, markers removed, wrapped lines joined
 */
public record Role(String title, String company, String location, String dates, String start, String end,
                   boolean current, List<String> bullets) {
    public Role {
        bullets = bullets == null ? List.of() : List.copyOf(bullets);
    }
}
