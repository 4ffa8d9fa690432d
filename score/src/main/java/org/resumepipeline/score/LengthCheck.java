package org.resumepipeline.score;

/** TOO_SHORT and TOO_LONG, counted in words and numbers. */
final class LengthCheck implements BulletCheck {
    @Override
    public void apply(final BulletContext c) {
        final int words = c.tokens.wordCount();
        final Thresholds th = c.rules.thresholds;
        if (words < th.tooShortWords()) {
            c.fire(BulletRule.TOO_SHORT, 0, c.text.length(), "Only " + Sentences.count(words, "word")
                            + ": too little to show the system, the decision and the result.",
                    "Add the system you touched, the technical decision and the result it had.");
        } else if (words > th.tooLongWords()) {
            c.fire(BulletRule.TOO_LONG, 0, c.text.length(), "At " + words + " words, the bullet reads as a paragraph.",
                    "Keep one achievement per bullet, at most " + th.tooLongWords()
                            + " words (about two lines); move the rest to another bullet.");
        }
    }
}
