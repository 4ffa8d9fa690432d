package org.resumepipeline.score;

import java.util.List;
import org.resumepipeline.score.text.Category;
import org.resumepipeline.score.text.Tokens;

/**
 * WEAK_OPENER, NO_ACTION_VERB and the ACTION_VERB signal: how the bullet opens. The rule is open: any past-tense
 * verb (a known verb's past form, an irregular past from the ruleset, or any other word ending in -ed that the
 * not_verbs lexicon does not exclude) and any imperative (a known verb's base form: "Design ...", "Cut ...") is an
 * action verb, unless it is a weak opener or a tool opener (used, leveraged). Third-person and -ing forms count for
 * a current role only. A leading adverb ("Successfully migrated") is skipped, and "re-"/"co-" prefixes are
 * understood ("Re-indexed", "Co-led").
 */
final class OpenerCheck implements BulletCheck {
    private static final String[] PREFIXES = {"re-", "co-", "re", "pre-", "de-", "auto-"};
    private static final long VERBS = Category.ACTION_PAST.bit() | Category.ACTION_BASE.bit()
            | Category.ACTION_PRESENT.bit() | Category.ACTION_GERUND.bit();
    private static final int MIN_OPEN_PAST_LENGTH = 5;

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
        if (t.kind(f) == Tokens.WORD && t.lower(f).endsWith("ly") && f + 1 < t.size() && t.kind(f + 1) == Tokens.WORD
                && (verbMask(c, f + 1) != 0 || openPast(c, f + 1))) {
            f = f + 1;
        }
        final String word = c.quote(f, f + 1);
        if (Category.TOOL_OPENER.in(c.matches.startsAt(f))) {
            c.fire(BulletRule.NO_ACTION_VERB, c.startOf(f), c.endOf(f + 1), "'" + word
                            + "' names a tool, not what you did with it.",
                    "Open with what you built or changed: 'Moved ...', 'Cut ...', 'Designed ...'.");
            return;
        }
        final long verb = verbMask(c, f);
        // "Research experience in ...", "Design skills": a noun before its head, whatever the role's tense
        final boolean nounPhrase = f + 1 < t.size()
                && Category.NOUN_FOLLOWER.in(c.rules.lexicon.single(t.lower(f + 1)));
        final boolean imperative = Category.ACTION_BASE.in(verb) && !nounPhrase;
        if (Category.ACTION_PAST.in(verb) || imperative || openPast(c, f)
                || c.current && (Category.ACTION_PRESENT.in(verb) && !nounPhrase || Category.ACTION_GERUND.in(verb))) {
            c.opener = f;
            c.signal(SignalId.ACTION_VERB, c.startOf(f), c.endOf(f + 1));
        } else if (verb != 0 && !nounPhrase) {
            c.fire(BulletRule.NO_ACTION_VERB, c.startOf(f), c.endOf(f + 1), "'" + word
                            + "' is not past tense, and this role has ended.",
                    "Open with the past tense: '" + suggestPast(c, t.lower(f)) + " ...' (present tense is for a "
                            + "current role).");
        } else {
            c.fire(BulletRule.NO_ACTION_VERB, c.startOf(f), c.endOf(f + 1), "'" + word
                            + "' is not a known action verb.",
                    c.current ? "Open with a specific action verb: 'Own ...', 'Lead ...', 'Design ...', 'Cut ...'."
                            : "Open with a specific past-tense action verb: 'Designed ...', 'Migrated ...', "
                            + "'Cut ...', 'Automated ...'.");
        }
    }

    /** A word ending in -ed that no lexicon excludes: a past tense, known or not ("Provided", "Spearheaded"). */
    private static boolean openPast(final BulletContext c, final int i) {
        if (c.tokens.kind(i) != Tokens.WORD) {
            return false;
        }
        final String w = c.tokens.lower(i);
        if (w.length() < MIN_OPEN_PAST_LENGTH || !w.endsWith("ed") || !Character.isLetter(w.charAt(w.length() - 3))) {
            return false;
        }
        final long m = c.matches.startsAt(i) | c.rules.lexicon.single(w);
        return !Category.NOT_VERB.in(m) && !Category.TOOL_OPENER.in(m) && !Category.WEAK_OPENER.in(m);
    }

    private static long verbMask(final BulletContext c, final int i) {
        long m = c.matches.singleAt(i) & VERBS;
        if (m == 0 && c.tokens.kind(i) == Tokens.WORD) {
            final String w = c.tokens.lower(i);
            for (final String p : PREFIXES) {
                if (w.length() > p.length() + 2 && w.startsWith(p)) {
                    m = c.rules.lexicon.single(w.substring(p.length())) & VERBS;
                    if (m != 0) {
                        break;
                    }
                }
            }
        }
        return m;
    }

    private static String suggestPast(final BulletContext c, final String lower) {
        String base = lower;
        if (base.endsWith("ing") && base.length() > 5) {
            base = base.substring(0, base.length() - 3);
        } else if (base.endsWith("es") && base.length() > 4 && (base.endsWith("shes") || base.endsWith("ches")
                || base.endsWith("xes") || base.endsWith("sses"))) {
            base = base.substring(0, base.length() - 2);
        } else if (base.endsWith("s") && base.length() > 3 && !base.endsWith("ss")) {
            base = base.substring(0, base.length() - 1);
        }
        String past = Lexicon.past(base);
        for (final String candidate : List.of(base, base + "e")) {
            final List<String> irregular = c.rules.ruleset.irregularVerbs().get(candidate);
            if (irregular != null && !irregular.isEmpty()) {
                past = irregular.get(0);
                break;
            }
            if (Category.ACTION_BASE.in(c.rules.lexicon.single(candidate))) {
                past = Lexicon.past(candidate);
                break;
            }
        }
        return Character.toUpperCase(past.charAt(0)) + past.substring(1);
    }
}
