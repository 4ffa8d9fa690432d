package org.resumepipeline.score;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.resumepipeline.model.Contact;
import org.resumepipeline.model.Education;
import org.resumepipeline.model.ResumeDocument;
import org.resumepipeline.model.ResumeText;
import org.resumepipeline.model.Role;
import org.resumepipeline.model.Section;
import org.resumepipeline.model.SectionKind;

/**
 * Deterministic synthetic bullets and resumes (15-35 word bullets, weak to strong) for benchmarks and property
 * tests. The same seed always gives the same data. Thread-safe (stateless).
 */
public final class SampleResumes {
    private static final String[] VERBS = {"Cut", "Migrated", "Designed", "Built", "Sharded", "Automated",
        "Worked on", "Responsible for", "Helped with", "Used", "Introduced", "Re-indexed", "Led", "Improved",
        "Reduced", "Owned", "Hardened", "Scaled"};
    private static final String[] SYSTEMS = {"the checkout API", "the orders table", "the billing pipeline",
        "the search cluster", "12 microservices", "the payments service", "the CI/CD pipeline",
        "the Kafka consumers", "the PostgreSQL database", "the login flow", "the data warehouse",
        "the notification workflow"};
    private static final String[] MECHANISMS = {"with a Redis read-through cache", "by adding idempotency keys",
        "with retries and exponential backoff", "by partitioning on customer id", "behind feature flags",
        "with a phased rollout and shadow traffic", "using Spring Boot 3 and Java 17", "with a dead-letter queue",
        "by batching writes", "with circuit breakers", "for various things", "using Terraform on AWS"};
    private static final String[] RESULTS = {"cutting p99 latency from 900 ms to 150 ms",
        "reducing cloud cost by 32%", "preventing duplicate charges when clients retried after timeouts",
        "raising throughput to 5k req/s", "saving 10 hours a week for 6 teams", "with zero downtime",
        "and wrote 20,000 lines of code", "in 2021", "to improve performance", "halving build times",
        "eliminating 3 classes of incidents per quarter", "so that support could resolve tickets without engineers"};
    private static final String[] SKILLS = {"Java", "Kotlin", "Python", "Go", "PostgreSQL", "Redis", "Kafka",
        "Kubernetes", "Docker", "AWS", "Terraform", "GraphQL", "Spark", "Airflow", "Elasticsearch", "React",
        "Communication", "Leadership"};

    private SampleResumes() {
    }

    /** @return n bullets generated from the seed */
    public static List<String> bullets(final long seed, final int n) {
        final SplittableRandom r = new SplittableRandom(seed);
        final List<String> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            out.add(bullet(r));
        }
        return out;
    }

    /** @return n bullets of 15 to 35 words (a typical experience bullet) generated from the seed */
    public static List<String> typicalBullets(final long seed, final int n) {
        final SplittableRandom r = new SplittableRandom(seed);
        final List<String> out = new ArrayList<>(n);
        while (out.size() < n) {
            final String b = bullet(r);
            final int words = b.split("\\s+").length;
            if (words >= 15 && words <= 35) {
                out.add(b);
            }
        }
        return out;
    }

    /** @return n resumes generated from the seed */
    public static List<ResumeText> resumes(final long seed, final int n) {
        final SplittableRandom r = new SplittableRandom(seed);
        final List<ResumeText> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            out.add(resume(r, i));
        }
        return out;
    }

    private static String bullet(final SplittableRandom r) {
        final String verb = pick(r, VERBS);
        final StringBuilder b = new StringBuilder(160).append(verb).append(' ').append(pick(r, SYSTEMS));
        if (r.nextInt(4) != 0) {
            b.append(' ').append(pick(r, MECHANISMS));
        }
        if (r.nextInt(3) != 0) {
            b.append(", ").append(pick(r, RESULTS));
        }
        if (r.nextInt(3) == 0) {
            b.append(" across ").append(1 + r.nextInt(40)).append(" regions during the migration");
        }
        return b.toString();
    }

    private static ResumeText resume(final SplittableRandom r, final int index) {
        final int roleCount = 1 + r.nextInt(4);
        final List<Role> roles = new ArrayList<>();
        int year = 2025;
        for (int i = 0; i < roleCount; i++) {
            final int start = year - 1 - r.nextInt(3);
            final List<String> bullets = new ArrayList<>();
            final int n = 2 + r.nextInt(6);
            for (int k = 0; k < n; k++) {
                bullets.add(bullet(r));
            }
            roles.add(new Role("Engineer " + i, "Company " + r.nextInt(100), null,
                    start + " - " + (i == 0 ? "Present" : Integer.toString(year)), Integer.toString(start),
                    i == 0 ? null : Integer.toString(year), i == 0, bullets));
            year = start;
        }
        final List<Role> projects = r.nextBoolean() ? List.of(new Role("Side project", null, null, null, null, null,
                false, List.of(bullet(r), bullet(r)))) : List.of();
        final List<String> skills = new ArrayList<>();
        final int skillCount = r.nextInt(SKILLS.length);
        for (int k = 0; k < skillCount; k++) {
            final String s = pick(r, SKILLS);
            if (!skills.contains(s)) {
                skills.add(s);
            }
        }
        final List<Section> sections = new ArrayList<>();
        sections.add(new Section(SectionKind.CONTACT, "", List.of()));
        if (r.nextBoolean()) {
            sections.add(new Section(SectionKind.SUMMARY, "Summary", List.of()));
        }
        final List<Section> rest = new ArrayList<>(List.of(new Section(SectionKind.EXPERIENCE, "Experience", List.of()),
                new Section(SectionKind.SKILLS, "Skills", List.of()),
                new Section(SectionKind.EDUCATION, "Education", List.of())));
        if (r.nextInt(4) == 0) {
            sections.add(rest.remove(2));
        }
        sections.addAll(rest);
        final Contact contact = new Contact("Candidate " + index, r.nextInt(5) == 0 ? null : "c" + index + "@example.com",
                null, r.nextBoolean() ? List.of("https://github.com/c" + index) : List.of());
        final String summary = r.nextBoolean() ? "Results-driven engineer, passionate team player"
                : "Backend engineer building payment APIs in Java and PostgreSQL";
        final ResumeDocument doc = new ResumeDocument("pdf", 1 + r.nextInt(3), contact, summary, sections, roles,
                projects, skills, List.of(new Education("BSc Computer Science", "University", "2015")),
                r.nextInt(6) == 0 ? List.of("TWO_COLUMN") : List.of());
        return new ResumeText("bench/" + index, "bench", "resume-" + index + ".pdf", 1_760_000_000_000L + index,
                "tika-3.3.1", doc);
    }

    private static String pick(final SplittableRandom r, final String[] values) {
        return values[r.nextInt(values.length)];
    }
}
