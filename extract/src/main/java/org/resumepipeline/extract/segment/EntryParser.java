package org.resumepipeline.extract.segment;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.resumepipeline.model.Role;

/**
 * Splits the lines of an Experience or Projects section into entries: header lines (title, company, location, dates,
 * read by {@link RoleHeader}) followed by bullets. On wrapped formats (PDF, text) a line without a marker after a
 * bullet continues that bullet unless it starts the next entry (it holds dates, or the next line does). One instance
 * per section; not thread-safe.
 */
final class EntryParser {
    private static final int SHORT_LINE = 60;
    private static final int WRAPPED_LINE = 55;
    private static final int LONG_HEADER = 80;
    private static final int WRAPPED_TAIL = 25;
    private static final int DESCRIPTION_WORDS = 9;
    /** A labelled list of tools under a role: "Tech stack: ...", "Tecnologías: ...", "Umgebung: ...". */
    private static final Pattern DETAIL_LABEL = Pattern.compile("^(?:tech(?:nical)?\\s+stack|stack|technolog(?:y|ies)"
            + "|tools|tools used|environment|technologies used|tecnolog[íi]as?|tecnologie|technologien|umgebung|werkzeuge"
            + "|outils|environnement|ferramentas|технологии|стек|технології|技术栈)"
            + "\\s*:\\s*\\S",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    /** A length of time right after a date: "2008 (3 months) Internship ...". */
    private static final Pattern DURATION_FIRST = Pattern.compile("\\s*\\(\\d+\\s*(?:years?|yrs?|months?|mos?)\\)",
            Pattern.CASE_INSENSITIVE);
    /** Nothing after a date but more years: "Summer 2013, 2014". */
    private static final Pattern MORE_YEARS = Pattern.compile("(?:\\s*[,&/]\\s*(?:19|20)\\d\\d)*\\s*");
    /** A field break inside a line: its last field may wrap onto the next ("... — Sales" over "Representative"). */
    private static final Pattern FIELD_BREAK = Pattern.compile("\\s[—–|@]\\s");
    /** A field separator before the dates: "YMCA, Pomona, CA | Summer 2013". */
    private static final Pattern FIELD_END = Pattern.compile("(?:\\s\\||\\s[–—]|\\t|\\s{3})\\s*$");
    private static final int MAX_HEADER_LINES = 4;
    /** "Data Scientist for Airconomy (Frankfurt am Main, Germany).": a header line that ends its sentence. */
    private static final Pattern CLOSED_HEADER = Pattern.compile("(?:\\p{Ll}{4}|\\))\\.$");
    private static final int SENTENCE_WORDS = 6;
    /** A title line short enough to stand over a description paragraph of its own. */
    private static final int SHORT_TITLE_WORDS = 8;
    /** No header runs this long: a line of so many words after a bullet is the bullet's prose wrapped on. */
    private static final int PROSE_WORDS = 15;
    /** A line of prose as long as the page is wide. */
    private static final int PROSE_LINE = 90;
    private static final int TAIL_WORDS = 5;
    /** Irregular past tenses that open bullets ("Led a team of five ..."). */
    private static final Set<String> IRREGULAR_VERBS = Set.copyOf(Wordlist.read("irregular-verbs.txt"));
    private static final Pattern URL_END = Pattern.compile("(?:https?://|www\\.)\\S+$");
    private static final Pattern OPEN_END = Pattern.compile(
            "\\b(?:and|or|of|to|the|a|an|for|in|on|with|by|from|at|as|into|across|via)$");

    /** Sub-headings inside a role that no resume uses as a section of its own: they never start a section. */
    static final Pattern ROLE_SUBHEADING = Pattern.compile("(?:description|responsibilities|key responsibilities"
            + "|main responsibilities|duties|tasks|key accomplishments|key achievements|highlights|key highlights"
            + "|key projects|results|项目描述|责任描述|工作描述|工作内容|主要职责)\\s*[:：]?", Pattern.CASE_INSENSITIVE);
    /** ... and those some resumes use as sections too: inside a role's lines they are skipped. */
    private static final Pattern SUBHEADING = Pattern.compile("(?:accomplishments|achievements|selected projects"
            + "|projects|tech stack|technologies)\\s*:?", Pattern.CASE_INSENSITIVE);
    /**
     * @param repeated the lower-case texts of lines printed more than once in the document
     * @return true for a sub-heading inside a role ("Highlights", "Accomplishments:" under every role): neither a
     *         new role nor a new section
     */
    static boolean isSubheading(final String text, final Set<String> repeated) {
        final String t = text.strip();
        return ROLE_SUBHEADING.matcher(t).matches() || SUBHEADING.matcher(t).matches()
                && (t.endsWith(":") || repeated.contains(t.toLowerCase(Locale.ROOT)));
    }


    private final boolean wrapped;
    private final boolean projects;
    private final boolean activities;
    private final List<Role> sideProjects = new ArrayList<>();
    /** The entry being read is under a sub-heading that names it a project. */
    private boolean namedProject;
    private final Map<String, Boolean> datedLines = new HashMap<>();
    /**
     * The section's first line starts with its dates (a margin column of dates, as moderncv sets them): each entry
     * starts at a line that starts with dates, and a date elsewhere in a line is a detail of the entry above.
     */
    private boolean datesLead;

    /**
     * @param wrapped    lines are wrapped as printed (PDF, text)
     * @param projects   the section lists projects
     * @param activities the section lists side activities: entries described as projects are projects
     */
    EntryParser(final boolean wrapped, final boolean projects, final boolean activities) {
        this.wrapped = wrapped;
        this.projects = projects;
        this.activities = activities;
    }

    /** @return the entries of an experience section that {@link SideProjects} tells are projects, after parse */
    List<Role> sideProjects() {
        return List.copyOf(sideProjects);
    }

    List<Role> parse(final List<Line> lines) {
        boolean markers = false;
        for (final Line l : lines) {
            markers |= l.bullet();
        }
        datesLead = !projects && !lines.isEmpty() && !lines.get(0).bullet() && startsWithDates(lines.get(0).text());
        final List<Role> roles = new ArrayList<>();
        List<String> header = new ArrayList<>();
        List<String> bullets = new ArrayList<>();
        boolean headerHasDates = false;
        boolean lastWasContinuable = false;
        int bulletIndent = 0;
        boolean listed = false;
        for (int i = 0; i < lines.size(); i++) {
            final Line line = lines.get(i);
            final String text = line.text();
            if ((ROLE_SUBHEADING.matcher(text).matches() || SUBHEADING.matcher(text).matches()) && !header.isEmpty()) {
                // "Description", "Key achievements:" inside a role: neither a new role nor a bullet
                listed = !markers;
                namedProject |= SideProjects.namesProject(text);
                continue;
            }
            if (listed && !dated(text) && (dated(header.get(0))
                    || !(i + 1 < lines.size() && dated(lines.get(i + 1).text())))) {
                // under "Highlights" in a document without markers, each line up to the next entry is a bullet (up
                // to its dated line, or to the line above that when entries start with an undated line)
                bullets.add(text);
                lastWasContinuable = true;
                continue;
            }
            listed = false;
            if (!line.bullet() && headerHasDates && introducesList(text, lines, i)) {
                // "My tasks were:", "Skills and knowledge acquired:" over a role's bullets: neither header nor bullet
                continue;
            }
            if (!line.bullet() && (headerHasDates || !bullets.isEmpty()) && DETAIL_LABEL.matcher(text).find()) {
                // "Tecnologías: TypeScript, Node.js" under a role's bullets: a detail of that role, not its next header
                continue;
            }
            if (DateRange.isDuration(text) && !header.isEmpty() && bullets.isEmpty()
                    || DateRange.isDuration(text) && !line.bullet()) {
                // "4 months" printed under the dates: part of the header, nothing to keep
                continue;
            }
            if (!line.bullet() && !header.isEmpty() && bullets.isEmpty() && datesOnly(header)
                    && DateRange.alone(text).isEmpty()) {
                // a line of dates above the entry ("2009-2012" over "PhD ... with Amadeus."): the title comes next
                header.add(text);
                continue;
            }
            if (line.bullet()) {
                bullets.add(text);
                bulletIndent = line.indent();
                lastWasContinuable = true;
                continue;
            }
            final boolean hasDates = dated(text);
            final boolean nextHasDates = i + 1 < lines.size() && !lines.get(i + 1).bullet()
                    && dated(lines.get(i + 1).text());
            if (!bullets.isEmpty()) {
                final String prev = bullets.get(bullets.size() - 1);
                // a line indented less than the bullet above it (a nested list's next entry) does not continue it,
                // unless it goes on in lower case (a Markdown item's lazy continuation line)
                final boolean cont = isContinuation(prev, text, markers, lastWasContinuable)
                        && (line.indent() >= bulletIndent || Character.isLowerCase(text.charAt(0)));
                // a bullet's wrapped line can also start a new sentence ("... 300+ pods." / "Managed all ...")
                final boolean nextSentence = markers && lastWasContinuable && !nextHasDates
                        && (sentence(text) || text.split("\\s+").length >= PROSE_WORDS);
                if (!hasDates && (cont || nextSentence)
                        && (!nextHasDates || startsLowercase(text) && !endsWithUrl(prev))
                        && !(markers && startsEntry(text, lines, i) && !endsOpen(prev) && !startsLowercase(text))
                        || !hasDates && wrapped && endsProse(prev, text)) {
                    bullets.set(bullets.size() - 1, prev + " " + text);
                    continue;
                }
                // without markers, a line before a dated header is that role's company only if it reads like one:
                // a full sentence ("Built an internal platform used by three orgs.") ends the previous role
                if (!markers && !hasDates && (!nextHasDates || sentence(text) || datesLead)
                        && !startsEntry(text, lines, i)) {
                    bullets.add(text);
                    lastWasContinuable = true;
                    continue;
                }
                addRole(roles, header, bullets);
                header = new ArrayList<>();
                bullets = new ArrayList<>();
                headerHasDates = false;
            }
            if (!markers && headerHasDates && !hasDates
                    && (text.length() > LONG_HEADER || header.size() >= MAX_HEADER_LINES - 1 || text.endsWith(".")
                    || readsLikeBullet(text) || describes(text)
                    || header.size() > 1 && CLOSED_HEADER.matcher(header.get(header.size() - 1)).find())
                    || markers && headerHasDates && !hasDates && dated(header.get(header.size() - 1))
                    && text.split("\\s+").length >= DESCRIPTION_WORDS
                    && (sentence(text) || text.length() > LONG_HEADER && !Fields.isCompany(text))) {
                // a description paragraph under a dated header, before the bullets: part of the role, not its header
                bullets.add(text);
                lastWasContinuable = true;
                continue;
            }
            if (!headerHasDates && header.size() == 1 && !hasDates && !nextHasDates && !dated(header.get(0))
                    && header.get(0).split("\\s+").length <= SHORT_TITLE_WORDS && describes(text)) {
                // "That Other Job You Had" over "Also with a short description.": an undated title, then its text
                bullets.add(text);
                lastWasContinuable = true;
                continue;
            }
            if (headerHasDates && header.size() > 1 && DateRange.alone(header.get(0)).isPresent()
                    && DateRange.alone(text).isPresent()) {
                // entries under their dates ("04/2004 - 06/2008" over employer and title), none with bullets: the
                // next line of dates alone begins the next entry
                addRole(roles, header, bullets);
                header = new ArrayList<>();
                headerHasDates = false;
            }
            if (datesLead && hasDates && headerHasDates) {
                // entries led by their dates: a line that starts with dates begins the next one
                addRole(roles, header, bullets);
                header = new ArrayList<>();
                headerHasDates = false;
            }
            // a role without bullets: its header is complete (a dated last line) and the next one begins here
            if (!datesLead && headerHasDates && !hasDates && (nextHasDates || startsEntry(text, lines, i))
                    && dated(header.get(header.size() - 1))) {
                addRole(roles, header, bullets);
                header = new ArrayList<>();
                headerHasDates = false;
            }
            final String lastHeader = header.isEmpty() ? "" : header.get(header.size() - 1);
            if (wrapped && !header.isEmpty() && !hasDates && text.length() < WRAPPED_TAIL && !text.contains("|")
                    && !lastHeader.endsWith(".")
                    && (lastHeader.length() >= WRAPPED_LINE || FIELD_BREAK.matcher(lastHeader).find()
                    && text.split("\\s+").length <= 2 && !DateRange.findAny(lastHeader).isPresent())) {
                // "... Mentor: Catherine Ernst PhD; Michigan State" wrapped before "University"
                header.set(header.size() - 1, header.get(header.size() - 1) + " " + text);
                continue;
            }
            header.add(text);
            headerHasDates |= hasDates;
            lastWasContinuable = false;
        }
        addRole(roles, header, bullets);
        return roles;
    }

    /**
     * Among dated jobs, an undated entry whose header is a paragraph ("I was the president of the grand cercle, one
     * of the largest ...") or empty is no job: the paragraph is dropped, bullets without a header join the job above.
     */
    static List<Role> withoutParagraphs(final List<Role> roles) {
        if (roles.stream().filter(r -> r.dates() != null).count() < 2) {
            return roles;
        }
        final List<Role> jobs = new ArrayList<>();
        for (final Role role : roles) {
            final boolean headless = role.title() == null && role.company() == null;
            if (role.dates() != null || !headless && !paragraph(role)) {
                jobs.add(role);
            } else if (headless && !jobs.isEmpty()) {
                appendToLast(jobs, role.bullets());
            }
        }
        return jobs;
    }

    /** Replaces the last role of the list with the same role holding these bullets after its own. */
    private static void appendToLast(final List<Role> roles, final List<String> bullets) {
        final Role last = roles.remove(roles.size() - 1);
        final List<String> merged = new ArrayList<>(last.bullets());
        merged.addAll(bullets);
        roles.add(new Role(last.title(), last.company(), last.location(), last.dates(), last.start(), last.end(),
                last.current(), merged));
    }

    private static boolean paragraph(final Role role) {
        final String header = (role.title() == null ? "" : role.title()) + " "
                + (role.company() == null ? "" : role.company());
        return header.strip().split("\\s+").length >= PROSE_WORDS || header.contains("@")
                || header.contains("。");
    }

    /** @return true for a line of prose: a sentence of a few words, or a line longer than any header */
    private static boolean describes(final String text) {
        final int words = text.split("\\s+").length;
        return words >= DESCRIPTION_WORDS && (text.endsWith(",") || text.endsWith(".") || words >= PROSE_WORDS - 3)
                || words >= SENTENCE_WORDS - 2 && endsSentence(text);
    }

    /** @return true for a short line ending in a colon with a bullet under it */
    private static boolean introducesList(final String text, final List<Line> lines, final int i) {
        return (text.endsWith(":") || text.endsWith("：")) && text.split("\\s+").length <= SENTENCE_WORDS
                && i + 1 < lines.size() && lines.get(i + 1).bullet();
    }

    /** @return true for a line with a date range, or dates alone ("Summer 2019"), or a project's single date */
    private boolean dated(final String text) {
        if (datesLead && !startsWithDates(text)) {
            return false;
        }
        // each line is asked about as itself and as the next line: the date patterns run once per line
        return datedLines.computeIfAbsent(text, t -> DateRange.findRange(t).isPresent()
                || DateRange.alone(t).isPresent()
                || projects && DateRange.findAny(t).isPresent() && t.length() < SHORT_LINE
                || endsWithDate(t) || startsWithDate(t));
    }

    /** @return true for "2019 - 2021 Acme", "Jan 2019 – present", "2008 (3 months)": a line that starts with dates */
    private static boolean startsWithDates(final String text) {
        return DateRange.findAny(text).filter(r -> r.from() == 0).isPresent();
    }

    /** "2008 (3 months) Internship at Rio Tinto Alcan": a date in a margin column, read across into its header. */
    static boolean startsWithDate(final String text) {
        final Optional<DateRange> date = DateRange.findAny(text);
        if (date.isEmpty() || date.get().from() != 0 || text.length() >= LONG_HEADER) {
            return false;
        }
        final String rest = Fields.trimPunctuation(date.get().removeFrom(text));
        return DURATION_FIRST.matcher(text.substring(date.get().to())).lookingAt() && !rest.isEmpty()
                && Character.isUpperCase(rest.charAt(0));
    }

    /** "DEF Organization Software Engineer Intern Summer 2022": a title or an employer, then one date, ends the line. */
    static boolean endsWithDate(final String text) {
        if (text.length() >= SHORT_LINE || endsSentence(text)) {
            return false;
        }
        final Optional<DateRange> date = DateRange.findAny(text);
        if (date.isEmpty() || date.get().from() == 0 || !MORE_YEARS.matcher(text.substring(date.get().to())).matches()) {
            return false;
        }
        final String before = text.substring(0, date.get().from());
        return Fields.isTitle(before) || Fields.isCompany(before) || FIELD_END.matcher(before).find();
    }

    private static boolean datesOnly(final List<String> header) {
        for (final String h : header) {
            if (DateRange.alone(h).isEmpty()) {
                return false;
            }
        }
        return true;
    }

    private boolean isContinuation(final String prev, final String text, final boolean markers,
                                   final boolean lastWasContinuable) {
        if (!wrapped || !lastWasContinuable) {
            return false;
        }
        final char first = text.charAt(0);
        if (Character.isLowerCase(first) || "&(,;+/%".indexOf(first) >= 0 || Character.isDigit(first)) {
            return true;
        }
        if (!markers) {
            // without markers every line is a bullet; only a cut-off line continues
            return prev.length() >= WRAPPED_LINE && !endsSentence(prev) && endsOpen(prev);
        }
        return !endsSentence(prev);
    }

    private static boolean startsLowercase(final String text) {
        final char first = text.charAt(0);
        return Character.isLowerCase(first) || Character.isDigit(first) || "&(,;+/%".indexOf(first) >= 0;
    }

    /** A header line does not open with a past-tense verb the way a bullet does ("Developed ...", "Led ..."). */
    private static boolean readsLikeBullet(final String text) {
        final int space = text.indexOf(' ');
        final String first = space < 0 ? text : text.substring(0, space);
        return first.length() > 4 && first.endsWith("ed") && Character.isUpperCase(first.charAt(0))
                || IRREGULAR_VERBS.contains(first);
    }

    /** @return true for a line of at least {@value #SENTENCE_WORDS} words ending a sentence */
    private static boolean sentence(final String s) {
        return endsSentence(s) && s.split("\\s+").length >= SENTENCE_WORDS;
    }

    /**
     * @return true for the few words that end a sentence wrapped from a full line of prose ("... based on the
     *         Kubernetes" over "Community Prow project."), even with the next entry's dated header right under them
     */
    private static boolean endsProse(final String prev, final String text) {
        return prev.length() >= PROSE_LINE && !endsSentence(prev) && endsSentence(text)
                && text.split("\\s+").length <= TAIL_WORDS && !Fields.isTitle(text) && !Fields.isCompany(text);
    }

    /** "• URL: https://github.com/joke2k/django-environ" over "python-airslate", a dated line: the next entry. */
    private static boolean endsWithUrl(final String s) {
        return URL_END.matcher(s).find();
    }

    private static boolean endsSentence(final String s) {
        return s.endsWith(".") || s.endsWith("!") || s.endsWith("?");
    }

    private static boolean endsOpen(final String s) {
        final String lower = s.toLowerCase(Locale.ROOT);
        return OPEN_END.matcher(lower).find()
                || s.endsWith(",");
    }

    /** Without markers: a short line followed by a dated line starts the next entry. */
    private boolean startsEntry(final String text, final List<Line> lines, final int i) {
        // entries led by their dates start at their dated line, never two lines above it
        return !datesLead && text.length() < SHORT_LINE && i + 2 < lines.size()
                && DateRange.findRange(lines.get(i + 2).text()).isPresent() && !lines.get(i + 1).bullet();
    }

    private void addRole(final List<Role> roles, final List<String> header, final List<String> bullets) {
        if (header.isEmpty() && bullets.isEmpty()) {
            return;
        }
        if (header.isEmpty() && !roles.isEmpty()) {
            appendToLast(roles, bullets);
            return;
        }
        final boolean project = !projects && (namedProject || activities && SideProjects.describedAsProject(bullets));
        namedProject = false;
        if (project) {
            sideProjects.add(RoleHeader.parse(header, bullets, true));
            return;
        }
        final Role role = RoleHeader.parse(header, bullets, projects);
        final Role banner = roles.isEmpty() ? null : roles.get(roles.size() - 1);
        if (!projects && role.company() == null && role.title() != null && role.dates() != null && banner != null
                && banner.company() != null && (role.location() == null || role.location().equals(banner.location()))) {
            // several roles under one employer's banner: each is a role at that employer
            roles.add(new Role(role.title(), banner.company(), banner.location(), role.dates(), role.start(),
                    role.end(), role.current(), role.bullets()));
            return;
        }
        roles.add(role);
    }
}
