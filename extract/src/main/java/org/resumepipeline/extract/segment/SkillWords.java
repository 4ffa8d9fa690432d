package org.resumepipeline.extract.segment;

import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The word lists of the skills parser, read from {@code skill-words.txt} ("kind: words" lines). Thread-safe
 * (immutable).
 *
 * @param heads     last words of a group label ("languages", "tools")
 * @param labels    words that may precede a head in a group label ("programming", "operating")
 * @param leads     phrases opening a skills line written as a phrase, longest first ("proficient in")
 * @param notSkills items that are never skills ("etc")
 * @param notLabels labels of "Label: ..." rows that list no skills ("interests")
 */
record SkillWords(Set<String> heads, Set<String> labels, List<String> leads, Set<String> notSkills,
                  Set<String> notLabels) {
    static final SkillWords DEFAULT = load("skill-words.txt");

    SkillWords {
        heads = Set.copyOf(heads);
        labels = Set.copyOf(labels);
        leads = List.copyOf(leads);
        notSkills = Set.copyOf(notSkills);
        notLabels = Set.copyOf(notLabels);
    }

    /**
     * @param resource a resource beside this class
     * @return its lists
     * @throws UncheckedIOException when it cannot be read
     * @throws IllegalArgumentException on a line of an unknown kind
     */
    static SkillWords load(final String resource) {
        final Map<String, List<String>> lists = new HashMap<>();
        for (final String line : Wordlist.read(resource)) {
            final int colon = line.indexOf(':');
            final String kind = colon < 0 ? "" : line.substring(0, colon).strip();
            if (!Set.of("head", "label", "lead", "not", "not-label").contains(kind)) {
                throw new IllegalArgumentException(resource + ": unknown kind '" + kind + "' in line '" + line + "'");
            }
            lists.computeIfAbsent(kind, k -> new ArrayList<>()).add(line.substring(colon + 1).strip());
        }
        final List<String> leads = new ArrayList<>(lists.getOrDefault("lead", List.of()));
        leads.sort(Comparator.comparingInt(String::length).reversed());
        return new SkillWords(set(lists, "head"), set(lists, "label"), leads, set(lists, "not"),
                set(lists, "not-label"));
    }

    private static Set<String> set(final Map<String, List<String>> lists, final String kind) {
        return new HashSet<>(lists.getOrDefault(kind, List.of()));
    }
}
