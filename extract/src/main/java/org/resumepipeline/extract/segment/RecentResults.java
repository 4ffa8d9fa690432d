package org.resumepipeline.extract.segment;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;

/**
 * The results of a pure function for the last arguments it was given on this thread. The segmenter asks about the
 * same line from several places (the role header, the entry parser, the coverage count), and each asking runs the
 * same regular expressions.
 *
 * @param <K> the argument
 * @param <V> the result; never null
 */
final class RecentResults<K, V> {
    private final Function<K, V> function;
    private final ThreadLocal<Map<K, V>> recent;

    RecentResults(final Function<K, V> function, final int capacity) {
        this.function = function;
        this.recent = ThreadLocal.withInitial(() -> new LinkedHashMap<>(capacity * 2, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(final Map.Entry<K, V> eldest) {
                return size() > capacity;
            }
        });
    }

    /** @return the function's result for the argument, computed again only when it is not among the recent ones */
    V apply(final K argument) {
        final Map<K, V> results = recent.get();
        final V known = results.get(argument);
        if (known != null) {
            return known;
        }
        final V result = function.apply(argument);
        results.put(argument, result);
        return result;
    }
}
