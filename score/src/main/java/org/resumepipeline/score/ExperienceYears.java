package org.resumepipeline.score;

import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.resumepipeline.model.Role;

/**
 * Years of experience from the roles' ISO dates, overlapping roles counted once. "Now" for current roles is the
 * upload time (never the clock, so scoring stays a pure function), or the latest date on the resume.
 */
final class ExperienceYears {
    private ExperienceYears() {
    }

    /** @return years of experience, or -1 when no role has usable dates */
    static double of(final List<Role> roles, final long uploadedAt) {
        int latest = -1;
        for (final Role r : roles) {
            latest = Math.max(latest, Math.max(month(r.start(), false), month(r.end(), true)));
        }
        final int now = uploadedAt > 0 ? toMonth(YearMonth.from(Instant.ofEpochMilli(uploadedAt)
                .atZone(ZoneOffset.UTC))) : latest;
        final List<int[]> spans = new ArrayList<>();
        for (final Role r : roles) {
            final int s = month(r.start(), false);
            int e = month(r.end(), true);
            if (e < 0 && r.current()) {
                e = now;
            }
            if (s >= 0 && e >= s) {
                spans.add(new int[] {s, e});
            }
        }
        if (spans.isEmpty()) {
            return -1;
        }
        spans.sort(Comparator.comparingInt((int[] a) -> a[0]).thenComparingInt(a -> a[1]));
        int months = 0;
        int curS = spans.get(0)[0];
        int curE = spans.get(0)[1];
        for (final int[] sp : spans) {
            if (sp[0] > curE + 1) {
                months += curE - curS + 1;
                curS = sp[0];
                curE = sp[1];
            } else {
                curE = Math.max(curE, sp[1]);
            }
        }
        months += curE - curS + 1;
        return months / 12.0;
    }

    /** @return months since year 0 of "2021-03" or "2021" (January for a start, December for an end), or -1 */
    static int month(final String iso, final boolean end) {
        if (iso == null) {
            return -1;
        }
        final String s = iso.strip();
        try {
            if (s.matches("\\d{4}-\\d{1,2}")) {
                final int dash = s.indexOf('-');
                final int m = Integer.parseInt(s.substring(dash + 1));
                return m >= 1 && m <= 12 ? Integer.parseInt(s.substring(0, dash)) * 12 + m - 1 : -1;
            }
            if (s.matches("\\d{4}")) {
                return Integer.parseInt(s) * 12 + (end ? 11 : 0);
            }
        } catch (NumberFormatException e) {
            return -1;
        }
        return -1;
    }

    private static int toMonth(final YearMonth ym) {
        return ym.getYear() * 12 + ym.getMonthValue() - 1;
    }
}
