package org.resumepipeline.score;

import org.resumepipeline.score.Quantity.Kind;
import org.resumepipeline.score.text.Category;
import org.resumepipeline.score.text.Matches;
import org.resumepipeline.score.text.Tokens;

/**
 * NO_METRIC, VANITY_METRIC and the METRIC and BEFORE_AFTER signals. A number is a metric with a unit or scale (%,
 * ms, x, $, k/M/B, per day, rows, nodes, teams, a plural count noun), as a count ({@code 100+}, {@code 10K+}), as a
 * range ({@code 3-5}) or inside "from X to Y"; years, versions ("Java 17", "Python 3.11"), dates, phone numbers and
 * labels ("Tier 1") are not. Numbers that count effort (lines of code, endpoints, commits, tickets) are vanity.
 * Every word list (units, currency and approximation signs, function words, words that only look plural) comes from
 * the ruleset's lexicons.
 */
final class QuantityCheck implements BulletCheck {
    @Override
    public void apply(final BulletContext c) {
        new Scan(c).run();
    }

    /** The quantities of one bullet, by the token of their number. Not thread-safe; one per bullet. */
    private static final class Scan {
        private final BulletContext c;
        private final Tokens t;
        private final Matches m;
        private final Lexicon lx;
        private final Thresholds th;
        private final int n;
        private final Quantity[] at;

        Scan(final BulletContext c) {
            this.c = c;
            this.t = c.tokens;
            this.m = c.matches;
            this.lx = c.rules.lexicon;
            this.th = c.rules.thresholds;
            this.n = t.size();
            this.at = new Quantity[n];
        }

        void run() {
            int covered = 0;
            for (int i = 0; i < n; i++) {
                if (at[i] != null || i < covered) {
                    continue;
                }
                if (t.kind(i) == Tokens.NUMBER) {
                    number(i);
                } else if (t.kind(i) == Tokens.WORD) {
                    final long here = m.startsAt(i);
                    if (Category.MULTIPLIER.in(here)) {
                        final int e = m.longestAt(i, Category.MULTIPLIER);
                        mark(i, Kind.METRIC, i, e);
                        quantified(t.start(i), t.end(e - 1));
                    } else if (Category.NUMBER_WORD.in(here) && m.longestAt(i, Category.NUMBER_WORD) == i + 1) {
                        numberWord(i);
                    }
                }
                if (at[i] != null && at[i].counts()) {
                    covered = at[i].end();
                }
            }
            patterns();
            report();
        }

        private void report() {
            int firstVanity = -1;
            for (int i = 0; i < n; i++) {
                if (is(i, Kind.METRIC)) {
                    c.metric = true;
                    c.signal(SignalId.METRIC, t.start(at[i].start()), t.end(at[i].end() - 1));
                } else if (is(i, Kind.VANITY) && firstVanity < 0) {
                    firstVanity = i;
                }
            }
            if (c.beforeAfter && c.metric) {
                c.signal(SignalId.BEFORE_AFTER, c.beforeAfterStart, c.beforeAfterEnd);
            }
            if (!c.metric && firstVanity >= 0) {
                final Quantity q = at[firstVanity];
                c.fire(BulletRule.VANITY_METRIC, t.start(q.start()), t.end(q.end() - 1),
                        "'" + c.quote(q.start(), q.end()) + "' counts effort, not effect.",
                        "Measure the effect instead: latency, error rate, cost, time saved, users served "
                                + "(e.g. 'p99 from 800 ms to 120 ms').");
            } else if (!c.metric) {
                c.fire(BulletRule.NO_METRIC, 0, c.text.length(),
                        "No measured quantity: latency, throughput, error rate, cost, data scale or time saved.",
                        "Add the result: by how much, from what to what (e.g. 'p95 from 1.2 s to 300 ms', "
                                + "'by 35%', '2M events/day').");
            }
        }

