package org.resumepipeline.bench;

import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.resumepipeline.model.DocumentResult;
import org.resumepipeline.model.ResumeText;
import org.resumepipeline.model.ScoredBullet;
import org.resumepipeline.score.ResumeScorer;
import org.resumepipeline.score.SampleResumes;
import org.resumepipeline.score.Ruleset;

/**
 * JMH throughput of the scorer on one thread: bullets/s over 15-35 word bullets and resumes/s (with a job
 * description). Run with {@code mvn -pl bench -Pbench test-compile exec:exec} (after installing the stages).
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class ScoreJmh {
    private static final String JD = "Backend engineer: Java or Kotlin, PostgreSQL, Kafka, Kubernetes on AWS, Terraform.";

    private ResumeScorer scorer;
    private List<String> bullets;
    private List<ResumeText> resumes;
    private int next;

    @Setup
    public void setup() {
        scorer = new ResumeScorer(Ruleset.defaults());
        bullets = SampleResumes.typicalBullets(42, 4096);
        resumes = SampleResumes.resumes(42, 512);
    }

    @Benchmark
    public ScoredBullet bullet() {
        return scorer.scoreBullet(bullets.get(next++ & 4095), false);
    }

    @Benchmark
    public DocumentResult resume() {
        return scorer.score(resumes.get(next++ & 511), JD);
    }
}
