package org.resumepipeline.score;

import org.resumepipeline.score.text.Category;
import org.resumepipeline.score.text.Tokens;

/**
 * WEAK_OPENER, NO_ACTION_VERB and the ACTION_VERB signal: how the bullet opens. Past tense always counts;
 * present tense and -ing forms count for a current role only. A leading adverb ("Successfully migrated") is
 * skipped, and "re-"/"co-" prefixes are understood ("Re-indexed", "Co-led").
 */
final class OpenerCheck implements BulletCheck {
    private static final String[] PREFIXES = {"re-", "co-", "re", "pre-", "de-", "auto-"};

    @Override
    public void apply(final BulletContext c) {
        final Tokens t = c.tokens;
        int f = c.first;
        if (f < 0) {
            c.fire(BulletRule.NO_ACTION_VERB, 0, c.text.length(), "The bullet has no words.",
                    "Write what you did: 'Migrated ...', 'Cut ...', 'Designed ...'.");
            return;
        }
        final int weak = c.matches.longestAt(f, Category.WEAK_OPENER);
        if (weak > 0) {
            c.weakOpener = true;
            c.fire(BulletRule.WEAK_OPENER, c.startOf(f), c.endOf(weak), "Opens with '" + c.quote(f, weak)
                            + "', which describes an activity, not what you did.",
                    "Lead with what you did: 'Cut ...', 'Migrated ...', 'Designed ...', 'Automated ...'.");
            return;
        }
        long verb = verbMask(c, f);
        if (verb == 0 && t.kind(f) == Tokens.WORD && t.lower(f).endsWith("ly") && f + 1 < t.size()) {
            final long next = verbMask(c, f + 1);
            if (next != 0) {
                f = f + 1;
                verb = next;
            }
        }
        final String word = c.quote(f, f + 1);
        if (Category.ACTION_PAST.in(verb)
                || c.current && (Category.ACTION_PRESENT.in(verb) || Category.ACTION_GERUND.in(verb))) {
            c.signal(SignalId.ACTION_VERB, c.startOf(f), c.endOf(f + 1));
        } else if (verb != 0) {
            c.fire(BulletRule.NO_ACTION_VERB, c.startOf(f), c.endOf(f + 1), "'" + word
                            + "' is not past tense, and this role has ended.",
                    "Open with the past tense: '" + suggestPast(t.lower(f)) + " ...' (present tense is for a "
                            + "current role).");
        } else {
            c.fire(BulletRule.NO_ACTION_VERB, c.startOf(f), c.endOf(f + 1), "'" + word
                            + "' is not a known action verb.",
                    c.current ? "Open with a specific action verb: 'Own ...', 'Lead ...', 'Design ...', 'Cut ...'."
                            : "Open with a specific past-tense action verb: 'Designed ...', 'Migrated ...', "
                            + "'Cut ...', 'Automated ...'.");
        }
    }

    private static long verbMask(final BulletContext c, final int i) {
        final long verbs = Category.ACTION_PAST.bit() | Category.ACTION_PRESENT.bit() | Category.ACTION_GERUND.bit();
        long m = c.matches.singleAt(i) & verbs;
        if (m == 0 && c.tokens.kind(i) == Tokens.WORD) {
            final String w = c.tokens.lower(i);
            for (final String p : PREFIXES) {
                if (w.length() > p.length() + 2 && w.startsWith(p)) {
                    m = c.rules.lexicon.single(w.substring(p.length())) & verbs;
                    if (m != 0) {
                        break;
                    }
                }
            }
        }
        return m;
    }

    private static String suggestPast(final String lower) {
        String base = lower;
        if (base.endsWith("ing") && base.length() > 5) {
            base = base.substring(0, base.length() - 3);
        } else if (base.endsWith("es") && base.length() > 4 && (base.endsWith("shes") || base.endsWith("ches")
                || base.endsWith("xes") || base.endsWith("sses"))) {
            base = base.substring(0, base.length() - 2);
        } else if (base.endsWith("s") && base.length() > 3 && !base.endsWith("ss")) {
            base = base.substring(0, base.length() - 1);
        }
        final String past = switch (base) {
            case "lead" -> "led";
            case "own" -> "owned";
            case "build" -> "built";
            case "run" -> "ran";
            case "drive" -> "drove";
            case "write" -> "wrote";
            default -> Lexicon.past(base);
        };
        return Character.toUpperCase(past.charAt(0)) + past.substring(1);
    }
}
