package org.resumepipeline.extract.segment;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.resumepipeline.model.Role;

/**
 * Splits the lines of an Experience or Projects section into entries: header lines (title, company, location, dates)
 * followed by bullets. On wrapped formats (PDF, text) a line without a marker after a bullet continues that bullet
 * unless it starts the next entry (it holds dates, or the next line does).
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
            + "|outils|environnement|ferramentas|технологии|стек|технології|技术栈)\\s*:\\s*\\S",
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
    private static final int SENTENCE_WORDS = 6;
    /** Irregular past tenses that open bullets ("Led a team of five ..."). */
    private static final Set<String> IRREGULAR_VERBS = Set.of("Led", "Built", "Ran", "Wrote",
            "Grew", "Cut", "Drove", "Taught", "Sold", "Made", "Won", "Held", "Oversaw", "Brought", "Took", "Set");
    private static final Pattern OPEN_END = Pattern.compile(
            "\\b(?:and|or|of|to|the|a|an|for|in|on|with|by|from|at|as|into|across|via)$");

    private static final Pattern DIGIT = Pattern.compile("\\d");
    private static final Pattern ACRONYM = Pattern.compile("\\p{Lu}{2}");
    /** A place cut in two: "Taipei | City, Taiwan" ("City, Taiwan" read as the place). */
    private static final Pattern PLACE_WORD = Pattern.compile("^\\W*(?:City|County|Province|District|Prefecture)\\b");
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

    private static final Pattern WEBSITE = Pattern.compile("(?:www\\.)?[\\w-]+(?:\\.[\\w-]+)*\\.[a-z]{2,6}(?:/\\S*)?",
            Pattern.CASE_INSENSITIVE);
    /** A company's website after its title on one line: "Senior Developer colba.es". */
    private static final Pattern TRAILING_SITE = Pattern.compile("(?<=\\p{L})\\s+(?:www\\.)?[a-z0-9-]+(?:\\.[a-z0-9-]+)*"
            + "\\.(?:com|es|io|org|net|dev|co|app|ai|de|fr|it|eu|uk|me)(?:/\\S*)?$");
    private static final Pattern CITY_AFTER_COMPANY = Pattern.compile("(.+\\S),\\s+(\\p{Lu}\\p{Ll}+(?:-\\p{Lu}\\p{Ll}+)?)");
    /** "Location: Sunnyvale, CA", "Ort: Berlin": a labelled place. */
    private static final Pattern PLACE_LABEL = Pattern.compile("(?:location|place|city|ort|lieu|lugar|luogo|local)\\s*:"
            + "\\s*(\\S.*)", Pattern.CASE_INSENSITIVE);
    /** "Date:" left behind once its dates were read. */
    private static final Pattern DATE_LABEL = Pattern.compile("(?:dates?|period|periodo|período|zeitraum|durée)\\s*:?",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern URL = Pattern.compile("<?https?://\\S+>?");

    private final boolean wrapped;
    private final boolean projects;

    EntryParser(final boolean wrapped, final boolean projects) {
        this.wrapped = wrapped;
        this.projects = projects;
    }

    List<Role> parse(final List<Line> lines) {
        boolean markers = false;
        for (final Line l : lines) {
            markers |= l.bullet();
        }
        final List<Role> roles = new ArrayList<>();
        List<String> header = new ArrayList<>();
        List<String> bullets = new ArrayList<>();
        boolean headerHasDates = false;
        boolean lastWasContinuable = false;
        int bulletIndent = 0;
        for (int i = 0; i < lines.size(); i++) {
            final Line line = lines.get(i);
            final String text = line.text();
            if ((ROLE_SUBHEADING.matcher(text).matches() || SUBHEADING.matcher(text).matches()) && !header.isEmpty()) {
                // "Description", "Key achievements:" inside a role: neither a new role nor a bullet
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
                // a line indented less than the bullet above it (a nested list's next entry) does not continue it
                final boolean cont = isContinuation(prev, text, markers, lastWasContinuable)
                        && line.indent() >= bulletIndent;
                // a bullet's wrapped line can also start a new sentence ("... 300+ pods." / "Managed all ...")
                final boolean nextSentence = markers && lastWasContinuable && !nextHasDates && sentence(text);
                if (!hasDates && (cont || nextSentence) && (!nextHasDates || startsLowercase(text))
                        && !(markers && startsEntry(text, lines, i) && !endsOpen(prev) && !startsLowercase(text))) {
                    bullets.set(bullets.size() - 1, prev + " " + text);
                    continue;
                }
                // without markers, a line before a dated header is that role's company only if it reads like one:
                // a full sentence ("Built an internal platform used by three orgs.") ends the previous role
                if (!markers && !hasDates && (!nextHasDates || sentence(text)) && !startsEntry(text, lines, i)) {
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
                    || readsLikeBullet(text))
                    || markers && headerHasDates && !hasDates && dated(header.get(header.size() - 1))
                    && text.split("\\s+").length >= DESCRIPTION_WORDS
                    && (sentence(text) || text.length() > LONG_HEADER && !Fields.isCompany(text))) {
                // a description paragraph under a dated header, before the bullets: part of the role, not its header
                bullets.add(text);
                lastWasContinuable = true;
                continue;
            }
            // a role without bullets: its header is complete (a dated last line) and the next one begins here
            if (headerHasDates && !hasDates && (nextHasDates || startsEntry(text, lines, i))
                    && dated(header.get(header.size() - 1))) {
                addRole(roles, header, bullets);
                header = new ArrayList<>();
                headerHasDates = false;
            }
            final String lastHeader = header.isEmpty() ? "" : header.get(header.size() - 1);
            if (wrapped && !header.isEmpty() && !hasDates && text.length() < WRAPPED_TAIL && !text.contains("|")
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

    /** @return true for a line with a date range, or dates alone ("Summer 2019"), or a project's single date */
    private boolean dated(final String text) {
        return DateRange.findRange(text).isPresent() || DateRange.alone(text).isPresent()
                || projects && DateRange.findAny(text).isPresent() && text.length() < SHORT_LINE
                || endsWithDate(text) || startsWithDate(text);
    }

    /** "2008 (3 months) Internship at Rio Tinto Alcan": a date in a margin column, read across into its header. */
    private static boolean startsWithDate(final String text) {
        final Optional<DateRange> date = DateRange.findAny(text);
        if (date.isEmpty() || date.get().from() != 0 || text.length() >= LONG_HEADER) {
            return false;
        }
        final String rest = Fields.trimPunctuation(date.get().removeFrom(text));
        return DURATION_FIRST.matcher(text.substring(date.get().to())).lookingAt() && !rest.isEmpty()
                && Character.isUpperCase(rest.charAt(0));
    }

    /** "DEF Organization Software Engineer Intern Summer 2022": a title or an employer, then one date, ends the line. */
    private static boolean endsWithDate(final String text) {
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

    /**
     * Two header lines, one naming only a title ("Technology Consultant – Artificial Intelligence"), the other only
     * an employer ("Lufthansa Industry Solutions GmbH"): the first is the title whole, dashes and all.
     *
     * @return {title, company}, or null when the lines do not divide so
     */
    private static String[] titleLineAndEmployerLine(final List<String> fields, final List<Integer> fieldLine) {
        if (fields.size() != fieldLine.size() || fields.size() < 2 || fieldLine.get(fieldLine.size() - 1) != 1
                || fieldLine.get(0) != 0) {
            return null;
        }
        final List<String> first = new ArrayList<>();
        final List<String> second = new ArrayList<>();
        for (int i = 0; i < fields.size(); i++) {
            (fieldLine.get(i) == 0 ? first : second).add(fields.get(i));
        }
        final boolean firstTitle = Fields.isTitle(first.get(0)) && !Fields.isCompany(first.get(0));
        final boolean secondEmployer = second.stream().anyMatch(Fields::isCompany)
                && second.stream().noneMatch(Fields::isTitle);
        if (firstTitle && secondEmployer && first.size() > 1) {
            return new String[] {String.join(" – ", first),
                second.stream().filter(Fields::isCompany).findFirst().orElse(second.get(0))};
        }
        return null;
    }

    /** @return true for "R&D Team Lead, Engineering Manager": two titles, no employer */
    private static boolean titles(final String field) {
        for (final String part : field.split(",\\s+")) {
            if (!Fields.isTitle(part) || Fields.isCompany(part)) {
                return false;
            }
        }
        return true;
    }

    /** @return true for a short name that is no organisation ("Taipei City", "Hsinchu County/City") */
    private static boolean placeLike(final String part) {
        return part.split("\\s+").length <= 2 && !Fields.isCompany(part) && !Fields.isTitle(part)
                && Character.isUpperCase(part.charAt(0));
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

    private static boolean endsSentence(final String s) {
        return s.endsWith(".") || s.endsWith("!") || s.endsWith("?");
    }

    private static boolean endsOpen(final String s) {
        final String lower = s.toLowerCase(Locale.ROOT);
        return OPEN_END.matcher(lower).find()
                || s.endsWith(",");
    }

    /** Without markers: a short line followed by a dated line starts the next entry. */
    private static boolean startsEntry(final String text, final List<Line> lines, final int i) {
        return text.length() < SHORT_LINE && i + 2 < lines.size()
                && DateRange.findRange(lines.get(i + 2).text()).isPresent() && !lines.get(i + 1).bullet();
    }

    private void addRole(final List<Role> roles, final List<String> header, final List<String> bullets) {
        if (header.isEmpty() && bullets.isEmpty()) {
            return;
        }
        if (header.isEmpty() && !roles.isEmpty()) {
            final Role last = roles.remove(roles.size() - 1);
            final List<String> merged = new ArrayList<>(last.bullets());
            merged.addAll(bullets);
            roles.add(new Role(last.title(), last.company(), last.location(), last.dates(), last.start(), last.end(),
                    last.current(), merged));
            return;
        }
        final Role role = header(header, bullets);
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

    private Role header(final List<String> header, final List<String> bullets) {
        DateRange dates = null;
        final List<String> fields = new ArrayList<>();
        String location = null;
        final List<Integer> fieldLine = new ArrayList<>();
        int locationLine = -1;
        for (int n = 0; n < header.size(); n++) {
            final String line = header.get(n);
            final int before = fields.size();
            final String locationBefore = location;
            String rest = line;
            if (dates == null) {
                Optional<DateRange> found = projects ? DateRange.findAny(line) : DateRange.findRange(line);
                if (found.isEmpty()) {
                    found = DateRange.alone(line).or(() -> endsWithDate(line) || startsWithDate(line)
                            ? DateRange.findAny(line) : Optional.empty());
                }
                if (found.isPresent()) {
                    dates = found.get();
                    rest = dates.removeFrom(line);
                }
            }
            for (final String field : Fields.split(URL.matcher(TRAILING_SITE.matcher(rest).replaceAll(""))
                    .replaceAll(" "))) {
                final Matcher place = PLACE_LABEL.matcher(field);
                if (place.matches() && location == null) {
                    location = place.group(1).strip();
                    continue;
                }
                if (Fields.isLabelled(field) && !fields.isEmpty() || WEBSITE.matcher(field).matches()
                        || DATE_LABEL.matcher(field).matches()) {
                    continue;
                }
                if (!projects && location == null && !fields.isEmpty() && field.split(",").length <= 2
                        && Places.isPlace(field)) {
                    location = Fields.trimPunctuation(field.replaceAll("[()]", ""));
                    continue;
                }
                final String[] loc = Fields.splitLocation(field);
                String bare;
                if (loc[1] != null && location == null && !(projects && fields.isEmpty())) {
                    bare = loc[0];
                } else {
                    final String stripped = projects ? field : Places.stripTail(field);
                    // "(40 hours per week)" and "R&D(Golang/Rust)" are details of the title, not places
                    final String tail = field.substring(stripped.length());
                    bare = DIGIT.matcher(tail).find() || tail.startsWith("(") ? field : stripped;
                }
                final int comma = bare.lastIndexOf(", ");
                final String removed = Fields.trimPunctuation(field.substring(bare.length()));
                if (bare.length() < field.length() && comma > 0 && placeLike(bare.substring(comma + 2))
                        && (removed.indexOf(',') < 0 || PLACE_WORD.matcher(removed).find()
                        || !ACRONYM.matcher(bare.substring(comma + 2)).find())) {
                    // "Tagtoo, Taipei City, Taiwan": the place starts at a comma ("Taipei City, Taiwan")
                    bare = bare.substring(0, comma);
                }
                if (bare.length() < field.length() && location == null) {
                    location = Fields.trimPunctuation(field.substring(bare.length()).replaceAll("[()]", ""));
                }
                if (!bare.isEmpty()) {
                    fields.add(bare);
                }
            }
            while (fieldLine.size() < fields.size()) {
                fieldLine.add(n);
            }
            if (locationBefore == null && location != null && fields.size() > before) {
                locationLine = n;
            } else if (locationBefore == null && location != null && n > 0 && fieldLine.contains(n - 1)) {
                // "Computer Center, NCTU" over "Hsinchu, Taiwan": the place stands under the employer's line
                locationLine = n - 1;
            }
        }
        if (fields.size() == 1 && !projects) {
            final List<String> connected = Fields.splitConnector(fields.remove(0));
            fields.addAll(connected);
        }
        if (fields.size() == 1 && fields.get(0).contains(", ") && !projects && !titles(fields.get(0))) {
            final String only = fields.remove(0);
            final int comma = only.indexOf(", ");
            fields.add(only.substring(0, comma).strip());
            fields.add(only.substring(comma + 2).strip());
        }
        String title = null;
        String company = null;
        if (projects) {
            title = fields.isEmpty() ? null : fields.get(0);
        } else {
            int titleAt = -1;
            for (int i = 0; i < fields.size() && titleAt < 0; i++) {
                if (Fields.isTitle(fields.get(i)) && !Fields.isCompany(fields.get(i))) {
                    titleAt = i;
                }
            }
            for (int i = 0; i < fields.size() && titleAt < 0; i++) {
                if (Fields.isTitle(fields.get(i))) {
                    titleAt = i;
                }
            }
            final String[] byLine = titleLineAndEmployerLine(fields, fieldLine);
            if (byLine != null) {
                return new Role(byLine[0], byLine[1], location, dates == null ? null : dates.text(),
                        dates == null ? null : dates.start(), dates == null ? null : dates.end(),
                        dates != null && dates.current(), bullets);
            }
            final int companyAt = fieldLine.indexOf(locationLine);
            if (header.size() > 1 && companyAt >= 0 && fields.size() == fieldLine.size()
                    && (titleAt < 0 || titleAt == companyAt) && fieldLine.lastIndexOf(locationLine) == companyAt) {
                // "Company  City, ST" over "Title  Dates" (or under it): the line with the location names the employer
                for (int i = 0; i < fields.size() && (titleAt < 0 || titleAt == companyAt); i++) {
                    titleAt = i != companyAt ? i : -1;
                }
            }
            if (titleAt < 0 && !fields.isEmpty()) {
                // "PingCAP Inc. - Database - Database Kernel R&D": employer, department, then the title
                titleAt = fields.size() > 1 && Fields.isCompany(fields.get(0)) ? fields.size() > 2
                        ? fields.size() - 1 : 1 : 0;
            }
            if (titleAt >= 0) {
                title = fields.get(titleAt);
                final List<String> others = new ArrayList<>(fields);
                others.remove(titleAt);
                // further fields (a team: "Cruise — Fleet Efficiency", "Open source, 2200 stars") are not the company
                // ... unless the next names an organisation ("Engineering Program – State Polytechnic University")
                company = others.isEmpty() ? null : others.size() > 1 && Fields.isCompany(others.get(1))
                        ? others.get(0) + " – " + others.get(1) : others.get(0);
                final Matcher city = CITY_AFTER_COMPANY.matcher(company == null ? "" : company);
                if (location == null && city.matches() && !Fields.isCompany(city.group(2))
                        && !Fields.isTitle(city.group(2))) {
                    // "Swisscom Digital Lab, Lausanne": one capitalised word after the employer is its town
                    company = city.group(1);
                    location = city.group(2);
                }
            }
        }
        return new Role(title, company, location, dates == null ? null : dates.text(),
                dates == null ? null : dates.start(), dates == null ? null : dates.end(),
                dates != null && dates.current(), bullets);
    }
}