        private void number(final int i) {
            final String s = t.lower(i);
            // chains joined without spaces: 555-123-4567, 2019-2021, 10-15%, 03/2021, 24/7, 3-5
            int j = i;
            int groups = 1;
            int digits = digits(s);
            boolean range = false;
            while (j + 2 < n && !t.spaceBefore(j + 1) && !t.spaceBefore(j + 2) && t.kind(j + 2) == Tokens.NUMBER
                    && (t.is(j + 1, '-') || t.is(j + 1, '/') || t.is(j + 1, '.') || t.is(j + 1, '–'))) {
                range = t.is(j + 1, '-') || t.is(j + 1, '–');
                j += 2;
                groups++;
                digits += digits(t.lower(j));
            }
            int k = j;
            while (k + 1 < n && t.kind(k + 1) == Tokens.NUMBER && t.spaceBefore(k + 1)) {
                k++;
                digits += digits(t.lower(k));
            }
            int start = i;
            boolean currency = false;
            while (start > 0 && t.kind(start - 1) == Tokens.SYMBOL && !t.spaceBefore(start)) {
                final long sign = lx.single(t.lower(start - 1));
                if (Category.CURRENCY.in(sign)) {
                    currency = true;
                } else if (!Category.APPROXIMATOR.in(sign)) {
                    break;
                }
                start--;
            }
            int u = j + 1;
            final boolean attachedUnit = u < n && !t.spaceBefore(u) && (t.is(u, '%') || t.is(u, '×')
                    || t.kind(u) == Tokens.WORD && (Category.METRIC_UNIT.in(m.startsAt(u))
                    || Category.SCALE_WORD.in(m.startsAt(u))));
            if ((k > j || groups >= 2) && digits >= 7 && !attachedUnit || groups >= 3
                    || s.indexOf('.') != s.lastIndexOf('.')) {
                mark(i, Kind.IGNORED, i, k + 1);
                ignore(i, k + 1);
                return;
            }
            if (groups == 2) {
                final String b = t.lower(j);
                if (isYear(s) && (isYear(b) || isMonthNumber(b) || b.length() == 2) || isMonthNumber(s) && isYear(b)
                        || s.equals("24") && b.equals("7")) {
                    mark(i, Kind.IGNORED, i, j + 1);
                    ignore(i, j + 1);
                    return;
                }
                ignore(i + 1, j + 1);
            }
            if (currency || attachedUnit) {
                final int end = plus(extendUnit(attachedUnit ? unitEnd(u) : u));
                mark(i, Kind.METRIC, start, end);
                return;
            }
            if (m.endsAt(i, Category.TECHNOLOGY) || m.endsAt(i, Category.VERSION_PREFIX)
                    || m.endsAt(i, Category.MONTH) || u < n && Category.MONTH.in(m.startsAt(u)) && !isCount(u)
                    || i > 0 && (t.isWord(i - 1, "v") || t.is(i - 1, '#')) && !t.spaceBefore(i)) {
                mark(i, Kind.IGNORED, i, j + 1);
                return;
            }
            final boolean count = plus(u) > u;
            if (count) {
                u++;
            }
            if (unitAfter(u, i, start)) {
                return;
            }
            if (isYear(s) && !count) {
                mark(i, Kind.IGNORED, i, j + 1);
                return;
            }
            for (int w = u; w < n && w <= u + 2 && t.kind(w) == Tokens.WORD && !isFunctionWord(w); w++) {
                if (isPlural(t.lower(w))) {
                    mark(i, Kind.METRIC, start, w + 1);
                    return;
                }
            }
            if (count || range && groups == 2 && !isYear(s) && !isYear(t.lower(j))) {
                // "100+" and "3-5" count something even when the noun is not plural ("4 VPC and 100+ subnets")
                mark(i, Kind.METRIC, start, u);
            }
        }

        /** @return the token after an attached '+' at token u ("100+", "10K+"), else u */
        private int plus(final int u) {
            return u < n && t.is(u, '+') && !t.spaceBefore(u) ? u + 1 : u;
        }

        private boolean isFunctionWord(final int w) {
            return Category.FUNCTION_WORD.in(lx.single(t.lower(w)));
        }

        private void numberWord(final int i) {
            if (unitAfter(i + 1, i, i)) {
                return;
            }
            if (t.lower(i).endsWith("s") && t.isWord(i + 1, "of")) {
                mark(i, Kind.METRIC, i, Math.min(n, i + 3));
            }
        }

