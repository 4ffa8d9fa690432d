package org.resumepipeline.report.render;

import java.util.List;
import java.util.Map;
import org.resumepipeline.model.Contact;
import org.resumepipeline.model.DocumentResult;
import org.resumepipeline.model.Failure;
import org.resumepipeline.model.FailureReason;
import org.resumepipeline.model.Finding;
import org.resumepipeline.model.JobMatch;
import org.resumepipeline.model.ResumeDocument;
import org.resumepipeline.model.ScoredBullet;
import org.resumepipeline.model.ScoredRole;
import org.resumepipeline.model.Signal;
import org.resumepipeline.report.BatchAggregate;
import org.resumepipeline.report.BatchReport;

/** A small batch built from DocumentResult records: strong, fair, weak (overlapping spans, hostile text), failed. */
public final class ReportFixtures {
    public static final String BATCH = "spring-2025";
    public static final String STRONG_BULLET =
            "Cut p95 checkout latency from 900 ms to 200 ms by adding Redis caching to the orders API";
    /** WEAK_OPENER 0-9, PASSIVE 22-44 overlaps VAGUE 35-55. */
    public static final String OVERLAP_BULLET = "Worked on the backend services and improved performance";
    public static final String HOSTILE_BULLET = "<script>window.__pwned=1</script><img src=x onerror=\"window.__pwned=2\">"
            + " Led 'quotes' & ampersands";
    public static final String FAIR_FILE = "Smith, \"Jr\" resume.html";

    private ReportFixtures() {
    }

    public static DocumentResult strong() {
        final ScoredBullet b1 = new ScoredBullet(STRONG_BULLET, 95, "strong", List.of(),
                List.of(new Signal("ACTION_VERB", 0, 3), new Signal("METRIC", 30, 36), new Signal("BEFORE_AFTER", 25,
                        46), new Signal("MECHANISM", 57, 70), new Signal("SCOPE", 78, 88)));
        final ScoredBullet b2 = new ScoredBullet("I led the migration of 40 services to Kubernetes, cutting deploy time"
                + " by 60%", 78, "strong", List.of(new Finding("PRONOUN", "info", "First person pronoun", 0, 1,
                "Start with the verb: \"Led the migration ...\"")), List.of(new Signal("METRIC", 73, 76)));
        final ScoredRole role = new ScoredRole("Senior Backend Engineer", "Acme", "Jan 2021 - Present",
                List.of(b1, b2));
        return new DocumentResult(BATCH + "/aaa", "alice.pdf", DocumentResult.SCORED, null, "v1abc", 86, "strong", 1,
                new Contact("Alice Example", "alice@example.com", null, List.of("https://github.com/alice")),
                List.of(role), List.of("Java", "Kafka", "Redis"), List.of(),
                List.of(new Finding("NO_SECURITY_SIGNAL", "info", "No bullet mentions security", null, null,
                        "Add a bullet about authentication or input validation")),
                List.of(), BATCH, 1_000L, List.of(), Map.of("performance", true, "security", false),
                new JobMatch(List.of("java", "kafka", "redis", "go"), List.of("java", "kafka", "redis"),
                        List.of("kafka", "redis"), List.of("go"), 75), "x1");
    }

    public static DocumentResult fair() {
        final ScoredBullet b = new ScoredBullet("Migrated the billing jobs to Kafka Streams", 55, "fair",
                List.of(new Finding("NO_METRIC", "warn", "No quantity", null, null, "Add a number")), List.of());
        return new DocumentResult(BATCH + "/bbb", FAIR_FILE, DocumentResult.SCORED, null, "v1abc", 55, "fair", 2,
                null, List.of(new ScoredRole("Engineer", "Beta", "2019 - 2021", List.of(b))), List.of(), List.of(),
                List.of(), List.of("TWO_COLUMN"), BATCH, 2_000L, List.of(), Map.of(), null, "x1");
    }

    public static DocumentResult weak() {
        final ScoredBullet overlap = new ScoredBullet(OVERLAP_BULLET, 10, "weak", List.of(
                new Finding("WEAK_OPENER", "error", "Opens with an activity", 0, 9, "Open with what you did"),
                new Finding("PASSIVE", "info", "Reads as passive", 22, 44, "Say who did it"),
                new Finding("VAGUE", "warn", "Vague improvement", 35, 55, "Name the metric and the number"),
                new Finding("NO_METRIC", "warn", "No quantity", null, null, "Add a number")), List.of());
        final ScoredBullet hostile = new ScoredBullet(HOSTILE_BULLET, 20, "weak", List.of(
                new Finding("PLACEHOLDER", "error", "Looks like <b>markup</b>", 0, 8, "Remove \"tags\" & code"),
                new Finding("VAGUE", "warn", "Vague", 200, 300, "out of range span is clamped away")),
                List.of(new Signal("ACTION_VERB", 72, 75)));
        final ScoredRole role = new ScoredRole("Developer <i>", "Gamma & Sons", "2018", List.of(overlap, hostile));
        return new DocumentResult(BATCH + "/ccc", "bob<script>.docx", DocumentResult.SCORED, null, "v1abc", 31, "weak",
                1, null, List.of(role), List.of(), List.of(),
                List.of(new Finding("SECTION_ORDER", "info", "Experience is not first", null, null, "Move it up")),
                List.of(ResumeDocument.LOW_COVERAGE), BATCH, 3_000L, List.of(), Map.of(), null, "x1", 0.38);
    }

    public static DocumentResult encrypted() {
        return DocumentResult.failed(new Failure(BATCH + "/ddd", BATCH, "locked.pdf", "extract",
                FailureReason.ENCRYPTED, null, 4_000L));
    }

    public static List<DocumentResult> documents() {
        return List.of(encrypted(), weak(), strong(), fair());
    }

    public static BatchAggregate aggregate(final List<DocumentResult> docs) {
        BatchAggregate agg = BatchAggregate.empty(BATCH);
        for (final DocumentResult d : docs) {
            agg = agg.add(d);
        }
        return agg;
    }

    /** @return the batch report with a job description */
    public static BatchReport report() {
        return new BatchReport(BATCH, documents(), aggregate(documents()), "Backend engineer: Java, Kafka, Redis, Go");
    }

    /** @return the same batch without job description or job matches */
    public static BatchReport reportWithoutJob() {
        final List<DocumentResult> docs = documents().stream().map(ReportFixtures::withoutJobMatch).toList();
        return new BatchReport(BATCH, docs, aggregate(docs), null);
    }

    private static DocumentResult withoutJobMatch(final DocumentResult d) {
        return new DocumentResult(d.key(), d.file(), d.status(), d.failure(), d.rulesetVersion(), d.score(),
                d.grade(), d.pages(), d.contact(), d.roles(), d.skills(), d.education(), d.findings(), d.warnings(),
                d.batch(), d.uploadedAt(), d.projects(), d.signalCoverage(), null, d.extractorVersion(), d.coverage());
    }
}
