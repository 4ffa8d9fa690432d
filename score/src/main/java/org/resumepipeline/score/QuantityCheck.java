package org.resumepipeline.score;

import org.resumepipeline.score.text.Category;
import org.resumepipeline.score.text.Matches;
import org.resumepipeline.score.text.Tokens;

/**
 * NO_METRIC, VANITY_METRIC and the METRIC and BEFORE_AFTER signals. A number is a metric only with a unit or
 * scale (%, ms, x, $, k/M/B, per day, rows, nodes, teams...) or inside "from X to Y"; years, versions ("Java 17",
 * "Spring Boot 3", "Python 3.11"), dates, phone numbers and labels ("Tier 1") are not. Numbers that count effort
 * (lines of code, endpoints, commits, tickets) are vanity.
 */
final class QuantityCheck implements BulletCheck {
    private static final byte NONE = 0;
    private static final byte METRIC = 1;
    private static final byte VANITY = 2;
    private static final byte IGNORED = 3;
    private static final String CURRENCY = "$€£¥";
    private static final String[] BY_UNITS = {"%", "x", "×", "times", "ms", "s", "sec", "secs", "seconds", "min",
        "mins", "minutes", "h", "hr", "hrs", "hours", "days", "percent", "k", "m", "b"};
    private static final String[] FUNCTION_WORDS = {"of", "to", "and", "or", "in", "for", "with", "on", "at",
        "by", "from", "per", "the", "a", "an", "into", "across", "over", "under", "than", "as", "while", "after",
        "before", "within", "between", "via", "using", "that", "which"};
    private static final String[] PLURAL_STOP = {"this", "does", "goes", "plus", "across", "always", "less",
        "unless", "towards", "thus", "yes", "perhaps", "various", "previous", "numerous", "hers", "ours", "yours",
        "theirs", "its", "was", "has", "is", "was", "whereas", "besides", "afterwards", "class", "process",
        "access", "business", "address", "success", "status", "analysis", "basis", "bus", "gas", "bias", "chaos",
        "canvas", "campus", "census", "corpus", "consensus", "kubernetes", "postgres", "redis", "aws", "js",
        "ios", "macos", "dns", "https", "us"};

    @Override
    public void apply(final BulletContext c) {
        final Tokens t = c.tokens;
        final Matches m = c.matches;
        final int n = t.size();
        final byte[] cls = new byte[n];
        final int[] qStart = new int[n];
        final int[] qEnd = new int[n];
        int covered = 0;
        for (int i = 0; i < n; i++) {
            if (cls[i] != NONE || i < covered) {
                continue;
            }
            if (t.kind(i) == Tokens.NUMBER) {
                number(c, i, cls, qStart, qEnd);
            } else if (t.kind(i) == Tokens.WORD) {
                final long at = m.startsAt(i);
                if (Category.MULTIPLIER.in(at)) {
                    final int e = m.longestAt(i, Category.MULTIPLIER);
                    mark(cls, qStart, qEnd, i, METRIC, i, e);
                    quantified(c, t.start(i), t.end(e - 1));
                } else if (Category.NUMBER_WORD.in(at) && m.longestAt(i, Category.NUMBER_WORD) == i + 1) {
                    numberWord(c, i, cls, qStart, qEnd);
                }
            }
            if (cls[i] == METRIC || cls[i] == VANITY) {
                covered = qEnd[i];
            }
        }
        patterns(c, cls, qStart, qEnd);
        int firstVanity = -1;
        for (int i = 0; i < n; i++) {
            if (cls[i] == METRIC) {
                c.metric = true;
                c.signal(SignalId.METRIC, t.start(qStart[i]), t.end(qEnd[i] - 1));
            } else if (cls[i] == VANITY && firstVanity < 0) {
                firstVanity = i;
            }
        }
        if (c.beforeAfter && c.metric) {
            c.signal(SignalId.BEFORE_AFTER, c.beforeAfterStart, c.beforeAfterEnd);
        }
        if (!c.metric && firstVanity >= 0) {
            final String q = c.quote(qStart[firstVanity], qEnd[firstVanity]);
            c.fire(BulletRule.VANITY_METRIC, t.start(qStart[firstVanity]), t.end(qEnd[firstVanity] - 1),
                    "'" + q + "' counts effort, not effect.",
                    "Measure the effect instead: latency, error rate, cost, time saved, users served "
                            + "(e.g. 'p99 from 800 ms to 120 ms').");
        } else if (!c.metric) {
            c.fire(BulletRule.NO_METRIC, 0, c.text.length(),
                    "No measured quantity: latency, throughput, error rate, cost, data scale or time saved.",
                    "Add the result: by how much, from what to what (e.g. 'p95 from 1.2 s to 300 ms', "
                            + "'by 35%', '2M events/day').");
        }
    }