        /** Classifies the number at i by the unit starting at token u; returns true when it did. */
        private boolean unitAfter(final int u, final int i, final int start) {
            if (u >= n) {
                return false;
            }
            if (t.is(u, '-') && u + 1 < n && !t.spaceBefore(u) && !t.spaceBefore(u + 1)
                    && t.kind(u + 1) == Tokens.WORD) {
                // compounds: "6-engineer team", "24-hour rotation", "3-node cluster", "20-million-dollar project"
                final String word = t.lower(u + 1);
                final String head = word.indexOf('-') > 0 ? word.substring(0, word.indexOf('-')) : word;
                final long unit = m.startsAt(u + 1) | lx.single(word + "s") | lx.single(head) | lx.single(head + "s");
                if (Category.METRIC_UNIT.in(unit) || Category.SCALE_WORD.in(unit)) {
                    mark(i, Kind.METRIC, start, u + 2);
                    return true;
                }
                return false;
            }
            final long here = m.startsAt(u);
            if (Category.VANITY_UNIT.in(here) && !isCount(u)) {
                mark(i, Kind.VANITY, start, m.longestAt(u, Category.VANITY_UNIT));
                return true;
            }
            if (Category.METRIC_UNIT.in(here) || Category.SCALE_WORD.in(here)) {
                mark(i, Kind.METRIC, start, extendUnit(unitEnd(u)));
                return true;
            }
            if (t.kind(u) == Tokens.WORD && u + 1 < n && !isFunctionWord(u)) {
                final long next = m.startsAt(u + 1);
                if (Category.VANITY_UNIT.in(next) && !isCount(u + 1)) {
                    mark(i, Kind.VANITY, start, m.longestAt(u + 1, Category.VANITY_UNIT));
                    return true;
                }
                if (Category.METRIC_UNIT.in(next) && !Category.MONTH.in(here)) {
                    mark(i, Kind.METRIC, start, extendUnit(unitEnd(u + 1)));
                    return true;
                }
            }
            return false;
        }

        /** A word that is both a count noun and something else ("apis" is vanity, "requests" is a metric). */
        private boolean isCount(final int u) {
            return Category.METRIC_UNIT.in(m.startsAt(u)) && m.longestAt(u, Category.METRIC_UNIT)
                    > m.longestAt(u, Category.VANITY_UNIT);
        }

        private int unitEnd(final int u) {
            final int e = Math.max(m.longestAt(u, Category.METRIC_UNIT), m.longestAt(u, Category.SCALE_WORD));
            return e > 0 ? e : u + 1;
        }

        /** "2 million events per day": extend over units that follow a unit. */
        private int extendUnit(final int end) {
            int e = end;
            for (int guard = 0; guard < 3; guard++) {
                final int next = m.longestAt(e, Category.METRIC_UNIT);
                if (next <= e) {
                    break;
                }
                e = next;
            }
            return e;
        }

        /** "from X to Y", "X to Y", "X -> Y", "N% faster" and "by N%": before/after and quantified results. */
        private void patterns() {
            for (int k = 0; k < n; k++) {
                if (t.isWord(k, "from")) {
                    final int a = nextQuantity(k + 1, 4);
                    if (a < 0) {
                        continue;
                    }
                    final int to = connector(at[a] == null ? a + 1 : Math.max(at[a].end(), a + 1), 3);
                    if (to < 0) {
                        continue;
                    }
                    final int b = nextQuantity(to + 1, 3);
                    if (b >= 0) {
                        promote(a);
                        promote(b);
                        beforeAfter(t.start(k), t.end(at[b].end() - 1));
                        quantified(t.start(k), t.end(at[b].end() - 1));
                    }
                } else if (is(k, Kind.METRIC) && t.kind(k) == Tokens.NUMBER) {
                    final Quantity q = at[k];
                    final int after = q.end();
                    final int to = after < n && (t.isWord(after, "to") || t.is(after, '→')) ? after
                            : after + 1 < n && t.is(after, '-') && t.is(after + 1, '>') ? after + 1 : -1;
                    if (to >= 0) {
                        final int b = nextQuantity(to + 1, 2);
                        if (b >= 0 && is(b, Kind.METRIC)) {
                            beforeAfter(t.start(q.start()), t.end(at[b].end() - 1));
                            quantified(t.start(q.start()), t.end(at[b].end() - 1));
                        }
                    }
                    if (after < n && Category.COMPARATIVE.in(m.startsAt(after))) {
                        quantified(t.start(q.start()), t.end(m.longestAt(after, Category.COMPARATIVE) - 1));
                    }
                    final int by = byBefore(q.start());
                    if (by >= 0 && byUnit(q.end() - 1)) {
                        beforeAfter(t.start(by), t.end(q.end() - 1));
                        quantified(t.start(by), t.end(q.end() - 1));
                    }
                }
            }
        }

