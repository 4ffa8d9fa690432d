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
    private static final int MAX_LABEL_WORDS = 3;

    private SkillsParser() {
    }

    static List<String> parse(final List<Line> lines) {
        final Set<String> skills = new LinkedHashSet<>();
        for (int i = 0; i < lines.size(); i++) {
            String text = lines.get(i).text();
            if (isGroupLabel(lines, i)) {
                continue;
            }
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

    /** "Datastores" alone on a line above "PostgreSQL, Redis" names a group; it is not a skill. */
    private static boolean isGroupLabel(final List<Line> lines, final int i) {
        final String text = lines.get(i).text();
        if (i + 1 >= lines.size() || SPLIT.matcher(text).find() || text.indexOf(':') >= 0
                || !Character.isUpperCase(text.charAt(0)) || text.split("\\s+").length > MAX_LABEL_WORDS) {
            return false;
        }
        final String prev = i > 0 ? lines.get(i - 1).text() : "";
        return !prev.endsWith(",") && lines.get(i + 1).text().indexOf(',') >= 0;
    }
}
