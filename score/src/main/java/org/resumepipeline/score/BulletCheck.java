package org.resumepipeline.score;

/** One check of a bullet: reads the shared context, adds findings and signals. Stateless and thread-safe. */
interface BulletCheck {
    /** @param c the bullet being analysed */
    void apply(BulletContext c);
}
