package org.resumepipeline.extract.segment;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.resumepipeline.model.Contact;
import org.resumepipeline.model.Education;
import org.resumepipeline.model.ResumeDocument;
import org.resumepipeline.model.Role;
import org.resumepipeline.model.Section;
import org.resumepipeline.model.SectionKind;

/**
 * Turns the lines of a document into a resume structure: contact, sections by heading, roles with bullets, projects,
 * skills and education. Thread-safe (stateless).
 */
public final class ResumeSegmenter {
    /** Version of the segmentation rules, recorded with every text. */
    public static final String VERSION = "seg-10";

    private static final Set<SectionKind> RESUME_KINDS = EnumSet.of(SectionKind.EXPERIENCE, SectionKind.EDUCATION,
            SectionKind.SKILLS, SectionKind.PROJECTS, SectionKind.SUMMARY, SectionKind.CERTIFICATIONS);
    private static final Set<SectionKind> ENTRY_KINDS = EnumSet.of(SectionKind.EXPERIENCE, SectionKind.PROJECTS,
            SectionKind.EDUCATION);
    /** Sections whose date ranges are no roles: schooling, awards, certificates. */
    private static final Set<SectionKind> UNDATED_ENTRIES = EnumSet.of(SectionKind.EDUCATION, SectionKind.OTHER,
            SectionKind.CERTIFICATIONS);
    private static final int MAX_TOP_LINES = 10;
    private static final int SHORT_LINE = 40;
    /** A header line of a job: title and employer, but no sentence. */
    private static final int LONG_LINE = 80;
    private static final Pattern HASHES = Pattern.compile("^#+\\s*");
    private static final Pattern BOLD = Pattern.compile("\\*\\*|__");
    private static final Pattern LINK = Pattern.compile("\\[([^\\]]*)\\]\\(([^)]*)\\)");
    /** Markdown emphasis with one "*" or "_" around text (a "* " bullet marker has a space after it). */
    private static final Pattern ITALIC = Pattern.compile("(?<![\\w*])[*_](?=\\S)([^*_]+?)(?<=\\S)[*_](?![\\w*])");

    private ResumeSegmenter() {
    }

