package org.resumepipeline.score;

import org.resumepipeline.score.text.Category;
import org.resumepipeline.score.text.Tokens;

/** PLACEHOLDER: template leftovers from the lexicon ([N], XX%, TBD, ???, lorem) and any short [bracketed] word. */
final class PlaceholderCheck implements BulletCheck {
    private static final String MESSAGE = "' is an unfilled placeholder.";
    private static final String SUGGESTION = "Replace it with the real figure or name, or remove the claim.";

    @Override
    public void apply(final BulletContext c) {
        final Tokens t = c.tokens;
        int covered = -1;
        for (int i = 0; i < t.size(); i++) {
            if (i < covered) {
                continue;
            }
            int end = c.matches.longestAt(i, Category.PLACEHOLDER);
            if (end < 0 && (t.is(i, '[') || t.is(i, '{'))) {
                final char close = t.is(i, '[') ? ']' : '}';
                for (int j = i + 1; j < t.size() && j <= i + 4; j++) {
                    if (t.is(j, close)) {
                        end = j > i + 1 ? j + 1 : -1;
                        break;
                    }
                }
            }
            if (end > 0) {
                c.fire(BulletRule.PLACEHOLDER, c.startOf(i), c.endOf(end), "'" + c.quote(i, end) + MESSAGE,
                        SUGGESTION);
                covered = end;
            }
        }
    }
}
