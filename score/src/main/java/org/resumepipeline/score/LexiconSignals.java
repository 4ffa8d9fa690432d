package org.resumepipeline.score;

import org.resumepipeline.score.text.Category;

/** The MECHANISM, SCOPE and TECHNOLOGY signals: every occurrence is shown, each signal is credited once. */
final class LexiconSignals implements BulletCheck {
    @Override
    public void apply(final BulletContext c) {
        signal(c, Category.MECHANISM, SignalId.MECHANISM);
        signal(c, Category.SCOPE, SignalId.SCOPE);
        c.matches.forEachLongest(Category.TECHNOLOGY, k -> {
            c.signal(SignalId.TECHNOLOGY, c.startOf(c.matches.start(k)), c.endOf(c.matches.end(k)));
            final String name = c.matches.canonical(k);
            if (name != null && !c.technologies.contains(name)) {
                c.technologies.add(name);
            }
        });
    }

    private static void signal(final BulletContext c, final Category category, final SignalId id) {
        c.matches.forEachLongest(category, k -> c.signal(id, c.startOf(c.matches.start(k)),
                c.endOf(c.matches.end(k))));
    }
}
