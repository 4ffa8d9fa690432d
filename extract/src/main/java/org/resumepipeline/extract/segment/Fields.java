package org.resumepipeline.extract.segment;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Splits header lines into fields (title, company, location) and recognizes what each field is. */
final class Fields {
    private static final Pattern SEPARATORS = Pattern.compile("\\s+(?:[|·•—–‐‑－]|-{1,2}|@|at)\\s+|\\s*\\|\\s*"
            + "|\\s+[·•]\\s*"
            + "|\\s*;\\s*|\\t+|\\s{3,}|\\s+[—–](?=\\S)|(?<=\\S)[—–]\\s+|\\s+-(?=\\p{Lu})");
    /** "Data Scientist for Airconomy", "PhD in Operations Research with Amadeus": a title, then the employer. */
    private static final Pattern CONNECTOR = Pattern.compile("\\s+(?:for|with|at)\\s+(?=\\p{Lu})");
    /** "Mentor: Jane Doe", "Team: Payments": a labelled detail, neither title nor company. */
    private static final Pattern LABELLED = Pattern.compile("^\\p{L}[\\p{L} ]{1,20}:\\s+\\S.*");
    private static final Pattern LOCATION_TAIL = Pattern.compile(
            "(?:,\\s*|\\s+)?((?:(?:New|San|Los|Las|Salt|Santa|St\\.|Saint|El|Fort|Palo|Mountain|Long|Pacific|Grand|"
                    + "Baton|Little|Ann|Des|Kansas|Oklahoma|Jersey|Rio|Sao|São|Hong|Tel|Kuala|Mexico|Buenos|Cape|"
                    + "Main Street|Salt Lake|Redwood|Menlo|Cedar|Coral|Bowling|Ho Chi)\\s+)?"
                    + "\\p{Lu}[\\p{L}.'-]+,\\s*(?:\\p{Lu}{2}|USA|UK|Canada|Germany|India|France|Ireland|Spain|Italy|"
                    + "Netherlands|Poland|Australia|Singapore|Japan|Brazil|Mexico|Remote)(?:\\s+\\d{5})?)$");
    private static final Pattern LEADING_PUNCTUATION = Pattern.compile("^[,;:|·•–—-]+\\s*");
    private static final Pattern TRAILING_PUNCTUATION = Pattern.compile("\\s*[,;:|·•–—-]+$|(?<=[\\p{Ll}]{4}|\\))\\.$");
    private static final Pattern REMOTE = Pattern.compile("^(?:remote|hybrid|on-?site)(?:\\s*\\(.*\\))?$",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern TITLE_WORD = Pattern.compile(Wordlist.anyOf("title-words.txt"),
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final String LEGAL_FORM = Wordlist.alternation("legal-forms.txt");
    private static final Pattern COMPANY_HINT = Pattern.compile(Wordlist.anyOf("company-words.txt") + "|"
            + LEGAL_FORM, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    /** "Phantom Design Inc. Dublin", "Hooli Inc. Silicon Valley": a place of one or two words after a legal form. */
    private static final Pattern PLACE_AFTER_LEGAL_FORM = Pattern.compile("^(.*\\S\\s(?:" + LEGAL_FORM + ")\\.?)"
            + "\\s+(\\p{Lu}[\\p{L}'’-]+(?:\\s+\\p{Lu}[\\p{L}'’-]+)?)$", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    /** Titles and employers in Chinese end with their kind: "软件工程师" (engineer), "…有限公司" (company). */
    private static final Pattern CJK_TITLE = Pattern.compile("(?:工程师|设计师|架构师|经理|总监|主管|实习生|开发者|专员|顾问|研究员)$");
    private static final Pattern CJK_COMPANY = Pattern.compile("(?:公司|集团|大学|学院|研究所|研究院|银行)$");

    private Fields() {
    }

    /** @return the non-empty fields of a line split at separators (" | ", " · ", " — ", " – ", " at ") */
    static List<String> split(final String line) {
        final List<String> out = new ArrayList<>();
        for (final String part : SEPARATORS.split(line)) {
            final String p = trimPunctuation(part);
            if (!p.isEmpty()) {
                out.add(p);
            }
        }
        return out;
    }

    /** @return [title, employer] of "Title for/with/at Employer", or the field alone */
    static List<String> splitConnector(final String field) {
        final Matcher m = CONNECTOR.matcher(field);
        if (m.find() && m.start() > 0) {
            return List.of(field.substring(0, m.start()).strip(), trimPunctuation(field.substring(m.end())));
        }
        return List.of(field);
    }

    static boolean isLabelled(final String field) {
        return LABELLED.matcher(field).matches();
    }

    static String trimPunctuation(final String s) {
        return TRAILING_PUNCTUATION.matcher(LEADING_PUNCTUATION.matcher(s.strip()).replaceAll("")).replaceAll("").strip();
    }

    /** @return [rest, location] when the field ends with "City, ST" or is "Remote"; location null otherwise */
    static String[] splitLocation(final String field) {
        if (REMOTE.matcher(field).matches()) {
            return new String[] {"", field};
        }
        final Matcher m = LOCATION_TAIL.matcher(field);
        if (m.find()) {
            final String rest = field.substring(0, m.start()).strip();
            return new String[] {trimPunctuation(rest), m.group(1).strip()};
        }
        final Matcher legal = PLACE_AFTER_LEGAL_FORM.matcher(field);
        if (legal.matches() && Character.isUpperCase(legal.group(2).charAt(0)) && !isTitle(legal.group(2))
                && !isCompany(legal.group(2))) {
            return new String[] {legal.group(1).strip(), legal.group(2)};
        }
        return new String[] {field, null};
    }

    static boolean isTitle(final String field) {
        if (CJK_TITLE.matcher(field).find()) {
            return true;
        }
        return TITLE_WORD.matcher(field).find();
    }

    static boolean isCompany(final String field) {
        return COMPANY_HINT.matcher(field).find() || CJK_COMPANY.matcher(field).find();
    }
}
