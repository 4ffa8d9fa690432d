package org.resumepipeline.extract.segment;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A date or date range as written in a resume line.
 *
 * @param text    the dates as written
 * @param start   "YYYY-MM" or "YYYY", or null
 * @param end     "YYYY-MM" or "YYYY", or null when current or unknown
 * @param current true for Present, Current, Now, Today
 * @param from    start offset of the dates in the line
 * @param to      end offset (exclusive) of the dates in the line
 */
public record DateRange(String text, String start, String end, boolean current, int from, int to) {
    private static final String MONTH = "(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?"
            + "|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?"
            + "|spring|summer|fall|autumn|winter)\\.?";
    private static final String YEAR = "(?:19|20)(?:\\d\\d|xx)";
    private static final String DATE = "(?:" + MONTH + ",?\\s+" + YEAR + "|\\d{1,2}\\s*/\\s*" + YEAR + "|" + YEAR + ")";
    private static final String NOW = "(?:present|current|now|today|ongoing)";
    private static final Pattern RANGE = Pattern.compile("(?<![\\p{L}\\d])(" + DATE + ")\\s*(?:-|–|—|‒|−|\\u00AD|to|until|till)\\s*("
            + DATE + "|" + NOW + ")(?![\\p{L}\\d])", Pattern.CASE_INSENSITIVE);
    private static final Pattern SINGLE = Pattern.compile("(?<![\\p{L}\\d])(" + DATE + ")(?![\\p{L}\\d])",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern SINCE = Pattern.compile("(?<![\\p{L}\\d])(?:since\\s+)(" + DATE + ")(?![\\p{L}\\d])",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern PARTS = Pattern.compile("(?:(" + MONTH + ")|(\\d{1,2}))?[,\\s/]*((?:19|20)(?:\\d\\d|xx))",
            Pattern.CASE_INSENSITIVE);

    /** @return the first date range in the line ("Jan 2021 – Present", "2019 - 2021") */
    public static Optional<DateRange> findRange(final String line) {
        final Matcher m = RANGE.matcher(line);
        if (m.find()) {
            final String endText = m.group(2);
            final boolean current = endText.toLowerCase(Locale.ROOT).matches(NOW);
            return Optional.of(new DateRange(m.group().strip(), iso(m.group(1)), current ? null : iso(endText), current,
                    m.start(), m.end()));
        }
        final Matcher s = SINCE.matcher(line);
        if (s.find()) {
            return Optional.of(new DateRange(s.group().strip(), iso(s.group(1)), null, true, s.start(), s.end()));
        }
        return Optional.empty();
    }

    /** @return a date range, or else a single date ("May 2023", "2020") */
    public static Optional<DateRange> findAny(final String line) {
        final Optional<DateRange> range = findRange(line);
        if (range.isPresent()) {
            return range;
        }
        final Matcher m = SINGLE.matcher(line);
        if (m.find()) {
            return Optional.of(new DateRange(m.group().strip(), iso(m.group(1)), iso(m.group(1)), false, m.start(),
                    m.end()));
        }
        return Optional.empty();
    }

    /** @return the line without the dates and the separators around them */
    public String removeFrom(final String line) {
        return (line.substring(0, from) + " | " + line.substring(to)).strip();
    }

    static String iso(final String date) {
        final Matcher m = PARTS.matcher(date.strip());
        if (!m.find()) {
            return null;
        }
        final String year = m.group(3);
        if (year.toLowerCase(Locale.ROOT).endsWith("xx")) {
            return null;
        }
        int month = 0;
        if (m.group(1) != null) {
            month = monthOf(m.group(1).toLowerCase(Locale.ROOT));
        } else if (m.group(2) != null) {
            month = Integer.parseInt(m.group(2));
        }
        return month >= 1 && month <= 12 ? String.format(Locale.ROOT, "%s-%02d", year, month) : year;
    }

    private static int monthOf(final String m) {
        final String[] names = {"jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"};
        for (int i = 0; i < names.length; i++) {
            if (m.startsWith(names[i])) {
                return i + 1;
            }
        }
        return 0;
    }
}
