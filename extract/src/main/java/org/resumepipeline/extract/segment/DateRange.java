package org.resumepipeline.extract.segment;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * A date or date range as written in a resume line: "Jan 2013 – Mar 2014", "01/2019 – 03/2021", "2012.10 – present",
 * "2016-03-01 –", "FROM: 2016-03 TO: 2018-01", "2014--2016", "June - September, 2023", "Mar. 2016 – Exp. Jun. 2017",
 * "'19 – '21", "Since 2013", and month names and "present" words of the languages teams hire in.
 *
 * @param text    the dates as written
 * @param start   "YYYY-MM" or "YYYY", or null
 * @param end     "YYYY-MM" or "YYYY", or null when current or unknown
 * @param current true for Present, Current, Now, Today, an open range ("2014 –") or "Since ..."
 * @param from    start offset of the dates in the line
 * @param to      end offset (exclusive) of the dates in the line
 */
public record DateRange(String text, String start, String end, boolean current, int from, int to) {
    /** Rows of {@code months.tsv} beside this class: month names by number, "now" words, "since" words. */
    private static final Map<String, List<String>> TABLE = table();
    /** Month names and abbreviations by month number. */
    private static final Map<String, Integer> MONTHS = months();
    private static final String SEASON = "spring|summer|fall|autumn|winter";
    private static final String MONTH = Alternation.byFirstLetter(Stream.concat(MONTHS.keySet().stream()
            .sorted(Comparator.comparing(String::length).reversed()), Stream.of(SEASON.split("\\|"))).toList())
            + "(?!\\p{L})\\.?";
    private static final String YEAR = "(?:19|20)(?:\\d\\d|xx)";
    private static final String EXPECTED = "(?:exp(?:ected)?\\.?\\s*)?";
    private static final String DATE = EXPECTED + "(?:" + MONTH + ",?\\s*" + YEAR
            + "|" + YEAR + "\\s*年\\s*\\d{1,2}\\s*月?"
            + "|" + YEAR + "[./-]\\d{1,2}(?:[./-]\\d{1,2})?(?!\\d)"
            + "|\\d{1,2}\\s*[./]\\s*" + YEAR
            + "|\\d{1,2}[./]\\d{1,2}[./]" + YEAR
            + "|" + YEAR + "|['’‘]\\d\\d)";
    /** "Present" words of the table, and the abbreviations Russian resumes print ("наст. вр.", "н. в."). */
    private static final String NOW = "(?:" + words("now") + "|наст(?:\\.|оящее)?\\s*вр(?:\\.|емя)?|н\\.\\s*в\\.?)";
    private static final String SEPARATOR = "\\s*(?:-{1,2}|–|—|‒|−|‐|‑|－|~|→|\\u00AD|\\bto:?|\\buntil\\b|\\btill\\b"
            + "|\\bbis\\b|\\btot\\b|\\bdo\\b|〜|～|至"
            + "|\\bau\\b|\\bà\\b|\\bal\\b|\\ba\\b|\\bpor\\b|\\bпо\\b|\\bдо\\b)\\s*";
    private static final Pattern RANGE = Pattern.compile("(?<![\\p{L}\\d])(?:from:?\\s*)?(" + DATE + ")" + SEPARATOR
            + "(" + DATE + "|" + NOW + ")(?![\\p{L}\\d])", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    /** "June - September, 2023": two months sharing one year. */
    private static final Pattern MONTHS_OF_YEAR = Pattern.compile("(?<![\\p{L}\\d])(" + MONTH + ")" + SEPARATOR
            + "(" + MONTH + "),?\\s*(" + YEAR + ")(?![\\p{L}\\d])", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    /** "2014 –" at the end of the line (or before a bracket or bar): still going. */
    private static final Pattern OPEN = Pattern.compile("(?<![\\p{L}\\d])(" + DATE + ")\\s*(?:-{1,2}|–|—|‒|−|‐|‑|－)"
            + "\\s*(?=$|[|)\\]])", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern NOW_ONLY = Pattern.compile(NOW, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern SINGLE = Pattern.compile("(?<![\\p{L}\\d])(" + DATE + ")(?![\\p{L}\\d])",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern SINCE = Pattern.compile("(?<![\\p{L}\\d])(?:" + words("since") + "|starting)"
            + "\\s+(" + DATE + ")(?![\\p{L}\\d])", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    /** A length of time printed beside the dates: "(1 year 11 months)", "2 years 10 months", "· 4 mos". */
    private static final Pattern DURATION = Pattern.compile("[·•(]?\\s*\\d+\\+?\\s*(?:years?|yrs?|months?|mos?)"
            + "(?:,?\\s*\\d+\\s*(?:months?|mos?))?\\s*\\)?", Pattern.CASE_INSENSITIVE);
    /** More years after a single date: ", 2014", " & 2016, 2018" (the last one captured). */
    private static final Pattern MORE_YEARS = Pattern.compile(
            "(?:\\s*[,&/]\\s*(?:19|20)\\d\\d)*\\s*[,&/]\\s*((?:19|20)\\d\\d)(?![\\p{L}\\d])");
    private static final Pattern LEFTOVER = Pattern.compile("[\\s|,;:()\\[\\]·•–—-]*");
    /** Every date holds a year ("2019", "20XX", "'19"): a line without one is not searched further. */
    private static final Pattern YEAR_ANYWHERE = Pattern.compile("(?:19|20)(?:\\d\\d|xx)|['’‘]\\d\\d",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern YEAR_PART = Pattern.compile("(?:19|20)(?:\\d\\d|xx)");
    private static final Pattern SHORT_YEAR = Pattern.compile("['’‘](\\d\\d)");
    private static final Pattern MONTH_PART = Pattern.compile("(?<![\\p{L}])(" + MONTH + ")",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern YEAR_THEN_MONTH = Pattern.compile("((?:19|20)\\d\\d)\\s*(?:[./-]|年)\\s*(\\d{1,2})");
    private static final Pattern MONTH_THEN_YEAR = Pattern.compile(
            "(?:\\d{1,2}[./])?(\\d{1,2})\\s*[./]\\s*((?:19|20)\\d\\d)");
    private static final int CENTURY_PIVOT = 50;
    /** The words of the "present" phrases one by one ("текущий", "момент"), as a narrow column wraps them. */
    private static final String NOW_WORD = TABLE.get("now").stream().flatMap(w -> List.of(w.split("_")).stream())
            .filter(w -> w.length() >= 3 && !"date".equals(w)).distinct()
            .sorted(Comparator.comparing(String::length).reversed()).map(Pattern::quote)
            .collect(Collectors.joining("|"));
    private static final String DATE_WORD = "(?:" + DATE + "|" + MONTH + "|(?:" + NOW_WORD + ")(?!\\p{L})"
            + "|-{1,2}|–|—)";
    private static final Pattern LEADING_DATE_WORDS = Pattern.compile("^\\s*" + DATE_WORD + "(?:[\\s,]*" + DATE_WORD
            + ")*(?![\\p{L}\\d])", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    /** Lines of the document being segmented on this thread, with their ranges. */
    private static final RecentResults<String, Optional<DateRange>> RECENT_RANGES = new RecentResults<>(
            DateRange::searchRange, 1024);

    /** @return the first date range in the line ("Jan 2021 – Present", "2019 - 2021", "2014 –", "Since 2013") */
    public static Optional<DateRange> findRange(final String line) {
        return RECENT_RANGES.apply(line);
    }

    private static Optional<DateRange> searchRange(final String line) {
        if (!YEAR_ANYWHERE.matcher(line).find()) {
            return Optional.empty();
        }
        final Matcher shared = MONTHS_OF_YEAR.matcher(line);
        if (shared.find()) {
            final String year = shared.group(3);
            return Optional.of(new DateRange(shared.group().strip(), iso(shared.group(1) + " " + year),
                    iso(shared.group(2) + " " + year), false, shared.start(), shared.end()));
        }
        final Matcher m = RANGE.matcher(line);
        if (m.find()) {
            final String endText = m.group(2);
            final boolean current = NOW_ONLY.matcher(endText).matches();
            return Optional.of(new DateRange(m.group().strip(), iso(m.group(1)), current ? null : iso(endText), current,
                    m.start(), m.end()));
        }
        final Matcher open = OPEN.matcher(line);
        if (open.find()) {
            return Optional.of(new DateRange(open.group().strip(), iso(open.group(1)), null, true, open.start(),
                    open.end()));
        }
        final Matcher s = SINCE.matcher(line);
        if (s.find()) {
            return Optional.of(new DateRange(s.group().strip(), iso(s.group(1)), null, true, s.start(), s.end()));
        }
        return Optional.empty();
    }

    /** @return a date range, or else a single date ("May 2023", "2020", "Summer 2019"), which starts and ends it */
    public static Optional<DateRange> findAny(final String line) {
        if (!YEAR_ANYWHERE.matcher(line).find()) {
            return Optional.empty();
        }
        final Optional<DateRange> range = findRange(line);
        if (range.isPresent()) {
            return range;
        }
        final Matcher m = SINGLE.matcher(line);
        while (m.find()) {
            final String iso = iso(m.group(1));
            if (iso != null || m.group(1).toLowerCase(Locale.ROOT).contains("xx")) {
                // "Summer 2013, 2014": the same season in more years, up to the last one
                final Matcher more = MORE_YEARS.matcher(line).region(m.end(), line.length());
                if (iso != null && more.lookingAt()) {
                    return Optional.of(new DateRange(line.substring(m.start(), more.end()).strip(), iso,
                            more.group(1), false, m.start(), more.end()));
                }
                return Optional.of(new DateRange(m.group().strip(), iso, iso, false, m.start(), m.end()));
            }
        }
        return Optional.empty();
    }

    /**
     * @return the dates of a line that holds nothing else but a length of time and punctuation ("2008 (3 months)",
     *         "Sept 2018 – May 2023", "Summer 2019"): a date line of its own, as some layouts print above or beside
     *         an entry
     */
    public static Optional<DateRange> alone(final String line) {
        final Optional<DateRange> any = findAny(line);
        if (any.isEmpty()) {
            return any;
        }
        final String rest = DURATION.matcher(any.get().removeFrom(line)).replaceAll(" ");
        return LEFTOVER.matcher(rest).matches() ? any : Optional.empty();
    }

    /**
     * @return the words a line starts with that are months, years, dates, "present" words or a range's dash
     *         ("Ноябрь 2020" of "Ноябрь 2020 NVIDIA, Россия", "2009 -" of "2009 - Инженер"), or "" when it starts
     *         with none: what a narrow margin column of dates puts at the start of each line it wraps over
     */
    public static String leadingDateWords(final String line) {
        final Matcher m = LEADING_DATE_WORDS.matcher(line);
        return m.find() ? m.group().strip() : "";
    }

    /** @return true for a line that is only a length of time ("4 months", "(2 years)") */
    public static boolean isDuration(final String line) {
        return DURATION.matcher(line.strip()).matches();
    }

    /** @return the line without the dates, the length of time beside them, and the separators around them */
    public String removeFrom(final String line) {
        final String rest = DURATION.matcher(line.substring(to)).replaceFirst(" ");
        return (line.substring(0, from) + " | " + rest).strip();
    }

    static String iso(final String date) {
        final String d = date.strip();
        final Matcher shortYear = SHORT_YEAR.matcher(d);
        if (shortYear.matches()) {
            final int yy = Integer.parseInt(shortYear.group(1));
            return String.valueOf(yy < CENTURY_PIVOT ? 2000 + yy : 1900 + yy);
        }
        final Matcher yearThenMonth = YEAR_THEN_MONTH.matcher(d);
        if (yearThenMonth.find()) {
            return withMonth(yearThenMonth.group(1), Integer.parseInt(yearThenMonth.group(2)));
        }
        final Matcher monthThenYear = MONTH_THEN_YEAR.matcher(d);
        if (monthThenYear.find()) {
            return withMonth(monthThenYear.group(2), Integer.parseInt(monthThenYear.group(1)));
        }
        final Matcher year = YEAR_PART.matcher(d);
        if (!year.find() || year.group().toLowerCase(Locale.ROOT).endsWith("xx")) {
            return null;
        }
        final Matcher month = MONTH_PART.matcher(d.substring(0, year.start()));
        int number = 0;
        while (month.find()) {
            number = monthOf(month.group(1).toLowerCase(Locale.ROOT));
        }
        return withMonth(year.group(), number);
    }

    private static String withMonth(final String year, final int month) {
        return month >= 1 && month <= 12 ? String.format(Locale.ROOT, "%s-%02d", year, month) : year;
    }

    private static int monthOf(final String word) {
        return MONTHS.getOrDefault(word.replace(".", ""), 0);
    }

    private static Map<String, Integer> months() {
        final Map<String, Integer> months = new HashMap<>();
        for (int month = 1; month <= 12; month++) {
            for (final String name : TABLE.get(Integer.toString(month))) {
                months.put(name, month);
            }
        }
        return Map.copyOf(months);
    }

    /** @return the words of a row as a regular expression alternation, longest first, "_" matching any space */
    private static String words(final String row) {
        return TABLE.get(row).stream().sorted(Comparator.comparing(String::length).reversed())
                .map(w -> Pattern.quote(w).replace("_", "\\E\\s+\\Q")).collect(Collectors.joining("|"));
    }

    private static Map<String, List<String>> table() {
        final Map<String, List<String>> rows = new HashMap<>();
        for (final String row : Wordlist.read("months.tsv")) {
            final String[] cells = row.split("\\s+");
            rows.put(cells[0], List.of(cells).subList(1, cells.length));
        }
        return Map.copyOf(rows);
    }
}
