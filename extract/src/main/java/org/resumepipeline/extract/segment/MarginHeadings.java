package org.resumepipeline.extract.segment;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.resumepipeline.model.SectionKind;

/**
 * Section labels printed in a left margin column ("Work", "Education", "Skills"), which text extraction reads onto
 * the first line of their section: "Work Colba Technologies S.L. Jan 2021 – Present". Where lines of a document start
 * with headings of at least three different kinds, and no kind but the other sections' twice, each such line becomes
 * the heading and the line after it. Stateless.
 */
final class MarginHeadings {
    private static final int MIN_LABELS = 3;
    private static final int MAX_LABEL_WORDS = 3;
    private static final Pattern SPACE = Pattern.compile("\\s+");
    private static final Pattern WORD = Pattern.compile("\\S+");

    private MarginHeadings() {
    }

    /** A line cut into its margin label and the rest of it. */
    private record Cut(String label, SectionKind kind, String rest) {
    }

    static List<Line> split(final List<Line> lines) {
        final List<Cut> cuts = new ArrayList<>(lines.size());
        final Set<SectionKind> kinds = EnumSet.noneOf(SectionKind.class);
        boolean repeated = false;
        int labelled = 0;
        for (final Line line : lines) {
            final Cut cut = line.bullet() || line.heading() ? null : cut(line.text());
            cuts.add(cut);
            if (cut != null) {
                labelled++;
                repeated |= !kinds.add(cut.kind()) && cut.kind() != SectionKind.OTHER;
            }
        }
        if (kinds.size() < MIN_LABELS || repeated) {
            // a kind twice ("Databases MySQL", "DevOps AWS" in a skills list) is a list of labelled items
            return lines;
        }
        final List<Line> out = new ArrayList<>(lines.size() + labelled);
        for (int i = 0; i < lines.size(); i++) {
            final Line line = lines.get(i);
            final Cut cut = cuts.get(i);
            if (cut == null) {
                out.add(line);
            } else {
                out.add(new Line(cut.label(), true, false, line.page(), line.indent()));
                out.add(new Line(cut.rest(), false, false, line.page(), line.indent()));
            }
        }
        return out;
    }

    /**
     * @return the longest heading the line starts with and the text after it, or null when there is none or the
     *         line reads on ("Employment History", "Skills and knowledge acquired:", "SOFTWARE ARCHITECT",
     *         "Software Engineer"); a label of the other sections ("Languages", "Training") only before a few words
     */
    private static Cut cut(final String text) {
        if (HeadingLexicon.exact(text).isPresent()) {
            return null;
        }
        final List<Integer> starts = new ArrayList<>();
        final Matcher word = WORD.matcher(text);
        while (word.find()) {
            starts.add(word.start());
        }
        for (int n = Math.min(MAX_LABEL_WORDS, starts.size() - 1); n >= 1; n--) {
            final String label = text.substring(starts.get(0), starts.get(n)).strip();
            final String rest = text.substring(starts.get(n)).strip();
            final Optional<SectionKind> kind = HeadingLexicon.exact(label);
            final boolean capsRunOn = label.equals(label.toUpperCase(Locale.ROOT))
                    && rest.startsWith(SPACE.split(rest)[0].toUpperCase(Locale.ROOT));
            if (kind.isPresent() && Character.isLetter(label.charAt(label.length() - 1))
                    && Character.isUpperCase(rest.codePointAt(0)) && !capsRunOn
                    && (starts.size() - n > MAX_LABEL_WORDS ? kind.get() != SectionKind.OTHER : !Fields.isTitle(rest))) {
                return new Cut(label, kind.get(), rest);
            }
        }
        return null;
    }
}
