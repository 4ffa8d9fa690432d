package org.resumepipeline.extract.segment;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Dates in a narrow margin column on the left that wrap over the first lines of their entry (moderncv with long
 * month names: "Ноябрь 2020" beside the employer, "- Август" beside the title, "2022" under them), which a PDF's
 * text gives as the start of each of those lines. Stateless.
 */
public final class MarginDates {
    /** Lines a wrapped margin date runs over beyond the entry's first line. */
    private static final int MAX_WRAPPED_LINES = 4;
    private static final Pattern MONTH_OR_YEAR = Pattern.compile("\\d{4}|\\p{L}{3,}");
    private static final Pattern DASH = Pattern.compile("(?:^|\\s)(?:-{1,2}|–|—)(?:\\s|$)");
    private static final Pattern OPEN_END = Pattern.compile("[-–—]\\s*$");

    private MarginDates() {
    }

    /**
     * @param lines lines in reading order
     * @return the lines with each wrapped margin date put back together at the start of its entry's first line
     *         ("Ноябрь 2020 - Август 2022 NVIDIA, Россия"), and the entry's other lines without their share of it
     */
    public static List<Line> join(final List<Line> lines) {
        final List<Line> out = new ArrayList<>(lines.size());
        int i = 0;
        while (i < lines.size()) {
            final Optional<Wrapped> wrapped = wrappedAt(lines, i);
            if (wrapped.isEmpty()) {
                out.add(lines.get(i++));
                continue;
            }
            final Wrapped w = wrapped.get();
            final Line first = lines.get(i);
            out.add(new Line(w.dates() + " " + rest(first), first.heading(), false, first.page(), first.indent()));
            for (int j = i + 1; j <= w.last(); j++) {
                final Line l = lines.get(j);
                final String rest = rest(l);
                if (!rest.isEmpty()) {
                    // a dash of the margin's range read as a bullet marker: the line is the entry's, not a bullet
                    out.add(new Line(rest, l.heading(), false, l.page(), l.indent()));
                }
            }
            i = w.last() + 1;
        }
        return out;
    }

    private record Wrapped(String dates, int last) {
    }

    private static Optional<Wrapped> wrappedAt(final List<Line> lines, final int at) {
        final Line first = lines.get(at);
        final String start = DateRange.leadingDateWords(first.text());
        if (first.bullet() || start.isEmpty() || rest(first).isEmpty() || !MONTH_OR_YEAR.matcher(start).find()
                || closedRange(start).isPresent()) {
            return Optional.empty();
        }
        final StringBuilder dates = new StringBuilder(start);
        for (int j = at + 1; j < lines.size() && j <= at + MAX_WRAPPED_LINES; j++) {
            final Line l = lines.get(j);
            final String words = DateRange.leadingDateWords(l.text());
            if (words.isEmpty() || l.heading()) {
                return Optional.empty();
            }
            final boolean dashAsMarker = l.bullet() && !DASH.matcher(dates).find();
            dates.append(dashAsMarker ? " - " : " ").append(words);
            final Optional<DateRange> range = closedRange(dates.toString());
            if (range.isPresent()) {
                return inOrder(range.get()) ? Optional.of(new Wrapped(dates.toString(), j)) : Optional.empty();
            }
        }
        return Optional.empty();
    }

    /**
     * @return the range the text is made of, if it has an end ("Июнь 2017 - Ноябрь 2020", "Октябрь 2022 - Текущий
     *         момент"); "2022 -" may go on over the next line
     */
    private static Optional<DateRange> closedRange(final String text) {
        return DateRange.alone(text).flatMap(a -> DateRange.findRange(a.text()))
                .filter(r -> !OPEN_END.matcher(r.text()).find());
    }

    private static boolean inOrder(final DateRange range) {
        return range.start() != null && (range.end() == null || range.start().compareTo(range.end()) <= 0);
    }

    private static String rest(final Line line) {
        final String words = DateRange.leadingDateWords(line.text());
        return line.text().substring(line.text().indexOf(words) + words.length()).strip();
    }
}
