package org.resumepipeline.score;

import org.resumepipeline.score.text.Category;
import org.resumepipeline.score.text.Tokens;

/** PASSIVE: was/were/been/is + past participle (an adverb may sit between), and "by me". */
final class PassiveCheck implements BulletCheck {
    @Override
    public void apply(final BulletContext c) {
        final Tokens t = c.tokens;
        for (int i = 0; i < t.size(); i++) {
            if (t.isWord(i, "by") && t.isWord(i + 1, "me")) {
                fire(c, i, i + 2);
                continue;
            }
            if (!Category.PASSIVE_AUX.in(c.matches.singleAt(i))) {
                continue;
            }
            int j = i + 1;
            if (j < t.size() && t.kind(j) == Tokens.WORD && (t.lower(j).endsWith("ly") || t.isWord(j, "not")
                    || t.isWord(j, "also") || t.isWord(j, "then"))) {
                j++;
            }
            if (j < t.size() && t.kind(j) == Tokens.WORD && (Category.PARTICIPLE.in(c.matches.singleAt(j))
                    || t.lower(j).length() >= 5 && t.lower(j).endsWith("ed"))) {
                fire(c, i, j + 1);
                i = j;
            }
        }
    }

    private static void fire(final BulletContext c, final int from, final int to) {
        c.fire(BulletRule.PASSIVE, c.startOf(from), c.endOf(to), "Passive '" + c.quote(from, to)
                + "' hides who did it.", "Use the active voice and lead with your verb: 'Migrated ...', 'Built ...'.");
    }
}
