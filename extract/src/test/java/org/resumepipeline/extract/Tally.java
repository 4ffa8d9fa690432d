package org.resumepipeline.extract;

import java.util.Locale;

/** Hits over totals, for the corpus agreement tests. */
final class Tally {
    private int hit;
    private int total;

    void add(final int hits, final int of) {
        hit += hits;
        total += of;
    }

    void add(final boolean ok) {
        add(ok ? 1 : 0, 1);
    }

    int hits() {
        return hit;
    }

    double ratio() {
        return total == 0 ? 1.0 : (double) hit / total;
    }

    String show() {
        return String.format(Locale.ROOT, "%4d/%-4d %5.1f%%", hit, total, 100 * ratio());
    }
}
