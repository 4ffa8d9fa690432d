package org.resumepipeline.extract.worker;

import java.nio.charset.StandardCharsets;
import org.resumepipeline.extract.TikaResumeParser;

/**
 * A built-in fictional resume the worker reads before it reports ready, so the first real document does not pay for
 * class loading and Tika's lazy initialisation inside its time limit.
 */
final class WarmUp {
    private static final String SAMPLE = """
            Sam Example
            sam.example@example.com | (555) 555-0100

            Summary
            Engineer who builds dependable services.

            Experience
            Senior Engineer | Example Corp | Jan 2021 – Present
            • Cut p99 latency from 800 ms to 120 ms by caching prices.
            • Led the migration of 12 services to Kubernetes.
            Engineer | Sample Inc | Mar 2018 – Dec 2020
            • Built an idempotent payment API.

            Education
            B.S. Computer Science, Example University, 2014 – 2018

            Skills
            Java, Go, Kafka
            """;

    private WarmUp() {
    }

    /** Parses the sample {@code rounds} times; the outcome is ignored. */
    static void run(final TikaResumeParser parser, final int rounds) {
        final byte[] sample = SAMPLE.getBytes(StandardCharsets.UTF_8);
        for (int i = 0; i < rounds; i++) {
            parser.parse("warm-up.txt", sample);
        }
    }
}
