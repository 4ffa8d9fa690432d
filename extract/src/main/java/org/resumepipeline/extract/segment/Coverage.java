package org.resumepipeline.extract.segment;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.resumepipeline.model.Education;
import org.resumepipeline.model.ResumeDocument;
import org.resumepipeline.model.Role;
import org.resumepipeline.model.Section;
import org.resumepipeline.model.SectionKind;

/**
 * How much of a document's text its structure accounts for: the share of the document's words found again in the
 * contact, section headings, roles, projects, skills, education, summary and the lines of the sections kept as they
 * are (awards, publications). Words that only sit in lines no part of the structure took (an experience section whose
 * lines became neither headers nor bullets, text before any heading) lower it. Stateless.
 */
public final class Coverage {
    /** Below this share of its words, a document is read too poorly to be scored without a warning. */
    static final double MIN_SHARE = 0.75;
    /** Below this share of the bullet-like lines of its experience sections found in roles, likewise. */
    static final double MIN_BULLETS_PLACED = 0.5;
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");
    private static final int MIN_WORD = 2;
    private static final int MAX_TITLE_WORDS = 10;

    private Coverage() {
    }

    /**
     * @param lines the document's lines, as segmented
     * @param doc   the structure found in them
     * @return the share (0..1) of the document's words that the structure accounts for
     */
    public static double of(final List<Line> lines, final ResumeDocument doc) {
        final Map<String, Integer> found = new HashMap<>();
        final StringBuilder structure = new StringBuilder();
        final var c = doc.contact();
        append(structure, c.name(), c.email(), c.phone());
        c.links().forEach(l -> append(structure, l));
        append(structure, doc.summary());
        for (final Section s : doc.sections()) {
            append(structure, s.heading());
            if (s.kind() == SectionKind.OTHER || s.kind() == SectionKind.CERTIFICATIONS
                    || s.kind() == SectionKind.CONTACT || s.kind() == SectionKind.SKILLS) {
                s.lines().forEach(l -> append(structure, l));
            }
        }
        for (final List<Role> roles : List.of(doc.roles(), doc.projects())) {
            for (final Role r : roles) {
                append(structure, r.title(), r.company(), r.location(), r.dates());
                r.bullets().forEach(b -> append(structure, b));
            }
        }
        doc.skills().forEach(s -> append(structure, s));
        for (final Education e : doc.education()) {
            append(structure, e.degree(), e.institution(), e.dates());
        }
        count(structure, found);
        final Map<String, Integer> text = new HashMap<>();
        final StringBuilder all = new StringBuilder();
        lines.forEach(l -> append(all, l.text()));
        count(all, text);
        int total = 0;
        int covered = 0;
        for (final Map.Entry<String, Integer> e : text.entrySet()) {
            total += e.getValue();
            covered += Math.min(e.getValue(), found.getOrDefault(e.getKey(), 0));
        }
        return total == 0 ? 1.0 : (double) covered / total;
    }

    /**
     * @param bulletLines lines marked as bullets in the document's experience sections
     * @param doc         the structure
     * @return true when fewer than half of those lines (and at least three) ended up as bullets of a role
     */
    static boolean bulletsUnplaced(final int bulletLines, final ResumeDocument doc) {
        final int placed = doc.roles().stream().mapToInt(r -> r.bullets().size()).sum();
        return bulletLines >= 3 && placed < MIN_BULLETS_PLACED * bulletLines;
    }

    /**
     * @param datedLines lines with a date range outside education, awards and certificates
     * @param doc        the structure
     * @return true when at least two such lines were found but fewer than half as many roles and projects (entries
     *         glued into bullets, or an experience section never recognized)
     */
    static boolean entriesMissed(final int datedLines, final ResumeDocument doc) {
        return datedLines >= 2 && 2 * (doc.roles().size() + doc.projects().size()) < datedLines;
    }

    /**
     * @return true when a third of the roles (and at least two) have no title or a sentence for a title: headers read
     *         out of order, or bullets taken for headers
     */
    static boolean headersBroken(final ResumeDocument doc) {
        final long broken = doc.roles().stream().filter(r -> r.title() == null || r.title().endsWith(".")
                || r.title().split("\\s+").length > MAX_TITLE_WORDS).count();
        return broken >= 2 && 3 * broken >= doc.roles().size();
    }

    private static void append(final StringBuilder out, final String... parts) {
        for (final String p : parts) {
            if (p != null) {
                out.append(p).append(' ');
            }
        }
    }

    private static void count(final CharSequence text, final Map<String, Integer> counts) {
        final var m = WORD.matcher(text);
        while (m.find()) {
            final String w = m.group().toLowerCase(Locale.ROOT);
            if (w.length() >= MIN_WORD) {
                counts.merge(w, 1, Integer::sum);
            }
        }
    }
}