        /** @return the token of "by" right before the quantity starting at token q, or of "by" and an approximator */
        private int byBefore(final int q) {
            if (t.isWord(q - 1, "by")) {
                return q - 1;
            }
            for (int j = Math.max(0, q - 3); j < q; j++) {
                if (t.isWord(j - 1, "by") && m.longestAt(j, Category.APPROXIMATOR) == q) {
                    return j - 1;
                }
            }
            return -1;
        }

        private boolean byUnit(final int last) {
            if (Category.BY_UNIT.in(lx.single(t.lower(last)))) {
                return true;
            }
            return t.kind(last) == Tokens.NUMBER && last > 0 && t.kind(last - 1) == Tokens.SYMBOL;
        }

        private int nextQuantity(final int from, final int within) {
            for (int i = from; i < n && i < from + within; i++) {
                if (t.is(i, ',') || t.is(i, ';') || t.is(i, '.')) {
                    return -1;
                }
                if (t.kind(i) == Tokens.NUMBER && !is(i, Kind.IGNORED)) {
                    return i;
                }
            }
            return -1;
        }

        private int connector(final int from, final int within) {
            for (int i = from; i < n && i < from + within; i++) {
                if (t.isWord(i, "to") || t.is(i, '→')) {
                    return i;
                }
                if (t.is(i, '-') && t.is(i + 1, '>')) {
                    return i + 1;
                }
                if (t.is(i, ',') || t.is(i, ';')) {
                    return -1;
                }
            }
            return -1;
        }

        private void promote(final int i) {
            if (!is(i, Kind.METRIC)) {
                at[i] = new Quantity(Kind.METRIC, i, at[i] == null ? i + 1 : Math.max(at[i].end(), i + 1));
            }
        }

        private void beforeAfter(final int start, final int end) {
            if (!c.beforeAfter) {
                c.beforeAfter = true;
                c.beforeAfterStart = start;
                c.beforeAfterEnd = end;
            }
        }

        private void quantified(final int start, final int end) {
            if (c.quantifiedStart < 0 || start < c.quantifiedStart) {
                c.quantifiedStart = start;
                c.quantifiedEnd = end;
            }
        }

        private boolean is(final int i, final Kind kind) {
            return at[i] != null && at[i].kind() == kind;
        }

        private void mark(final int i, final Kind kind, final int start, final int end) {
            at[i] = new Quantity(kind, start, Math.max(end, i + 1));
        }

        private void ignore(final int from, final int to) {
            for (int i = from; i < to; i++) {
                if (at[i] == null) {
                    at[i] = new Quantity(Kind.IGNORED, i, i + 1);
                }
            }
        }

        private boolean isYear(final String s) {
            if (s.length() != 4 || digits(s) != 4) {
                return false;
            }
            final int v = Integer.parseInt(s);
            return v >= th.yearMin() && v <= th.yearMax();
        }

        private static boolean isMonthNumber(final String s) {
            return s.length() <= 2 && digits(s) == s.length() && Integer.parseInt(s) >= 1
                    && Integer.parseInt(s) <= 12;
        }

        private boolean isPlural(final String w) {
            return w.length() >= 4 && w.endsWith("s") && !w.endsWith("ss") && !w.endsWith("'s")
                    && !w.endsWith("’s") && !Category.NOT_PLURAL.in(lx.single(w));
        }

        private static int digits(final String s) {
            int d = 0;
            for (int i = 0; i < s.length(); i++) {
                if (s.charAt(i) >= '0' && s.charAt(i) <= '9') {
                    d++;
                }
            }
            return d;
        }
    }
}