    private static void number(final BulletContext c, final int i, final byte[] cls, final int[] qStart,
                               final int[] qEnd) {
        final Tokens t = c.tokens;
        final Matches m = c.matches;
        final int n = t.size();
        final String s = t.lower(i);
        // chains joined without spaces: 555-123-4567, 2019-2021, 10-15%, 03/2021, 24/7
        int j = i;
        int groups = 1;
        int digits = digits(s);
        while (j + 2 < n && !t.spaceBefore(j + 1) && !t.spaceBefore(j + 2) && t.kind(j + 2) == Tokens.NUMBER
                && (t.is(j + 1, '-') || t.is(j + 1, '/') || t.is(j + 1, '.') || t.is(j + 1, '–'))) {
            j += 2;
            groups++;
            digits += digits(t.lower(j));
        }
        int k = j;
        while (k + 1 < n && t.kind(k + 1) == Tokens.NUMBER && t.spaceBefore(k + 1)) {
            k++;
            digits += digits(t.lower(k));
        }
        final int start = i > 0 && t.kind(i - 1) == Tokens.SYMBOL && CURRENCY.indexOf(t.lower(i - 1).charAt(0)) >= 0
                ? i - 1 : i;
        final int u = j + 1;
        final boolean attachedUnit = u < n && !t.spaceBefore(u) && (t.is(u, '%') || t.is(u, '×')
                || t.kind(u) == Tokens.WORD && (Category.METRIC_UNIT.in(m.startsAt(u))
                || Category.SCALE_WORD.in(m.startsAt(u))));
        if ((k > j || groups >= 2) && digits >= 7 && !attachedUnit || groups >= 3 || s.indexOf('.') != s.lastIndexOf('.')) {
            mark(cls, qStart, qEnd, i, IGNORED, i, k + 1);
            ignore(cls, i, k + 1);
            return;
        }
        if (groups == 2) {
            final String a = s;
            final String b = t.lower(j);
            if (isYear(a) && (isYear(b) || isMonthNumber(b)) || isMonthNumber(a) && isYear(b)
                    || a.equals("24") && b.equals("7")) {
                mark(cls, qStart, qEnd, i, IGNORED, i, j + 1);
                ignore(cls, i, j + 1);
                return;
            }
            ignore(cls, i + 1, j + 1);
        }
        if (start < i || attachedUnit) {
            mark(cls, qStart, qEnd, i, METRIC, start, extendUnit(m, attachedUnit ? unitEnd(m, t, u) : u));
            return;
        }
        if (m.endsAt(i, Category.TECHNOLOGY) || m.endsAt(i, Category.VERSION_PREFIX)
                || m.endsAt(i, Category.MONTH) || u < n && Category.MONTH.in(m.startsAt(u)) && !isCount(m, u)
                || i > 0 && (t.isWord(i - 1, "v") || t.is(i - 1, '#')) && !t.spaceBefore(i)) {
            mark(cls, qStart, qEnd, i, IGNORED, i, j + 1);
            return;
        }
        final byte unit = unitAfter(c, u, cls, qStart, qEnd, i, start);
        if (unit != NONE) {
            return;
        }
        if (isYear(s)) {
            mark(cls, qStart, qEnd, i, IGNORED, i, j + 1);
            return;
        }
        for (int w = u; w < n && w <= u + 2 && t.kind(w) == Tokens.WORD && !isFunctionWord(t.lower(w)); w++) {
            if (isPlural(t.lower(w))) {
                mark(cls, qStart, qEnd, i, METRIC, start, w + 1);
                return;
            }
        }
    }

    private static boolean isFunctionWord(final String w) {
        for (final String f : FUNCTION_WORDS) {
            if (f.equals(w)) {
                return true;
            }
        }
        return false;
    }

    private static void numberWord(final BulletContext c, final int i, final byte[] cls, final int[] qStart,
                                   final int[] qEnd) {
        final Tokens t = c.tokens;
        final String w = t.lower(i);
        if (w.equals("one") || w.equals("half")) {
            return;
        }
        if (unitAfter(c, i + 1, cls, qStart, qEnd, i, i) != NONE) {
            return;
        }
        if (w.endsWith("s") && t.isWord(i + 1, "of")) {
            mark(cls, qStart, qEnd, i, METRIC, i, Math.min(t.size(), i + 3));
        }
    }

