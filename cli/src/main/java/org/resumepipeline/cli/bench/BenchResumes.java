package org.resumepipeline.cli.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Random;

/** Generates distinct synthetic Markdown resumes for benchmarks (invented people and companies). */
public final class BenchResumes {
    private static final String[] VERBS = {"Cut", "Migrated", "Sharded", "Introduced", "Automated", "Reduced",
        "Worked on", "Responsible for", "Helped with", "Designed"};
    private static final String[] SYSTEMS = {"checkout API", "billing pipeline", "search cluster", "auth service",
        "event bus", "ledger database", "deploy workflow", "metrics platform"};
    private static final String[] MECHANISMS = {"a Redis read-through cache", "idempotency keys", "partitioning by tenant",
        "retries with backoff", "a canary rollout", "batching writes", "dead-letter handling"};

    private BenchResumes() {
    }

    public static void write(final Path dir, final int n) throws IOException {
        final Random random = new Random(42);
        for (int i = 0; i < n; i++) {
            final StringBuilder b = new StringBuilder();
            b.append("# Candidate ").append(i).append("\n\ncandidate").append(i)
                    .append("@example.com | github.com/candidate").append(i).append("\n\n## Experience\n\n");
            for (int role = 0; role < 2; role++) {
                b.append("### Backend Engineer, Example Corp ").append(i % 17).append(" — ")
                        .append(role == 0 ? "Jan 2021 – Present" : "Mar 2017 – Dec 2020").append("\n\n");
                for (int k = 0; k < 4; k++) {
                    b.append(String.format(Locale.ROOT, "- %s the %s with %s, lowering p99 latency from %d ms to %d ms%n",
                            VERBS[random.nextInt(VERBS.length)], SYSTEMS[random.nextInt(SYSTEMS.length)],
                            MECHANISMS[random.nextInt(MECHANISMS.length)], 200 + random.nextInt(800),
                            20 + random.nextInt(150)));
                }
                b.append('\n');
            }
            b.append("## Skills\n\nJava, Go, PostgreSQL, Redis, Kafka, Kubernetes, Terraform\n\n")
                    .append("## Education\n\nB.Sc. Computer Science, Example University, 2012 – 2016\n");
            Files.writeString(dir.resolve(String.format(Locale.ROOT, "candidate-%05d.md", i)), b.toString(),
                    StandardCharsets.UTF_8);
        }
    }
}
