package org.resumepipeline.score;

import java.util.ArrayList;
import java.util.List;
import org.resumepipeline.model.Contact;
import org.resumepipeline.model.Education;
import org.resumepipeline.model.ResumeDocument;
import org.resumepipeline.model.ResumeText;
import org.resumepipeline.model.Role;
import org.resumepipeline.model.Section;
import org.resumepipeline.model.SectionKind;

/** A builder of test resumes, starting from a good one that fires no resume rule. */
final class Resumes {
    static final List<String> STRONG_BULLETS = List.of(
            "Cut checkout API p99 latency from 900 ms to 160 ms by caching PostgreSQL reads in Redis",
            "Added idempotency keys and retries with backoff to the payments API, preventing duplicate charges",
            "Moved service credentials to Vault with 24-hour rotation, removing secrets from 40 repositories",
            "Migrated 40 Java services to Kubernetes on AWS with Helm, cutting deploy time from 25 to 6 minutes");

    int pages = 1;
    Contact contact = new Contact("A. Person", "a@example.com", null, List.of("https://github.com/a"));
    String summary = "Backend engineer building payment APIs in Java and PostgreSQL";
    List<Section> sections = new ArrayList<>(List.of(section(SectionKind.CONTACT), section(SectionKind.SUMMARY),
            section(SectionKind.EXPERIENCE), section(SectionKind.PROJECTS), section(SectionKind.SKILLS),
            section(SectionKind.EDUCATION)));
    List<Role> roles = new ArrayList<>(List.of(
            new Role("Senior Engineer", "Acme", null, "Jan 2021 - Present", "2021-01", null, true, STRONG_BULLETS),
            new Role("Engineer", "Beta", null, "2016 - 2020", "2016", "2020", false, STRONG_BULLETS.subList(0, 3))));
    List<Role> projects = new ArrayList<>(List.of(new Role("Rate limiter", null, null, null, null, null, false,
            List.of("Built a token-bucket rate limiter in Go, holding p99 under 2 ms at 50k req/s"))));
    List<String> skills = new ArrayList<>(List.of("Java", "Go", "PostgreSQL", "Redis", "Kubernetes", "AWS"));
    List<Education> education = new ArrayList<>(List.of(new Education("BSc", "University", "2015")));
    long uploadedAt = 1_760_000_000_000L;

    ResumeText build() {
        return new ResumeText("b/1", "b", "cv.pdf", uploadedAt, "test-1",
                new ResumeDocument("pdf", pages, contact, summary, sections, roles, projects, skills, education,
                        List.of("TWO_COLUMN")));
    }

    static Section section(final SectionKind kind) {
        return new Section(kind, kind.name(), List.of());
    }
}
