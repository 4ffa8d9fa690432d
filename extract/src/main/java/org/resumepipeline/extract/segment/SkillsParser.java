package org.resumepipeline.extract.segment;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/** Flattens a skills section: "Languages: Java, Go" gives Java and Go; splits on commas, pipes, bullets, semicolons. */
final class SkillsParser {
    private static final Pattern SPLIT = Pattern.compile("\\s*(?:[,;|•·●▪]|\\s-\\s|\\s–\\s)\\s*");
    private static final Set<String> NOT_SKILL_LABELS = Set.of("interests", "hobbies", "language", "spoken languages",
            "languages spoken", "interests and hobbies", "hobbies and interests", "references", "availability",
            "citizenship", "visa", "work authorization");
    private static final int MAX_SKILL = 60;

    private SkillsParser() {
    }

    static List<String> parse(final List<Line> lines) {
        final Set<String> skills = new LinkedHashSet<>();
        for (final Line line : lines) {
            String text = line.text();
            final int colon = text.indexOf(':');
            if (colon > 0 && colon < 40) {
                final String label = text.substring(0, colon).strip().toLowerCase(Locale.ROOT);
                if (NOT_SKILL_LABELS.contains(label)) {
                    continue;
                }
                text = text.substring(colon + 1);
            }
            for (final String part : SPLIT.split(text)) {
                final String s = part.strip().replaceAll("^(?:and|&)\\s+", "").replaceAll("[.]+$", "").strip();
                if (!s.isEmpty() && s.length() <= MAX_SKILL && s.chars().anyMatch(Character::isLetterOrDigit)) {
                    skills.add(s);
                }
            }
        }
        return new ArrayList<>(skills);
    }
}
