package org.resumepipeline.score;

/** One resume-level check: reads the shared context, adds findings. Stateless and thread-safe. */
interface ResumeCheck {
    /** @param c the resume being scored */
    void apply(ResumeContext c);
}
