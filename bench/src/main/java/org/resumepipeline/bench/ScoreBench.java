package org.resumepipeline.bench;

import java.io.PrintStream;
import java.util.List;
import java.util.Locale;
import org.resumepipeline.model.ResumeText;
import org.resumepipeline.score.ResumeScorer;
import org.resumepipeline.score.SampleResumes;
import org.resumepipeline.score.Ruleset;

/**
 * A plain timed loop for {@code rp bench score}: bullets/s (15-35 word bullets) and resumes/s on one thread
 * with the default ruleset.
 * The JMH benchmark (profile {@code -Pbench}) gives the closing figures; this one needs no harness.
 */
public final class ScoreBench {
    private ScoreBench() {
    }

    /**
     * The figures of one run.
     *
     * @param bulletsPerSecond bullets scored per second on one thread
     * @param resumesPerSecond resumes scored per second on one thread (with a job description)
     * @param bullets          bullets scored in the measured phase
     * @param resumes          resumes scored in the measured phase
     */
    public record Figures(double bulletsPerSecond, double resumesPerSecond, long bullets, long resumes) {
    }

    /**
     * Warms up for a third of the time, then measures bullets for half of the rest and resumes for the other half.
     *
     * @param out     where to print the figures (one line each)
     * @param seconds total seconds to run, at least 1
     * @return the figures
     */
    public static Figures run(final PrintStream out, final int seconds) {
        final ResumeScorer scorer = new ResumeScorer(Ruleset.defaults());
        final List<String> bullets = SampleResumes.typicalBullets(42, 4096);
        final List<ResumeText> resumes = SampleResumes.resumes(42, 512);
        final String jd = "Backend engineer: Java or Kotlin, PostgreSQL, Kafka, Kubernetes on AWS, Terraform.";
        final long total = Math.max(1, seconds) * 1_000_000_000L;
        loopBullets(scorer, bullets, total / 6);
        loopResumes(scorer, resumes, jd, total / 6);
        final long[] b = loopBullets(scorer, bullets, total / 3);
        final long[] r = loopResumes(scorer, resumes, jd, total / 3);
        final Figures f = new Figures(b[0] * 1e9 / b[1], r[0] * 1e9 / r[1], b[0], r[0]);
        out.println(String.format(Locale.ROOT, "score.bullets_per_second %.0f", f.bulletsPerSecond()));
        out.println(String.format(Locale.ROOT, "score.resumes_per_second %.0f", f.resumesPerSecond()));
        return f;
    }

    private static long[] loopBullets(final ResumeScorer scorer, final List<String> bullets, final long nanos) {
        final long start = System.nanoTime();
        long n = 0;
        long sink = 0;
        long elapsed;
        do {
            for (int i = 0; i < 256; i++) {
                sink += scorer.scoreBullet(bullets.get((int) (n++ & 4095)), false).score();
            }
            elapsed = System.nanoTime() - start;
        } while (elapsed < nanos);
        return new long[] {n, elapsed, sink};
    }

    private static long[] loopResumes(final ResumeScorer scorer, final List<ResumeText> resumes, final String jd,
                                      final long nanos) {
        final long start = System.nanoTime();
        long n = 0;
        long sink = 0;
        long elapsed;
        do {
            for (int i = 0; i < 16; i++) {
                sink += scorer.score(resumes.get((int) (n++ & 511)), jd).score();
            }
            elapsed = System.nanoTime() - start;
        } while (elapsed < nanos);
        return new long[] {n, elapsed, sink};
    }
}
