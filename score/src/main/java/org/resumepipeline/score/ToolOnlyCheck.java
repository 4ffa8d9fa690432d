package org.resumepipeline.score;

import org.resumepipeline.score.text.Category;

/** TOOL_ONLY: the bullet opens with used/utilized/leveraged (+ technology names) and states no result. */
final class ToolOnlyCheck implements BulletCheck {
    @Override
    public void apply(final BulletContext c) {
        if (c.first < 0 || c.result) {
            return;
        }
        final int opener = c.matches.longestAt(c.first, Category.TOOL_OPENER);
        if (opener < 0) {
            return;
        }
        int end = opener;
        final int tech = c.matches.first(Category.TECHNOLOGY);
        if (tech >= 0) {
            end = Math.max(end, c.matches.end(tech));
        }
        c.fire(BulletRule.TOOL_ONLY, c.startOf(c.first), c.endOf(end), "Opens with '" + c.quote(c.first, end)
                        + "' and states no result: the tool is not the story.",
                "Say what you built with it and what changed: 'Moved order events to Kafka, cutting checkout "
                        + "latency from 900 ms to 200 ms'.");
    }
}
