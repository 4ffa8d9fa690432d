package org.resumepipeline.extract.segment;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.resumepipeline.model.Education;

/** Finds degree, institution and dates in an education section; bullets (coursework, GPA) are skipped. */
final class EducationParser {
    private static final Pattern DEGREE = Pattern.compile(
            "(?:\\b(?:bachelor|master|associate|doctor|doctorate|diploma|ph\\.?\\s?d|mba|bsc|msc|meng|beng|b\\.?\\s?tech|"
                    + "m\\.?\\s?tech|a\\.?a\\.?s|high school|certificate|degree|minor|major)\\b|\\b[BM]\\.?[SA]\\.?(?=\\s|,|$)"
                    + "|\\b[BM]\\.(?:Sc|Eng|Ed|Com)\\b)",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern INSTITUTION = Pattern.compile(
            "\\b(?:university|college|institute|school|academy|polytechnic|universität|université|universidad|"
                    + "universidade|università|universiteit|uniwersytet|hochschule|escola|faculdade|"
                    + "conservatory|bootcamp)\\b|\\b(?:MIT|UCLA|ETH|EPFL|NYU|USC|UC \\p{Lu}\\p{L}+)\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern NOT_ENTRY = Pattern.compile("^(?:gpa|grade|relevant|courses?|coursework|honou?rs|"
            + "thesis|awards?|activities|minor)\\b", Pattern.CASE_INSENSITIVE);

    private static final Pattern CLEAN_DEGREE = Pattern.compile(
            "(?:,?\\s*\\(?(?:expected|anticipated)(?:\\s+graduation)?\\)?|,?\\s*(?:cumulative\\s+)?gpa:?\\s*[\\d.]+(?:\\s*/\\s*[\\d.]+)?)",
            Pattern.CASE_INSENSITIVE);

    private static final int MAX_WRAPPED_WORDS = 3;

    private EducationParser() {
    }

    /**
     * Joins lines wrapped in a narrow column ("B.S. Computer" + "Engineering", "Eastbrook Institute of" +
     * "Technology"): a short capitalised line without degree, school or dates continues a degree or school line.
     */
    static List<Line> unwrap(final List<Line> lines) {
        final List<Line> out = new ArrayList<>(lines.size());
        for (final Line line : lines) {
            final Line prev = out.isEmpty() ? null : out.get(out.size() - 1);
            if (prev != null && continues(prev, line)) {
                out.set(out.size() - 1, new Line(prev.text() + " " + line.text(), prev.heading(), false, prev.page()));
            } else {
                out.add(line);
            }
        }
        return out;
    }

    private static boolean continues(final Line prev, final Line line) {
        final String text = line.text();
        if (prev.bullet() || line.bullet() || DateRange.findAny(prev.text()).isPresent()
                || !DEGREE.matcher(prev.text()).find() && !INSTITUTION.matcher(prev.text()).find()) {
            return false;
        }
        if (DEGREE.matcher(text).find() || INSTITUTION.matcher(text).find() || DateRange.findAny(text).isPresent()
                || NOT_ENTRY.matcher(text).find() || text.chars().anyMatch(Character::isDigit)) {
            return false;
        }
        final boolean open = prev.text().matches("(?s).*\\b(?:of|and|in|for|&)$");
        return open || Character.isUpperCase(text.charAt(0)) && text.split("\\s+").length <= MAX_WRAPPED_WORDS;
    }

    static List<Education> parse(final List<Line> lines) {
        final List<Education> out = new ArrayList<>();
        String degree = null;
        String institution = null;
        String dates = null;
        for (final Line line : lines) {
            if (line.bullet() || NOT_ENTRY.matcher(line.text()).find()) {
                continue;
            }
            String text = line.text();
            String lineDates = null;
            final Optional<DateRange> range = DateRange.findAny(text);
            if (range.isPresent()) {
                lineDates = range.get().text();
                text = range.get().removeFrom(text);
            }
            String lineDegree = null;
            String lineInstitution = null;
            final List<String> fields = new ArrayList<>();
            for (final String f : Fields.split(text)) {
                final String[] loc = Fields.splitLocation(f);
                if (!loc[0].isEmpty()) {
                    fields.add(loc[0]);
                }
            }
            final String joined = CLEAN_DEGREE.matcher(String.join(", ", fields)).replaceAll("").strip();
            final boolean hasDegree = DEGREE.matcher(joined).find();
            final boolean hasInstitution = INSTITUTION.matcher(joined).find();
            if (hasDegree && hasInstitution) {
                final List<String> pieces = new ArrayList<>();
                for (final String f : fields) {
                    pieces.addAll(List.of(f.split(",\\s+")));
                }
                int inst = -1;
                for (int i = 0; i < pieces.size() && inst < 0; i++) {
                    if (INSTITUTION.matcher(pieces.get(i)).find() && !DEGREE.matcher(pieces.get(i)).find()) {
                        inst = i;
                    }
                }
                if (inst < 0) {
                    lineDegree = joined;
                } else {
                    lineInstitution = pieces.get(inst);
                    lineDegree = inst > 0 ? String.join(", ", pieces.subList(0, inst))
                            : String.join(", ", pieces.subList(1, pieces.size()));
                }
            } else if (hasDegree) {
                lineDegree = joined;
            } else if (hasInstitution) {
                lineInstitution = joined;
            }
            if ((lineDegree != null && degree != null) || (lineInstitution != null && institution != null)) {
                out.add(new Education(degree, institution, dates));
                degree = null;
                institution = null;
                dates = null;
            }
            if (lineDegree != null && !lineDegree.isEmpty()) {
                degree = lineDegree;
            }
            if (lineInstitution != null && !lineInstitution.isEmpty()) {
                institution = lineInstitution;
            }
            if (lineDates != null && dates == null && (lineDegree != null || lineInstitution != null
                    || degree != null || institution != null)) {
                dates = lineDates;
            } else if (lineDates != null && dates == null) {
                dates = lineDates;
            }
        }
        if (degree != null || institution != null) {
            out.add(new Education(degree, institution, dates));
        }
        return out;
    }
}
