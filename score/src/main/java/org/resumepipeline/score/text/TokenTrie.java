package org.resumepipeline.score.text;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A trie over tokens: every lexicon phrase is a path of lower-case tokens, so one walk from each token finds
 * all phrases (one or many words) of every category. Entries starting with '=' match only with that exact case.
 * Built once, then read-only and thread-safe.
 */
public final class TokenTrie {
    private final Node root = new Node();

    /**
     * @param phrase    the entry as written in the ruleset ("lines of code", "=Go")
     * @param category  what it means
     * @param canonical the name to report (technologies), or null
     */
    public void add(final String phrase, final Category category, final String canonical) {
        final boolean exact = phrase.startsWith("=");
        final String p = exact ? phrase.substring(1) : phrase;
        final Tokens t = Tokenizer.tokenize(p);
        if (t.size() == 0) {
            return;
        }
        Node node = root;
        for (int k = 0; k < t.size(); k++) {
            if (node.next == null) {
                node.next = new HashMap<>(4);
            }
            node = node.next.computeIfAbsent(t.lower(k), key -> new Node());
        }
        if (exact) {
            final String[] originals = new String[t.size()];
            for (int k = 0; k < t.size(); k++) {
                originals[k] = p.substring(t.start(k), t.end(k));
            }
            if (node.exact == null) {
                node.exact = new ArrayList<>(1);
            }
            node.exact.add(new Exact(category.bit(), canonical, originals));
        } else {
            node.mask |= category.bit();
            if (canonical != null && node.canonical == null) {
                node.canonical = canonical;
            }
        }
    }

    /** @return the categories of the single token (lower case), ignoring exact-case entries */
    public long single(final String lower) {
        final Node n = root.next == null ? null : root.next.get(lower);
        return n == null ? 0 : n.mask;
    }

    /**
     * @param t tokens
     * @return every match, ordered by start then end
     */
    public Matches match(final Tokens t) {
        final Matches m = new Matches();
        final int n = t.size();
        for (int i = 0; i < n; i++) {
            Node node = root;
            for (int j = i; j < n && node.next != null; j++) {
                node = node.next.get(t.lower(j));
                if (node == null) {
                    break;
                }
                if (node.mask != 0) {
                    m.add(i, j + 1, node.mask, node.canonical);
                }
                if (node.exact != null) {
                    for (final Exact e : node.exact) {
                        if (e.matches(t, i)) {
                            m.add(i, j + 1, e.mask, e.canonical);
                        }
                    }
                }
            }
        }
        return m;
    }

    private static final class Node {
        private Map<String, Node> next;
        private long mask;
        private String canonical;
        private List<Exact> exact;
    }

    private record Exact(long mask, String canonical, String[] originals) {
        boolean matches(final Tokens t, final int from) {
            for (int k = 0; k < originals.length; k++) {
                if (!t.hasOriginal(from + k, originals[k])) {
                    return false;
                }
            }
            return true;
        }
    }
}
