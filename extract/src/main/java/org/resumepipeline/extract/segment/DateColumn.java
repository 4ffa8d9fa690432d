package org.resumepipeline.extract.segment;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Dates set in a column of their own beside the entries (flush right, or in a margin on the left), which some PDF
 * producers draw apart from the entries, so that in stream order they come as a run of date lines far from their
 * entries ({@link #detached}); and, once such a page is read by position, dates and lengths of time at the end of a
 * bullet's line, which belong to the entry's header above ({@link #reattach}). Stateless.
 */
public final class DateColumn {
    /** Date lines this close together (in lines), with only short lines between, form a column of dates. */
    private static final int NEAR = 3;
    private static final int SHORT = 30;
    private static final int MIN_RUN = 3;
    private static final int MAX_HEADER_LINES = 3;
    /** "...text\tJune 2023 – present": the last field of a line, after a wide gap (a tab from the position reader). */
    private static final Pattern LAST_FIELD = Pattern.compile("^(.*\\S)\\s*(?:\\t+|\\s\\|\\s)\\s*([^\\t|]+)$");

    private DateColumn() {
    }

    /** @return true when at least three lines of dates alone follow each other with only short lines between */
    public static boolean detached(final List<Line> lines) {
        int run = 0;
        int last = -NEAR - 1;
        for (int i = 0; i < lines.size(); i++) {
            final String text = lines.get(i).text();
            if (DateRange.alone(text).isPresent() && DateRange.findRange(text).isPresent()) {
                run = i - last <= NEAR && shortBetween(lines, last, i) ? run + 1 : 1;
                if (run >= MIN_RUN) {
                    return true;
                }
                last = i;
            }
        }
        return false;
    }

    private static boolean shortBetween(final List<Line> lines, final int from, final int to) {
        for (int i = from + 1; i < to; i++) {
            if (lines.get(i).text().length() > SHORT) {
                return false;
            }
        }
        return true;
    }

    /**
     * Dates set flush right on the line of an entry's first bullet instead of its header (the header's line is full),
     * which PDF producers then write at the end of that bullet: "Built the API used by 2M users June 2023 – present".
     *
     * @param lines lines in stream order
     * @return the lines with a date range that ends the first bullet of an undated header moved to that header
     */
    public static List<Line> trailingDates(final List<Line> lines) {
        final List<Line> out = new ArrayList<>(lines);
        for (int i = 1; i < out.size(); i++) {
            final Line bullet = out.get(i);
            final Line header = out.get(i - 1);
            if (!bulletLike(bullet) || bulletLike(header) || header.heading() || !undatedHeaderAbove(out, i)) {
                continue;
            }
            final String text = bullet.text().strip();
            final Optional<DateRange> range = DateRange.findRange(text);
            if (range.isPresent() && range.get().to() == text.length() && range.get().from() > 0) {
                out.set(i - 1, new Line(header.text() + "   " + range.get().text(), false, false, header.page(),
                        header.indent()));
                out.set(i, new Line(text.substring(0, range.get().from()).strip(), false, bullet.bullet(),
                        bullet.page(), bullet.indent()));
            }
        }
        return out;
    }

    private static boolean bulletLike(final Line line) {
        return line.bullet() || LinePreparer.hasMarker(line.text());
    }

    /** @return true when no line of the header right above line {@code i} has a date */
    private static boolean undatedHeaderAbove(final List<Line> lines, final int i) {
        for (int j = i - 1; j >= 0 && j >= i - MAX_HEADER_LINES; j--) {
            final Line line = lines.get(j);
            if (bulletLike(line) || line.heading()) {
                break;
            }
            if (DateRange.findAny(line.text()).isPresent()) {
                return false;
            }
        }
        return true;
    }

    /**
     * @param lines lines read by position, wide gaps marked
     * @return the lines with a date range at the end of a bullet's line moved to the last header line above it, and
     *         a length of time there ("4 months") dropped
     */
    public static List<Line> reattach(final List<Line> lines) {
        final List<Line> out = new ArrayList<>(lines.size());
        int header = -1;
        for (final Line line : lines) {
            final Matcher m = LAST_FIELD.matcher(line.text());
            final boolean bulletLike = line.bullet() || LinePreparer.hasMarker(line.text());
            if (m.matches() && DateRange.isDuration(m.group(2))) {
                out.add(new Line(m.group(1), line.heading(), line.bullet(), line.page(), line.indent()));
                continue;
            }
            if (bulletLike && header >= 0 && m.matches() && DateRange.alone(m.group(2)).isPresent()) {
                final Line h = out.get(header);
                out.set(header, new Line(h.text() + "\t" + m.group(2).strip(), h.heading(), h.bullet(), h.page(),
                        h.indent()));
                out.add(new Line(m.group(1), line.heading(), line.bullet(), line.page(), line.indent()));
                continue;
            }
            if (!bulletLike && DateRange.isDuration(line.text().strip())) {
                continue;
            }
            if (!bulletLike) {
                header = out.size();
            }
            out.add(line);
        }
        return out;
    }
}