    /**
     * @param format   short format name (pdf, docx, ...)
     * @param pages    page count
     * @param raw      lines as collected
     * @param links    link targets found in the document
     * @param warnings layout warnings found by the caller (SCANNED, TWO_COLUMN)
     * @return the resume, or empty when the text has no resume structure
     */
    public static Optional<ResumeDocument> segment(final String format, final int pages, final List<Line> raw,
                                                   final List<String> links, final List<String> warnings) {
        final boolean wrapped = "pdf".equals(format) || "txt".equals(format) || "md".equals(format);
        final List<Line> lines = MarginHeadings.split(LinePreparer.prepare(markdown(raw, format)));
        final List<Section> sections = new ArrayList<>();
        final List<List<Line>> bodies = new ArrayList<>();
        final List<Line> top = new ArrayList<>();
        List<Line> body = top;
        SectionKind current = null;
        final Set<String> repeated = repeated(lines);
        final List<Line> skillLines = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            final Line line = lines.get(i);
            final Line next = i + 1 < lines.size() ? lines.get(i + 1) : null;
            Optional<SectionKind> kind = line.bullet() || isEntryHeading(line, current)
                    || ENTRY_KINDS.contains(current) && EntryParser.isSubheading(line.text(), repeated)
                    ? Optional.empty() : HeadingLexicon.classify(line.text(), line.heading());
            if (kind.equals(Optional.of(SectionKind.EXPERIENCE)) && current == SectionKind.EXPERIENCE
                    && !line.heading() && !body.isEmpty() && DateRange.findAny(body.get(body.size() - 1).text())
                    .isPresent() && Fields.isTitle(line.text())) {
                // "YMCA | Summer 2013" over "Volunteer": the title of that entry, not a section
                kind = Optional.empty();
            }
            if (kind.equals(Optional.of(SectionKind.EXPERIENCE)) && current == SectionKind.EXPERIENCE
                    && !line.heading() && !body.isEmpty() && HeadingLexicon.exact(line.text()).isEmpty()
                    && !HeadingLexicon.namesExperience(line.text()) && next != null && !next.bullet()
                    && DateRange.findRange(next.text()).isPresent()) {
                // "Self-Employment" over "Full Stack Engineer   Feb. 2009 - Aug. 2014" among the jobs: an employer
                kind = Optional.empty();
            }
            if (kind.equals(Optional.of(SectionKind.EXPERIENCE)) && current == SectionKind.EXPERIENCE
                    && !line.heading() && line.text().endsWith(":")
                    && HeadingLexicon.exact(line.text()).isEmpty()) {
                // "Your Most Recent Work Experience:" under "Experience": an entry's title, not a section of its own
                kind = Optional.empty();
            }
            if (kind.equals(Optional.of(SectionKind.OTHER)) && current == SectionKind.SKILLS && body.isEmpty()) {
                // "Skills" then "Languages": the first group of the skills, not a section of its own
                kind = Optional.empty();
            }
            if (kind.isPresent() && sections.isEmpty() && top.isEmpty() && ContactParser.looksLikeName(line.text())) {
                top.add(line);
            } else if (kind.isPresent()) {
                current = kind.get();
                body = new ArrayList<>();
                bodies.add(body);
                sections.add(new Section(kind.get(), line.text(), List.of()));
            } else if (current == SectionKind.SUMMARY && startsUnheadedEntry(line, body, SHORT_LINE)
                    || resumesExperience(line, body, sections, current) && startsUnheadedEntry(line, body, LONG_LINE)) {
                // jobs printed after the summary without a heading of their own: "Company" over "2009/08 – 至今"
                final Line employer = body.remove(body.size() - 1);
                current = SectionKind.EXPERIENCE;
                body = new ArrayList<>(List.of(employer, line));
                bodies.add(body);
                sections.add(new Section(SectionKind.EXPERIENCE, "", List.of()));
            } else if ((current == null || current == SectionKind.SUMMARY) && labelledSkills(line.text())) {
                // "Specialties: C++, Python, Linux" under the name or in the summary: skills without a section
                skillLines.add(line);
            } else {
                body.add(line);
            }
        }
        final List<Section> finished = new ArrayList<>();
        final List<Role> roles = new ArrayList<>();
        final List<Role> projects = new ArrayList<>();
        final List<String> skills = new ArrayList<>(SkillsParser.parse(skillLines));
        final List<Education> education = new ArrayList<>();
        final List<Line> contactLines = new ArrayList<>(top.subList(0, Math.min(top.size(), MAX_TOP_LINES)));
        final StringBuilder summary = new StringBuilder();
        for (int i = 0; i < sections.size(); i++) {
            final Section s = sections.get(i);
            final List<Line> b = bodies.get(i);
            finished.add(new Section(s.kind(), s.heading(), b.stream().map(Line::text).toList()));
            switch (s.kind()) {
                case EXPERIENCE -> {
                    final EntryParser parser = new EntryParser(wrapped, false,
                            SideProjects.listsActivities(s.heading()));
                    final List<Role> entries = Positions.expand(parser.parse(b));
                    roles.addAll(Positions.listsMemberships(s.heading()) ? Positions.withoutMemberships(entries)
                            : entries);
                    projects.addAll(parser.sideProjects());
                }
                case PROJECTS -> projects.addAll(new EntryParser(wrapped, true, false).parse(b));
                case SKILLS -> skills.addAll(SkillsParser.parse(b));
                case EDUCATION -> education.addAll(EducationParser.parse(wrapped ? EducationParser.unwrap(b) : b));
                case CONTACT -> contactLines.addAll(b);
                case SUMMARY -> b.forEach(l -> summary.append(summary.length() > 0 ? " " : "").append(l.text()));
                default -> {
                    // kept as a section only
                }
            }
        }
        final Contact contact = ContactParser.parse(contactLines, lines, links);
        final long kinds = sections.stream().map(Section::kind).filter(RESUME_KINDS::contains).distinct().count();
        final int evidence = (int) kinds + (contact.email() != null || contact.phone() != null ? 1 : 0)
                + (roles.stream().anyMatch(r -> r.dates() != null) ? 1 : 0);
        if (evidence < 2) {
            return Optional.empty();
        }
        final List<String> allWarnings = new ArrayList<>(warnings);
        if (TextQuality.garbled(raw) && !allWarnings.contains("GARBLED_TEXT")) {
            allWarnings.add("GARBLED_TEXT");
        }
        final List<String> uniqueSkills = skills.stream().distinct().toList();
        final ResumeDocument read = new ResumeDocument(format, pages, contact,
                summary.length() == 0 ? null : summary.toString(), finished, roles, projects, uniqueSkills, education,
                allWarnings);
        // a paragraph found among the jobs is read (it counts as covered), but it is no job
        final double coverage = Coverage.of(lines, read);
        final List<Role> jobs = EntryParser.withoutParagraphs(roles);
        final ResumeDocument found = new ResumeDocument(format, pages, contact, read.summary(), finished, jobs,
                projects, uniqueSkills, education, allWarnings);
        int experienceBullets = 0;
        int datedLines = (int) top.stream().filter(l -> DateRange.findRange(l.text()).isPresent()).count();
        for (int i = 0; i < sections.size(); i++) {
            final SectionKind kind = sections.get(i).kind();
            if (kind == SectionKind.EXPERIENCE) {
                experienceBullets += (int) bodies.get(i).stream().filter(Line::bullet).count();
            }
            if (!UNDATED_ENTRIES.contains(kind)) {
                datedLines += (int) bodies.get(i).stream().filter(l -> DateRange.findRange(l.text()).isPresent())
                        .count();
            }
        }
        if (coverage < Coverage.MIN_SHARE || Coverage.bulletsUnplaced(experienceBullets, found)
                || Coverage.entriesMissed(datedLines, found) || Coverage.headersBroken(found)) {
            allWarnings.add(ResumeDocument.LOW_COVERAGE);
        }
        return Optional.of(new ResumeDocument(format, pages, contact, found.summary(), finished, jobs, projects,
                uniqueSkills, education, allWarnings, Math.round(coverage * 1000) / 1000.0));
    }

    /** @return true for "Skills: Java, Go", "Specialties: C++, Python": a skills heading, a colon, a list */
    private static boolean labelledSkills(final String text) {
        final int colon = text.indexOf(':');
        return colon > 0 && colon < text.length() - 1 && text.indexOf(',', colon) > 0
                && HeadingLexicon.exact(text.substring(0, colon)).filter(k -> k == SectionKind.SKILLS).isPresent();
    }

    /**
     * @return true for the second line of a page that goes on with the jobs of an earlier page after a sidebar read in
     *         between ("Zions Bank" atop page 2, under page 1's "Certificates" column)
     */
    private static boolean resumesExperience(final Line line, final List<Line> body, final List<Section> sections,
                                             final SectionKind current) {
        return !ENTRY_KINDS.contains(current) && body.size() >= 2 && line.page() > 0
                && body.get(body.size() - 1).page() == line.page() && body.get(body.size() - 2).page() < line.page()
                && sections.stream().anyMatch(s -> s.kind() == SectionKind.EXPERIENCE);
    }

    /** @return true for a line of dates alone under a short line that is no sentence: an entry's first lines */
    private static boolean startsUnheadedEntry(final Line line, final List<Line> body, final int maxAbove) {
        if (body.size() < 2 || line.bullet() || DateRange.findRange(line.text()).isEmpty()
                || DateRange.alone(line.text()).isEmpty()) {
            return false;
        }
        final Line above = body.get(body.size() - 1);
        return !above.bullet() && above.text().length() < maxAbove && !above.text().endsWith(".")
                && !above.text().endsWith("。") && !above.text().endsWith(";");
    }

    /** @return the texts of lines printed more than once ("Accomplishments:" under every role) */
    private static Set<String> repeated(final List<Line> lines) {
        final Set<String> seen = new HashSet<>();
        final Set<String> twice = new HashSet<>();
        for (final Line l : lines) {
            if (l.text().length() < SHORT_LINE && !seen.add(l.text().toLowerCase(Locale.ROOT))) {
                twice.add(l.text().toLowerCase(Locale.ROOT));
            }
        }
        return twice;
    }

    /**
     * A heading inside an entry section that names no section of its own is an entry header, e.g. Markdown's
     * "### Senior Engineer, Acme — Jan 2021 – Present" or an HTML {@code <h3>} per role.
     */
    private static boolean isEntryHeading(final Line line, final SectionKind current) {
        if (!line.heading() || !ENTRY_KINDS.contains(current)) {
            return false;
        }
        return DateRange.findRange(line.text()).isPresent()
                || HeadingLexicon.classify(line.text(), false).isEmpty();
    }

    /** Markdown: "#" headings are headings, "**bold**", "*italic*" and link syntax are plain text. */
    private static List<Line> markdown(final List<Line> raw, final String format) {
        if (!"md".equals(format)) {
            return raw;
        }
        final List<Line> out = new ArrayList<>(raw.size());
        for (final Line l : raw) {
            String t = l.text();
            boolean heading = l.heading();
            if (t.startsWith("#")) {
                t = HASHES.matcher(t).replaceFirst("");
                heading = true;
            }
            t = LINK.matcher(ITALIC.matcher(BOLD.matcher(t).replaceAll("")).replaceAll("$1")).replaceAll("$1 $2").strip();
            if (!t.isEmpty()) {
                out.add(new Line(t, heading, l.bullet(), l.page(), l.indent()));
            }
        }
        return out;
    }
}