    /** Classifies the number at i by the unit starting at token u; returns the class given, or NONE. */
    private static byte unitAfter(final BulletContext c, final int u, final byte[] cls, final int[] qStart,
                                  final int[] qEnd, final int i, final int start) {
        final Tokens t = c.tokens;
        final Matches m = c.matches;
        final int n = t.size();
        if (u >= n) {
            return NONE;
        }
        if (t.is(u, '-') && u + 1 < n && !t.spaceBefore(u) && !t.spaceBefore(u + 1) && t.kind(u + 1) == Tokens.WORD) {
            // compounds: "6-engineer team", "24-hour rotation", "3-node cluster"
            final long unit = m.startsAt(u + 1) | c.rules.lexicon.single(t.lower(u + 1) + "s");
            if (Category.METRIC_UNIT.in(unit)) {
                mark(cls, qStart, qEnd, i, METRIC, start, u + 2);
                return METRIC;
            }
            return NONE;
        }
        final long at = m.startsAt(u);
        if (Category.VANITY_UNIT.in(at) && !isCount(m, u)) {
            mark(cls, qStart, qEnd, i, VANITY, start, m.longestAt(u, Category.VANITY_UNIT));
            return VANITY;
        }
        if (Category.METRIC_UNIT.in(at) || Category.SCALE_WORD.in(at)) {
            mark(cls, qStart, qEnd, i, METRIC, start, extendUnit(m, unitEnd(m, t, u)));
            return METRIC;
        }
        if (t.kind(u) == Tokens.WORD && u + 1 < n && !t.isWord(u, "of") && !t.isWord(u, "to")
                && !t.isWord(u, "and") && !t.isWord(u, "in")) {
            final long next = m.startsAt(u + 1);
            if (Category.VANITY_UNIT.in(next) && !isCount(m, u + 1)) {
                mark(cls, qStart, qEnd, i, VANITY, start, m.longestAt(u + 1, Category.VANITY_UNIT));
                return VANITY;
            }
            if (Category.METRIC_UNIT.in(next) && !Category.MONTH.in(at)) {
                mark(cls, qStart, qEnd, i, METRIC, start, extendUnit(m, unitEnd(m, t, u + 1)));
                return METRIC;
            }
        }
        return NONE;
    }

    /** A word that is both a count noun and something else ("apis" is vanity, "requests" is a metric). */
    private static boolean isCount(final Matches m, final int u) {
        return Category.METRIC_UNIT.in(m.startsAt(u)) && m.longestAt(u, Category.METRIC_UNIT)
                > m.longestAt(u, Category.VANITY_UNIT);
    }

    private static int unitEnd(final Matches m, final Tokens t, final int u) {
        final int e = Math.max(m.longestAt(u, Category.METRIC_UNIT), m.longestAt(u, Category.SCALE_WORD));
        return e > 0 ? e : u + 1;
    }

