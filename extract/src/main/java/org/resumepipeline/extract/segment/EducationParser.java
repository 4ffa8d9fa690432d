package org.resumepipeline.extract.segment;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.resumepipeline.model.Education;

/**
 * Finds degree, institution and dates in an education section; bullets (coursework, GPA), labelled lines ("Thesis:",
 * "Advisor:") and description sentences are skipped. A line is cut into segments at separators ("|", ";", "—",
 * " – ", " at ", and " in " before a school); each segment is a degree, an institution, a place or a field, with the
 * place and stray punctuation dropped. A school printed once above several degrees gives one entry per degree.
 * Thread-safe (stateless).
 */
final class EducationParser {
    private static final Pattern DEGREE = Pattern.compile(
            "(?:\\b(?:bachelor|master|associate|doctor|doctorate|diploma|ph\\.?\\s?d|mba|bsc|msc|meng|beng|b\\.?\\s?tech|"
                    + "m\\.?\\s?tech|a\\.?a\\.?s|high school|certificate|degree|minor|major|licen[cs]iatura|laurea|"
                    + "bacharelado|graduado|mestrado|máster|magister|abitur|preparatory|classe préparatoire|"
                    + "postgraduate|undergraduate|a-levels?|gcse|hnd|llb|llm|bba|bfa|mfa|bcom|mcom|bca|mca|dphil)\\b"
                    + "|\\b[BM]\\.?[SAE]\\.?(?=\\s|,|\\)|$)|\\b[BM]\\.(?:Sc|Eng|Ed|Com|Phil)\\b\\.?"
                    + "|\\b(?:Course|Training|Valedictorian)\\b|Степень|Диплом|" + Wordlist.alternation("degree-words.txt")
                    + ")", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    /** Institution words as names print them: capitalised ("Top French school of ..." is a description). */
    private static final Pattern INSTITUTION = Pattern.compile(
            "\\b(?:University|Univ\\.|College|Institute|Institut|School|Academy|Polytechnic|Politecnico|Polytechnique|"
                    + "Universi\\p{L}*|Hochschule|Högskolan|Gymnasium|Lycée|Lyceum|Liceo|Instituto|Istituto|Escuela|"
                    + "Escola|Faculdade|Facultad|Colegio|Scuola|[ÉE]cole|Conservatory|Conservatoire|Seminary|Bootcamp|"
                    + "Center|Centre|Laboratory|HS|High)\\b|\\b(?:MIT|UCLA|UCL|ETH|EPFL|NYU|USC|KTH|CMU|UC \\p{Lu}\\p{L}+)\\b"
                    + "|\\b(?:UNIVERSITY|COLLEGE|INSTITUTE|SCHOOL|ACADEMY)\\b|University\\b|大学|学院|Университет|Університет"
                    + "|\\b(?:Universiteit|Hogeschool|Uniwersytet|Politechnika|Akademia|Szkoła|Институт|Інститут"
                    + "|Академия|Академія)\\b|大学院|高等学校|専門学校|高校");
    private static final Pattern NOT_ENTRY = Pattern.compile("^(?:gpa|grade|relevant|courses?|coursework|honou?rs|"
            + "thesis|awards?|activities|minor|dean'?s|magna|summa|cum laude)\\b", Pattern.CASE_INSENSITIVE);
    /** "Thesis: ...", "Advisor: ...", "Focus: ...": a label of a few words and a colon. */
    private static final Pattern LABEL = Pattern.compile("^([\\p{L}'’ ]{1,30}):\\s*(.*)$");
    private static final Pattern DATE_LABEL = Pattern.compile(
            "^(?:dates?|graduat\\w*|expected(?: graduation)?(?: date)?|graduation date|completed|anticipated)$",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern DATE_WORDS = Pattern.compile(
            "(?:\\(?\\b(?:expected|anticipated|exp\\.)(?:\\s+graduation)?(?:\\s+date)?\\b:?\\)?"
                    + "|\\b(?:graduat(?:ed|ion)(?:\\s+date)?|date)\\s*:)",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern GPA = Pattern.compile(
            "(?:(?:overall\\s+|cumulative\\s+)?gpa\\s*:?\\s*[\\d.]+(?:\\s*/\\s*[\\d.]+)?|[\\d.]+(?:\\s*/\\s*[\\d.]+)?\\s+gpa)",
            Pattern.CASE_INSENSITIVE);
    /** Where a line splits into segments; " – " and " - " too, rejoined when they only split a degree from its field. */
    private static final Pattern SEPARATOR = Pattern.compile(
            "\\s*\\|\\s*|\\s*;\\s*|\\s*—\\s*|\\s+[–-]\\s+|\\s+[·•]\\s+|\\s+at\\s+(?=\\p{Lu})");
    private static final Pattern IN_SCHOOL = Pattern.compile("\\s+in\\s+(?=\\p{Lu})");
    /** "PhD Princeton University": a degree abbreviation directly before the school's name. */
    private static final Pattern ABBREVIATION_THEN_NAME = Pattern.compile(
            "^((?:Ph\\.?\\s?D|B\\.?S\\.?c?|M\\.?S\\.?c?|B\\.?A|M\\.?A|MBA|M\\.?Eng|B\\.?Eng|BTech|MTech)\\.?)\\s+(\\p{Lu}.*)$");
    /** "MasterIFE Dabin College": a degree glued to the school's name (a label column without a gap). */
    private static final Pattern GLUED_DEGREE = Pattern.compile(
            "^(Bachelor|Master|Doctor|Associate|Diploma|PhD)(?=\\p{Lu}\\p{L})");
    private static final Pattern GLUED_UNIVERSITY = Pattern.compile("(?<=\\p{Ll})(?=University\\b)");
    private static final Pattern SUB_UNIT = Pattern.compile("\\b(?:College|School|Faculty|Department|Dept\\.?)\\s+of\\b");
    private static final Pattern MARKERS = Pattern.compile("^(?:[:+|>*]\\s*)+|^\\[(.*)\\]");
    private static final Pattern EMPTY_BRACKETS = Pattern.compile("\\(\\s*[,;.:|–-]?\\s*\\)|\\[\\s*\\]");
    private static final Pattern WORD = Pattern.compile("\\s+");
    /** What a date taken from the line leaves: "| ‐", a month on its own ("Expected Graduation Dec" + "2025"). */
    private static final Pattern LOOSE_END = Pattern.compile(
            "(?:[\\s|,;:‐‑–—-]+|,?\\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)\\.?)+$",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern LOOSE_START = Pattern.compile("^[\\s|,;:‐‑–—-]+");
    private static final Pattern URL = Pattern.compile("^(?:https?://)?[\\w-]+(?:\\.[\\w-]+)+(?:/\\S*)?$");

    private static final int MAX_WRAPPED_WORDS = 3;
    private static final int MAX_ENTRY_WORDS = 16;
    private static final int MAX_NAME_WORDS = 7;
    private static final int MAX_SENTENCE_WORDS = 8;

    private EducationParser() {
    }

    /** What kind of text a segment of a line holds. */
    private enum Kind { DEGREE, INSTITUTION, OTHER }

    /** One piece of a line, with the separator written before it. */
    private record Segment(String text, String separator, Kind kind) {
    }

    /** What one line says. */
    private record Parsed(String degree, String institution, String dates, String name) {
    }

    /** An entry being read. */
    private static final class Entry {
        String degree;
        String institution;
        String dates;
        String name;
        boolean schoolFirst;

        boolean isEmpty() {
            return degree == null && institution == null;
        }

        Education finish() {
            return new Education(degree, institution != null ? institution : degree != null ? name : null, dates);
        }
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
                || NOT_ENTRY.matcher(text).find() || text.chars().anyMatch(Character::isDigit)
                || Places.isPlace(text)) {
            return false;
        }
        final boolean open = prev.text().matches("(?s).*\\b(?:of|and|in|for|&)$");
        return open || Character.isUpperCase(text.charAt(0)) && WORD.split(text).length <= MAX_WRAPPED_WORDS;
    }

    static List<Education> parse(final List<Line> lines) {
        final List<Education> out = new ArrayList<>();
        final List<Parsed> parsed = new ArrayList<>();
        for (final Line line : lines) {
            if (endsSection(line.text())) {
                // "Projects" inside the education lines: the section ended where the layout did not say so
                break;
            }
            final Parsed p = NOT_ENTRY.matcher(line.text()).find() ? null : parseLine(line.text());
            // a bullet under an entry (coursework, an award) adds nothing; a list of degrees does
            if (p != null && !(line.bullet() && p.degree() == null && p.institution() == null)) {
                parsed.add(p);
            }
        }
        Entry entry = new Entry();
        for (int i = 0; i < parsed.size(); i++) {
            final Parsed p = parsed.get(i);
            if (p.degree() == null && p.institution() == null) {
                if (p.dates() != null) {
                    if (entry.dates == null) {
                        entry.dates = p.dates();
                    } else if (entry.dates.matches(".*[–—-]$")) {
                        entry.dates = entry.dates + " " + p.dates();
                    } else if (!entry.isEmpty()) {
                        out.add(entry.finish());
                        entry = new Entry();
                        entry.dates = p.dates();
                    }
                }
                if (p.name() != null && entry.name == null && entry.institution == null) {
                    entry.name = p.name();
                }
                continue;
            }
            final boolean subUnit = p.institution() != null && SUB_UNIT.matcher(p.institution()).find()
                    && entry.institution != null && p.degree() != null;
            final String institution = subUnit ? null : p.institution();
            String inherited = null;
            if (p.degree() != null && entry.degree != null || institution != null && entry.institution != null
                    || institution != null && entry.degree != null && !entry.schoolFirst && entry.name != null) {
                inherited = entry.schoolFirst && institution == null && (subUnit || !degreeOfNextSchool(parsed, i))
                        ? entry.institution : null;
                out.add(entry.finish());
                entry = new Entry();
            }
            if (inherited != null) {
                entry.institution = inherited;
                entry.schoolFirst = true;
            }
            if (institution != null) {
                entry.institution = institution;
                entry.schoolFirst = entry.degree == null && p.degree() == null;
            }
            if (p.degree() != null) {
                entry.degree = p.degree();
            }
            if (p.dates() != null && entry.dates == null) {
                entry.dates = p.dates();
            }
        }
        if (!entry.isEmpty()) {
            out.add(entry.finish());
        }
        return out;
    }

    /**
     * "School / B.S. ... / B.A. Japanese / Other School" with no degree under the other school: the second degree
     * is the other school's, printed above it.
     */
    private static boolean degreeOfNextSchool(final List<Parsed> parsed, final int at) {
        for (int j = at + 1; j < parsed.size(); j++) {
            final Parsed next = parsed.get(j);
            if (next.degree() != null) {
                return false;
            }
            if (next.institution() != null) {
                for (int k = j + 1; k < parsed.size(); k++) {
                    if (parsed.get(k).degree() != null) {
                        return false;
                    }
                    if (parsed.get(k).institution() != null) {
                        return true;
                    }
                }
                return true;
            }
        }
        return false;
    }

    /** @return what the line holds, or null for a description or a label line */
    private static Parsed parseLine(final String raw) {
        String text = MARKERS.matcher(raw.strip()).replaceAll("$1").strip();
        String dates = null;
        final Matcher label = LABEL.matcher(text);
        if (label.matches() && !INSTITUTION.matcher(label.group(1)).find()) {
            if (!DATE_LABEL.matcher(label.group(1).strip()).matches()) {
                return null;
            }
            text = label.group(2);
        }
        Optional<DateRange> range = DateRange.findAny(text);
        while (range.isPresent()) {
            dates = dates == null ? range.get().text() : dates;
            text = range.get().removeFrom(text);
            range = DateRange.findAny(text);
        }
        text = GPA.matcher(DATE_WORDS.matcher(text).replaceAll(" ")).replaceAll(" ");
        text = EMPTY_BRACKETS.matcher(text).replaceAll(" ");
        text = GLUED_UNIVERSITY.matcher(GLUED_DEGREE.matcher(text).replaceFirst("$1 | ")).replaceAll(" ");
        text = clean(text);
        if (text.isEmpty() || URL.matcher(text).matches()) {
            return new Parsed(null, null, dates, null);
        }
        final boolean degreeWord = DEGREE.matcher(text).find();
        final boolean schoolWord = INSTITUTION.matcher(text).find();
        final int words = WORD.split(text).length;
        if (!degreeWord && !schoolWord) {
            final boolean name = words <= MAX_NAME_WORDS && isNameLike(text) && !Places.isPlace(text);
            final boolean sentence = text.endsWith(".") || words > MAX_SENTENCE_WORDS
                    || Character.isLowerCase(text.charAt(0));
            return sentence && dates == null ? null : new Parsed(null, null, dates, name ? Places.stripTail(text) : null);
        }
        if (words > MAX_ENTRY_WORDS || !schoolWord && text.endsWith(".") && words > MAX_SENTENCE_WORDS
                || !schoolWord && words > MAX_SENTENCE_WORDS - 2 && degreeWordAt(text) > 2) {
            // "Used five forecasting methods including MA3, Weighted MA": a description naming a degree's letters
            return null;
        }
        return segments(text, dates);
    }

    private static Parsed segments(final String text, final String dates) {
        final List<Segment> segments = new ArrayList<>();
        final Matcher m = SEPARATOR.matcher(text);
        int start = 0;
        String separator = "";
        while (m.find()) {
            addSegment(segments, text.substring(start, m.start()), separator);
            separator = m.group();
            start = m.end();
        }
        addSegment(segments, text.substring(start), separator);
        String degree = null;
        String institution = null;
        final List<String> fields = new ArrayList<>();
        int degreeAt = -1;
        for (int i = 0; i < segments.size(); i++) {
            final Segment s = segments.get(i);
            if (s.kind() == Kind.DEGREE && degree == null) {
                degree = s.text();
                degreeAt = i;
            } else if (s.kind() == Kind.DEGREE && degreeAt == i - 1) {
                degree = degree + s.separator() + s.text();
                degreeAt = i;
            } else if (s.kind() == Kind.INSTITUTION && institution == null) {
                institution = Places.stripTail(s.text());
            } else if (s.kind() == Kind.OTHER && degree != null && degreeAt == i - 1) {
                degree = degree + s.separator() + s.text();
                degreeAt = i;
            } else if (s.kind() == Kind.OTHER && !Places.isPlace(s.text())) {
                fields.add(s.text());
            }
        }
        final List<Segment> tail = segments.subList(Math.max(0, degreeAt - 1), degreeAt + 1);
        if (degree != null && institution == null && fields.isEmpty() && degreeAt >= 2 && tail.size() == 2
                && tail.get(0).kind() == Kind.OTHER && tail.get(1).kind() == Kind.OTHER
                && isNameLike(tail.get(1).text()) && ", ".equals(tail.get(1).separator())) {
            // "Bootcamp Certificate, Backend Development, Le Wagon": degree, field, then the school
            institution = tail.get(1).text();
            degree = degree.substring(0, degree.length() - tail.get(1).text().length() - 2);
        }
        if (degree != null && institution == null && fields.size() == 1 && isNameLike(fields.get(0))
                && degreeAt < segments.size() - 1) {
            institution = Places.stripTail(fields.remove(0));
        }
        if (degree == null && !fields.isEmpty()) {
            degree = String.join(", ", fields);
        } else if (degree != null && !fields.isEmpty() && institution != null) {
            degree = degree + ", " + String.join(", ", fields);
        }
        return new Parsed(empty(degree), empty(institution), dates, null);
    }

    /** Classifies a segment; a segment holding a degree and a school is cut at its commas or after the abbreviation. */
    private static void addSegment(final List<Segment> out, final String raw, final String separator) {
        final String text = clean(raw);
        if (text.isEmpty()) {
            return;
        }
        final boolean school = INSTITUTION.matcher(text).find();
        final boolean degree = DEGREE.matcher(school ? Places.stripPlace(text) : text).find();
        if (!degree && school) {
            splitSchool(out, text, separator);
            return;
        }
        if (degree && school) {
            final Matcher abbreviation = ABBREVIATION_THEN_NAME.matcher(text);
            final Matcher in = IN_SCHOOL.matcher(text);
            int inAt = -1;
            while (in.find()) {
                if (INSTITUTION.matcher(text.substring(in.end())).find()
                        && DEGREE.matcher(text.substring(0, in.start())).find()) {
                    inAt = in.start();
                }
            }
            if (inAt >= 0) {
                addSegment(out, text.substring(0, inAt), separator);
                splitSchool(out, text.substring(text.indexOf("in ", inAt) + 3), " in ");
                return;
            }
            final String[] commas = commas(text);
            if (commas.length > 1) {
                String sep = separator;
                for (final String c : commas) {
                    addSegment(out, c, sep);
                    sep = ", ";
                }
                return;
            }
            if (abbreviation.matches() && INSTITUTION.matcher(abbreviation.group(2)).find()
                    && !DEGREE.matcher(abbreviation.group(2)).find()) {
                out.add(new Segment(abbreviation.group(1), separator, Kind.DEGREE));
                splitSchool(out, abbreviation.group(2), ", ");
                return;
            }
            out.add(new Segment(text, separator, Kind.DEGREE));
            return;
        }
        if (!degree) {
            final Matcher in = IN_SCHOOL.matcher(text);
            if (in.find() && !out.isEmpty() && out.get(out.size() - 1).kind() == Kind.DEGREE) {
                out.add(new Segment(text, separator, Kind.OTHER));
                return;
            }
        }
        if (degree) {
            final Matcher in = IN_SCHOOL.matcher(text);
            int inAt = -1;
            while (in.find()) {
                final String right = text.substring(in.end());
                if (DEGREE.matcher(text.substring(0, in.start())).find() && in.start() > firstDegreeEnd(text)
                        && isAcronymName(right)) {
                    inAt = in.start();
                }
            }
            if (inAt >= 0) {
                out.add(new Segment(clean(text.substring(0, inAt)), separator, Kind.DEGREE));
                out.add(new Segment(Places.stripTail(text.substring(text.indexOf("in ", inAt) + 3)), " in ",
                        Kind.INSTITUTION));
                return;
            }
        }
        out.add(new Segment(text, separator, degree ? Kind.DEGREE : Kind.OTHER));
    }

    /** "Renmin University of China (Beijing), Computer Science": the school, then a field. */
    private static void splitSchool(final List<Segment> out, final String text, final String separator) {
        final String stripped = Places.stripPlace(text);
        final String[] commas = commas(stripped);
        int school = -1;
        for (int i = 0; i < commas.length && school < 0; i++) {
            if (INSTITUTION.matcher(commas[i]).find()) {
                school = i;
            }
        }
        if (school < 0) {
            out.add(new Segment(clean(stripped), separator, Kind.INSTITUTION));
            return;
        }
        final StringBuilder name = new StringBuilder(commas[school]);
        int next = school + 1;
        // "State Polytechnic University, Springfield", "University of California, Berkeley": a campus, one word
        while (next < commas.length && WORD.split(commas[next]).length == 1 && !Places.isPlace(commas[next])) {
            name.append(", ").append(commas[next]);
            next++;
        }
        String sep = separator;
        for (int i = 0; i < school; i++) {
            out.add(new Segment(commas[i], sep, DEGREE.matcher(commas[i]).find() ? Kind.DEGREE : Kind.OTHER));
            sep = ", ";
        }
        out.add(new Segment(clean(Places.stripTail(name.toString())), sep, Kind.INSTITUTION));
        for (int i = next; i < commas.length; i++) {
            if (!Places.isPlace(commas[i])) {
                out.add(new Segment(commas[i], ", ", Kind.OTHER));
            }
        }
    }

    /** Splits at commas outside brackets: "Lycée Thiers (Marseille, France), Classes" gives two pieces. */
    private static String[] commas(final String text) {
        final List<String> out = new ArrayList<>();
        int depth = 0;
        int start = 0;
        for (int i = 0; i < text.length(); i++) {
            final char c = text.charAt(i);
            if (c == '(' || c == '[') {
                depth++;
            } else if ((c == ')' || c == ']') && depth > 0) {
                depth--;
            } else if (c == ',' && depth == 0) {
                out.add(text.substring(start, i).strip());
                start = i + 1;
            }
        }
        out.add(text.substring(start).strip());
        out.removeIf(String::isEmpty);
        return out.toArray(String[]::new);
    }

    private static boolean endsSection(final String text) {
        final Optional<org.resumepipeline.model.SectionKind> kind = HeadingLexicon.classify(text, false);
        return kind.isPresent() && kind.get() != org.resumepipeline.model.SectionKind.EDUCATION
                && !DEGREE.matcher(text).find() && !INSTITUTION.matcher(text).find();
    }

    /** @return the index of the word where the first degree word starts */
    private static int degreeWordAt(final String text) {
        final Matcher m = DEGREE.matcher(text);
        return m.find() ? WORD.split(text.substring(0, m.start()).strip()).length - (m.start() == 0 ? 1 : 0) : -1;
    }

    private static int firstDegreeEnd(final String text) {
        final Matcher m = DEGREE.matcher(text);
        return m.find() ? m.end() : 0;
    }

    /** "ENSIMAG", "Lycée Thiers": a name after " in " that is no field of study. */
    private static boolean isAcronymName(final String text) {
        final String first = WORD.split(Places.stripTail(text).strip())[0];
        return first.length() >= 3 && first.equals(first.toUpperCase(java.util.Locale.ROOT))
                && first.chars().allMatch(Character::isLetter);
    }

    /** Capitalised words (minor words allowed), no sentence: "Brigham Young Univeristy Idaho", "Stanford". */
    private static boolean isNameLike(final String text) {
        int capitalised = 0;
        int total = 0;
        for (final String w : WORD.split(text)) {
            if (w.isEmpty() || !Character.isLetter(w.charAt(0))) {
                continue;
            }
            total++;
            if (Character.isUpperCase(w.charAt(0))) {
                capitalised++;
            } else if (w.length() > 3) {
                return false;
            }
        }
        return total > 0 && capitalised * 2 > total && !text.endsWith(".");
    }

    private static String clean(final String text) {
        String t = EMPTY_BRACKETS.matcher(text).replaceAll(" ");
        t = LOOSE_END.matcher(LOOSE_START.matcher(t).replaceAll("")).replaceAll("");
        t = WORD.matcher(t).replaceAll(" ");
        t = Fields.trimPunctuation(t);
        // an opening bracket whose dates were taken ("University of Manchester (")
        t = t.replaceAll("\\s*[(\\[]\\s*$", "").replaceAll("^\\s*[)\\]]\\s*", "");
        if (t.indexOf('(') < 0) {
            t = t.replaceAll("\\)+$", "");
        }
        return Fields.trimPunctuation(t.replaceAll("[,;:]+$", "").strip());
    }

    private static String empty(final String s) {
        return s == null || s.isBlank() ? null : clean(s);
    }
}
