package org.resumepipeline.score;

import java.util.List;

/** Small helpers that keep generated messages grammatical. Stateless. */
final class Sentences {
    private Sentences() {
    }

    /** @return "a", "a and b", "a, b and c" */
    static String join(final List<String> items) {
        if (items.size() <= 1) {
            return items.isEmpty() ? "" : items.get(0);
        }
        return String.join(", ", items.subList(0, items.size() - 1)) + " and " + items.get(items.size() - 1);
    }

    /** @return "1 word", "3 words" */
    static String count(final long n, final String singular) {
        return n + " " + (n == 1 ? singular : singular + "s");
    }
}
