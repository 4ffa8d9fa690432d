package org.resumepipeline.score;

import org.resumepipeline.score.text.Category;
import org.resumepipeline.score.text.Matches;

/** GENERIC_SUMMARY: a summary of stock phrases that names no system, technology or number. */
final class SummaryCheck implements ResumeCheck {
    @Override
    public void apply(final ResumeContext c) {
        final String summary = c.doc.summary();
        if (summary == null || summary.isBlank()) {
            return;
        }
        final Matches m = c.scan(summary);
        final boolean stock = m.has(Category.STOCK_SUMMARY) || m.has(Category.BUZZWORD);
        final boolean concrete = m.has(Category.SCOPE) || m.has(Category.TECHNOLOGY)
                || summary.chars().anyMatch(ch -> ch >= '0' && ch <= '9');
        if (stock && !concrete) {
            c.fire(RuleCatalog.GENERIC_SUMMARY, "The summary is built from stock phrases and names no system or "
                            + "number.",
                    "Say what you build and your best result in one line: 'Backend engineer, 6 years on payment "
                            + "APIs in Java and PostgreSQL; cut checkout p99 from 900 ms to 180 ms.'");
        }
    }
}