    /** "2 million events per day": extend over units that follow a unit. */
    private static int extendUnit(final Matches m, final int end) {
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

    private static void patterns(final BulletContext c, final byte[] cls, final int[] qStart, final int[] qEnd) {
        final Tokens t = c.tokens;
        final int n = t.size();
        for (int k = 0; k < n; k++) {
            if (t.isWord(k, "from")) {
                final int a = nextQuantity(t, cls, k + 1, 4);
                if (a < 0) {
                    continue;
                }
                final int to = connector(t, Math.max(qEnd[a], a + 1), 3);
                if (to < 0) {
                    continue;
                }
                final int b = nextQuantity(t, cls, to + 1, 3);
                if (b >= 0) {
                    promote(cls, qStart, qEnd, a);
                    promote(cls, qStart, qEnd, b);
                    beforeAfter(c, t.start(k), t.end(qEnd[b] - 1));
                    quantified(c, t.start(k), t.end(qEnd[b] - 1));
                }
            } else if (cls[k] == METRIC && t.kind(k) == Tokens.NUMBER) {
                final int after = qEnd[k];
                final int to = after < n && (t.isWord(after, "to") || t.is(after, '→')) ? after
                        : after + 1 < n && t.is(after, '-') && t.is(after + 1, '>') ? after + 1 : -1;
                if (to >= 0) {
                    final int b = nextQuantity(t, cls, to + 1, 2);
                    if (b >= 0 && cls[b] == METRIC) {
                        beforeAfter(c, t.start(qStart[k]), t.end(qEnd[b] - 1));
                        quantified(c, t.start(qStart[k]), t.end(qEnd[b] - 1));
                    }
                }
                if (after < n && Category.COMPARATIVE.in(c.matches.startsAt(after))) {
                    quantified(c, t.start(qStart[k]), t.end(c.matches.longestAt(after, Category.COMPARATIVE) - 1));
                }
                if (k > 0 && byBefore(t, k) && byUnit(t, qEnd[k] - 1)) {
                    final int by = t.isWord(k - 1, "by") ? k - 1 : k - 2;
                    beforeAfter(c, t.start(by), t.end(qEnd[k] - 1));
                    quantified(c, t.start(by), t.end(qEnd[k] - 1));
                }
            }
        }
    }

    private static boolean byBefore(final Tokens t, final int k) {
        return t.isWord(k - 1, "by") || k > 1 && t.isWord(k - 2, "by") && (t.kind(k - 1) == Tokens.SYMBOL
                || t.isWord(k - 1, "over") || t.isWord(k - 1, "nearly") || t.isWord(k - 1, "about")
                || t.isWord(k - 1, "almost") || t.isWord(k - 1, "roughly") || t.isWord(k - 1, "around"));
    }

    private static boolean byUnit(final Tokens t, final int last) {
        final String u = t.lower(last);
        for (final String s : BY_UNITS) {
            if (s.equals(u)) {
                return true;
            }
        }
        return t.kind(last) == Tokens.NUMBER && last > 0 && t.kind(last - 1) == Tokens.SYMBOL;
    }

    private static int nextQuantity(final Tokens t, final byte[] cls, final int from, final int within) {
        for (int i = from; i < t.size() && i < from + within; i++) {
            if (t.is(i, ',') || t.is(i, ';') || t.is(i, '.')) {
                return -1;
            }
            if (t.kind(i) == Tokens.NUMBER && cls[i] != IGNORED) {
                return i;
            }
        }
        return -1;
    }

    private static int connector(final Tokens t, final int from, final int within) {
        for (int i = from; i < t.size() && i < from + within; i++) {
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

    private static void promote(final byte[] cls, final int[] qStart, final int[] qEnd, final int i) {
        if (cls[i] != METRIC) {
            cls[i] = METRIC;
            qStart[i] = i;
            qEnd[i] = Math.max(qEnd[i], i + 1);
        }
    }

    private static void beforeAfter(final BulletContext c, final int start, final int end) {
        if (!c.beforeAfter) {
            c.beforeAfter = true;
            c.beforeAfterStart = start;
            c.beforeAfterEnd = end;
        }
    }

    private static void quantified(final BulletContext c, final int start, final int end) {
        if (c.quantifiedStart < 0 || start < c.quantifiedStart) {
            c.quantifiedStart = start;
            c.quantifiedEnd = end;
        }
    }

    private static void mark(final byte[] cls, final int[] qStart, final int[] qEnd, final int i, final byte kind,
                             final int start, final int end) {
        cls[i] = kind;
        qStart[i] = start;
        qEnd[i] = Math.max(end, i + 1);
    }

    private static void ignore(final byte[] cls, final int from, final int to) {
        for (int i = from; i < to; i++) {
            if (cls[i] == NONE) {
                cls[i] = IGNORED;
            }
        }
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

    private static boolean isYear(final String s) {
        if (s.length() != 4) {
            return false;
        }
        for (int i = 0; i < 4; i++) {
            if (s.charAt(i) < '0' || s.charAt(i) > '9') {
                return false;
            }
        }
        final int v = Integer.parseInt(s);
        return v >= 1950 && v <= 2099;
    }

    private static boolean isMonthNumber(final String s) {
        return s.length() <= 2 && s.chars().allMatch(ch -> ch >= '0' && ch <= '9') && Integer.parseInt(s) >= 1
                && Integer.parseInt(s) <= 12;
    }

    private static boolean isPlural(final String w) {
        if (w.length() < 4 || !w.endsWith("s") || w.endsWith("ss") || w.endsWith("'s") || w.endsWith("’s")) {
            return false;
        }
        for (final String s : PLURAL_STOP) {
            if (s.equals(w)) {
                return false;
            }
        }
        return true;
    }
}
