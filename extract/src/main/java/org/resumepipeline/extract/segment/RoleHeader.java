package org.resumepipeline.extract.segment;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.resumepipeline.model.Role;

/**
 * Reads an entry's header lines (title, company, team, place and dates, in any order, on one line or several) into a
 * role: dates found and removed, fields split at separators, places and labelled details set aside, then the title
 * and the employer chosen from what the fields say they are. Stateless.
 */
final class RoleHeader {
    private static final Pattern DIGIT = Pattern.compile("\\d");
    private static final Pattern ACRONYM = Pattern.compile("\\p{Lu}{2}");
    /** A place cut in two: "Taipei | City, Taiwan" ("City, Taiwan" read as the place). */
    private static final Pattern PLACE_WORD = Pattern.compile("^\\W*(?:City|County|Province|District|Prefecture)\\b");
    private static final Pattern WEBSITE = Pattern.compile("(?:www\\.)?[\\w-]+(?:\\.[\\w-]+)*\\.[a-z]{2,6}(?:/\\S*)?",
            Pattern.CASE_INSENSITIVE);
    /** A company's website after its title on one line: "Senior Developer colba.es". */
    private static final Pattern TRAILING_SITE = Pattern.compile("(?<=\\p{L})\\s+(?:www\\.)?[a-z0-9-]+"
            + "(?:\\.[a-z0-9-]+)*"
            + "\\.(?:com|es|io|org|net|dev|co|app|ai|de|fr|it|eu|uk|me)(?:/\\S*)?$");
    private static final Pattern CITY_AFTER_COMPANY = Pattern.compile(
            "(.+\\S),\\s+(\\p{Lu}\\p{Ll}+(?:-\\p{Lu}\\p{Ll}+)?)");
    /** "Location: Sunnyvale, CA", "Ort: Berlin": a labelled place. */
    private static final Pattern PLACE_LABEL = Pattern.compile("(?:location|place|city|ort|lieu|lugar|luogo|local)\\s*:"
            + "\\s*(\\S.*)", Pattern.CASE_INSENSITIVE);
    /** "Date:" left behind once its dates were read. */
    private static final Pattern DATE_LABEL = Pattern.compile("(?:dates?|period|periodo|período|zeitraum|durée)\\s*:?",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern URL = Pattern.compile("<?https?://\\S+>?");

    private RoleHeader() {
    }

    /**
     * @param header   the entry's header lines
     * @param bullets  its bullets
     * @param projects true for a project entry (a name and maybe a date, no employer)
     * @return the role those lines describe
     */
    static Role parse(final List<String> header, final List<String> bullets, final boolean projects) {
        DateRange dates = null;
        final List<String> fields = new ArrayList<>();
        String location = null;
        int placedField = -1;
        final List<Integer> fieldLine = new ArrayList<>();
        int locationLine = -1;
        int datesLine = -1;
        final Map<RoleLabels.Field, String> named = new EnumMap<>(RoleLabels.Field.class);
        for (int n = 0; n < header.size(); n++) {
            final String line = header.get(n);
            final int before = fields.size();
            final String locationBefore = location;
            String rest = line;
            if (dates == null) {
                Optional<DateRange> found = projects ? DateRange.findAny(line) : DateRange.findRange(line);
                if (found.isEmpty()) {
                    found = DateRange.alone(line).or(() -> EntryParser.endsWithDate(line)
                            || EntryParser.startsWithDate(line) ? DateRange.findAny(line) : Optional.empty());
                }
                if (found.isPresent()) {
                    dates = found.get();
                    datesLine = n;
                    rest = dates.removeFrom(line);
                }
            }
            for (final String field : Fields.split(URL.matcher(TRAILING_SITE.matcher(rest).replaceAll(""))
                    .replaceAll(" "))) {
                final Optional<RoleLabels.Labelled> labelled = projects ? Optional.empty() : RoleLabels.read(field);
                if (labelled.isPresent()) {
                    named.putIfAbsent(labelled.get().field(), labelled.get().value());
                    continue;
                }
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
                    placedField = fields.size() - 1;
                    continue;
                }
                final String[] loc = Fields.splitLocation(field);
                String bare;
                if (loc[1] != null && location == null && !(projects && fields.isEmpty())) {
                    bare = loc[0];
                } else {
                    final String stripped = projects ? field : Places.stripTail(field);
                    // "(40 hours per week)", "R&D(Golang/Rust)" and "(Contractor)" are details of the title, not places
                    final String tail = field.substring(stripped.length());
                    final boolean detail = tail.startsWith("(") || tail.strip().startsWith("(") && Fields.isTitle(tail);
                    bare = DIGIT.matcher(tail).find() || detail ? field : stripped;
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
                    placedField = fields.size();
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
            placedField = -1;
        }
        if (fields.size() == 1 && fields.get(0).contains(", ") && !projects && !titles(fields.get(0))) {
            final String only = fields.remove(0);
            final int comma = only.indexOf(", ");
            fields.add(only.substring(0, comma).strip());
            fields.add(only.substring(comma + 2).strip());
        }
        String title = null;
        String company = null;
        if (!named.isEmpty()) {
            // "Koden Digital" over "Cargo: Desenvolvedor Front-end": the labels say which is which
            final List<String> unnamed = new ArrayList<>(fields);
            title = named.containsKey(RoleLabels.Field.TITLE) ? named.get(RoleLabels.Field.TITLE)
                    : unnamed.isEmpty() ? null : unnamed.remove(0);
            company = named.containsKey(RoleLabels.Field.COMPANY) ? named.get(RoleLabels.Field.COMPANY)
                    : unnamed.isEmpty() ? null : unnamed.get(0);
        } else if (projects) {
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
            String[] byLine = header.size() == 2 ? employerLineAndTitleLine(fields, fieldLine, locationLine, datesLine)
                    : null;
            if (byLine == null) {
                byLine = titleLineAndEmployerLine(fields, fieldLine,
                        datesLine == 1 && dates.from() == 0);
            }
            if (byLine != null) {
                return new Role(byLine[0], byLine[1], location, dates == null ? null : dates.text(),
                        dates == null ? null : dates.start(), dates == null ? null : dates.end(),
                        dates != null && dates.current(), bullets);
            }
            final int companyAt = fieldLine.indexOf(locationLine);
            if (header.size() > 1 && companyAt >= 0 && fields.size() == fieldLine.size()
                    && (titleAt < 0 || titleAt == companyAt) && fieldLine.lastIndexOf(locationLine) == companyAt
                    && !wordsSayWhich(fields, titleAt)) {
                // "Company  City, ST" over "Title  Dates" (or under it): the line with the location names the employer
                for (int i = 0; i < fields.size() && (titleAt < 0 || titleAt == companyAt); i++) {
                    titleAt = i != companyAt ? i : -1;
                }
            }
            if (titleAt < 0 && fields.size() == 2 && placedField == 0 && header.size() == 1) {
                // "Example Church, Eugene, Oregon — Missionary": the field with the place is the employer
                titleAt = 1;
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
                // and the first does not ("Morningstar, Inc. – Financial Services")
                company = others.isEmpty() ? null : others.size() > 1 && Fields.isCompany(others.get(1))
                        && !Fields.isCompany(others.get(0)) ? others.get(0) + " – " + others.get(1) : others.get(0);
                final Matcher city = CITY_AFTER_COMPANY.matcher(company == null ? "" : company);
                if ((location == null || Places.isRegion(location)) && city.matches()
                        && !Fields.isCompany(city.group(2)) && !Fields.isTitle(city.group(2))) {
                    // "Swisscom Digital Lab, Lausanne": one capitalised word after the employer is its town (and
                    // "Oregon" on the next line its state)
                    company = city.group(1);
                    location = location == null ? city.group(2) : city.group(2) + ", " + location;
                }
            }
        }
        return new Role(title, company, location, dates == null ? null : dates.text(),
                dates == null ? null : dates.start(), dates == null ? null : dates.end(),
                dates != null && dates.current(), bullets);
    }


    /**
     * "Employer - School of Sciences   Place" over "Title - Specialty   Dates" (or the other way round): the line with
     * the place names the employer and the line with the dates the title, each whole with its dashes, unless the
     * place's line reads as a title and the dates' line does not.
     *
     * @return {title, company}, or null when the two lines are not one place line and one dates line
     */
    private static String[] employerLineAndTitleLine(final List<String> fields, final List<Integer> fieldLine,
            final int locationLine, final int datesLine) {
        if (locationLine < 0 || datesLine < 0 || locationLine == datesLine || fields.size() < 3
                || !fieldLine.contains(locationLine) || !fieldLine.contains(datesLine)) {
            return null;
        }
        final List<String> placeLine = onLine(fields, fieldLine, locationLine);
        final List<String> dateLine = onLine(fields, fieldLine, datesLine);
        final boolean swapped = placeLine.stream().anyMatch(Fields::isTitle)
                && placeLine.stream().noneMatch(Fields::isCompany) && dateLine.stream().noneMatch(Fields::isTitle);
        final String employer = String.join(" – ", swapped ? dateLine : placeLine);
        final String title = String.join(" – ", swapped ? placeLine : dateLine);
        return new String[] {title, employer};
    }

    /**
     * Two header lines, one naming only a title ("Technology Consultant – Artificial Intelligence"), the other only
     * an employer ("Lufthansa Industry Solutions GmbH"): the first is the title whole, dashes and all. When the
     * second line starts with the dates (a date column on the left: "1.2014 – 10.2016 ESOC – European Space
     * Agency"), it names the employer whole unless it reads as a title.
     *
     * @param datesLead true when the second header line starts with the entry's dates
     * @return {title, company}, or null when the lines do not divide so
     */
    private static String[] titleLineAndEmployerLine(final List<String> fields, final List<Integer> fieldLine,
            final boolean datesLead) {
        if (fields.size() != fieldLine.size() || fields.size() < 2 || fieldLine.get(fieldLine.size() - 1) != 1
                || fieldLine.get(0) != 0) {
            return null;
        }
        final List<String> first = onLine(fields, fieldLine, 0);
        final List<String> second = onLine(fields, fieldLine, 1);
        final boolean firstTitle = Fields.isTitle(first.get(0)) && !Fields.isCompany(first.get(0));
        final boolean secondEmployer = (datesLead || second.stream().anyMatch(Fields::isCompany))
                && second.stream().noneMatch(Fields::isTitle);
        if (firstTitle && secondEmployer && (first.size() > 1 || datesLead && second.size() > 1)) {
            return new String[] {String.join(" – ", first), datesLead ? String.join(" – ", second)
                : second.stream().filter(Fields::isCompany).findFirst().orElse(second.get(0))};
        }
        return null;
    }

    /**
     * @return true when the title field reads as a title and no employer, and another field as an employer and no
     *         title ("Church of ..., Eugene," over "Oregon — Missionary"): the words say which is which
     */
    private static boolean wordsSayWhich(final List<String> fields, final int titleAt) {
        if (titleAt < 0 || !Fields.isTitle(fields.get(titleAt)) || Fields.isCompany(fields.get(titleAt))) {
            return false;
        }
        for (int i = 0; i < fields.size(); i++) {
            if (i != titleAt && Fields.isCompany(fields.get(i)) && !Fields.isTitle(fields.get(i))) {
                return true;
            }
        }
        return false;
    }

    /** @return the fields read from header line {@code line}, in order */
    private static List<String> onLine(final List<String> fields, final List<Integer> fieldLine, final int line) {
        final List<String> out = new ArrayList<>();
        for (int i = 0; i < fields.size(); i++) {
            if (fieldLine.get(i) == line) {
                out.add(fields.get(i));
            }
        }
        return out;
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
}
