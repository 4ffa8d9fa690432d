package org.resumepipeline.score.text;

import java.util.Arrays;

/**
 * Lexicon matches over one token sequence, ordered by start token then end token. Not thread-safe.
 */
public final class Matches {
    private int size;
    private int[] start = new int[16];
    private int[] end = new int[16];
    private long[] mask = new long[16];
    private String[] canonical = new String[16];
    private long all;
    private long[] starts;

    void add(final int s, final int e, final long m, final String canon) {
        if (size == start.length) {
            final int cap = size * 2;
            start = Arrays.copyOf(start, cap);
            end = Arrays.copyOf(end, cap);
            mask = Arrays.copyOf(mask, cap);
            canonical = Arrays.copyOf(canonical, cap);
        }
        start[size] = s;
        end[size] = e;
        mask[size] = m;
        canonical[size] = canon;
        size++;
        all |= m;
    }

    /** @return the number of matches */
    public int size() {
        return size;
    }

    /** @return first token of match k */
    public int start(final int k) {
        return start[k];
    }

    /** @return token after the last token of match k */
    public int end(final int k) {
        return end[k];
    }

    /** @return the categories of match k */
    public long mask(final int k) {
        return mask[k];
    }

    /** @return the canonical name of match k (technologies), or null */
    public String canonical(final int k) {
        return canonical[k];
    }

    /** @return the union of all categories matched */
    public long all() {
        return all;
    }

    /** @return true when any match has the category */
    public boolean has(final Category c) {
        return c.in(all);
    }

    /** @return the union of the categories of all matches starting at token i */
    public long startsAt(final int i) {
        if (starts == null) {
            int n = 0;
            for (int k = 0; k < size; k++) {
                n = Math.max(n, start[k] + 1);
            }
            starts = new long[n];
            for (int k = 0; k < size; k++) {
                starts[start[k]] |= mask[k];
            }
        }
        return i >= 0 && i < starts.length ? starts[i] : 0;
    }

    /** @return index of the first match of the category, or -1 */
    public int first(final Category c) {
        if (!has(c)) {
            return -1;
        }
        for (int k = 0; k < size; k++) {
            if (c.in(mask[k])) {
                return k;
            }
        }
        return -1;
    }

    /** @return the end token of the longest match of the category starting at token i, or -1 */
    public int longestAt(final int i, final Category c) {
        if (!c.in(startsAt(i))) {
            return -1;
        }
        int best = -1;
        for (int k = 0; k < size && start[k] <= i; k++) {
            if (start[k] == i && c.in(mask[k])) {
                best = Math.max(best, end[k]);
            }
        }
        return best;
    }

    /** @return index of the longest match of the category starting at token i, or -1 */
    public int longestIndexAt(final int i, final Category c) {
        int best = -1;
        for (int k = 0; k < size && start[k] <= i; k++) {
            if (start[k] == i && c.in(mask[k]) && (best < 0 || end[k] > end[best])) {
                best = k;
            }
        }
        return best;
    }

    /** @return true when a match of the category ends right before token i */
    public boolean endsAt(final int i, final Category c) {
        if (!has(c)) {
            return false;
        }
        for (int k = 0; k < size && start[k] < i; k++) {
            if (end[k] == i && c.in(mask[k])) {
                return true;
            }
        }
        return false;
    }

    /** @return the categories of single-token matches at token i */
    public long singleAt(final int i) {
        long m = 0;
        for (int k = 0; k < size && start[k] <= i; k++) {
            if (start[k] == i && end[k] == i + 1) {
                m |= mask[k];
            }
        }
        return m;
    }

    /**
     * Visits the longest match of the category at each start, skipping matches that overlap an earlier one.
     *
     * @param c       the category
     * @param visitor receives (match index)
     */
    public void forEachLongest(final Category c, final MatchVisitor visitor) {
        if (!has(c)) {
            return;
        }
        int covered = -1;
        for (int k = 0; k < size; k++) {
            if (!c.in(mask[k]) || start[k] < covered) {
                continue;
            }
            int best = k;
            for (int q = k + 1; q < size && start[q] == start[k]; q++) {
                if (c.in(mask[q]) && end[q] > end[best]) {
                    best = q;
                }
            }
            visitor.visit(best);
            covered = end[best];
        }
    }

    /** Receives a match index. */
    @FunctionalInterface
    public interface MatchVisitor {
        /** @param k match index */
        void visit(int k);
    }
}
