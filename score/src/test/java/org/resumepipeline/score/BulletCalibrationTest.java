package org.resumepipeline.score;

import static org.assertj.core.api.Assertions.assertThat;
import static org.resumepipeline.score.ScoredBullets.past;
import static org.resumepipeline.score.ScoredBullets.rules;
import static org.resumepipeline.score.ScoredBullets.signals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.resumepipeline.model.Finding;
import org.resumepipeline.model.ScoredBullet;

/** The scoring calibration of issue 19: quantity forms, the open action-verb rule and the grade gates. */
class BulletCalibrationTest {
    private static List<String> metricSpans(final ScoredBullet b) {
        return b.signals().stream().filter(s -> s.signal().equals("METRIC"))
                .map(s -> b.text().substring(s.start(), s.end())).toList();
    }

    @Test
    void shouldCountPlusCountsThousandsApproximationsCurrencyMultipliersAndRangesAsQuantities() {
        assertThat(metricSpans(past("Provisioned 4 VPC and 100+ subnets for the staging network")))
                .containsExactly("100+ subnets");
        assertThat(metricSpans(past("Managed 100+ servers across the data centre fleet"))).containsExactly("100+ servers");
        assertThat(metricSpans(past("Onboarded 10K+ merchants to the payments platform in a year")))
                .first().isEqualTo("10K+");
        assertThat(metricSpans(past("Cut the cloud bill by ~30% for the analytics platform"))).containsExactly("~30%");
        assertThat(metricSpans(past("Saved $1.2M a year by moving batch jobs to spot instances")))
                .first().asString().startsWith("$1.2M");
        assertThat(metricSpans(past("Made the nightly build 2x faster with a remote cache"))).containsExactly("2x");
        assertThat(metricSpans(past("Led squads of 3-5 engineers through the checkout rewrite")))
                .containsExactly("3-5 engineers");
        assertThat(metricSpans(past("Mentored teams of 3-5 through their first on-call rotations")))
                .containsExactly("3-5");
        assertThat(metricSpans(past("Rescued a 20-million-dollar project by applying physical scaling laws")))
                .containsExactly("20-million-dollar");
        for (final String text : List.of("Provisioned 4 VPC and 100+ subnets for the staging network",
                "Safely plan and execute delivery of 250+ packages daily")) {
            assertThat(rules(past(text))).as(text).doesNotContain("NO_METRIC");
        }
    }

    @Test
    void shouldStillIgnoreYearsVersionsAndAcademicYearRanges() {
        for (final String text : List.of("Migrated the orders service to Java 17+ and Spring Boot 3 in 2021",
                "Taught the distributed systems course in the 2019-20 academic year at the university",
                "Ran the 2018-2020 platform programme for the data teams")) {
            assertThat(signals(past(text))).as(text).doesNotContain("METRIC");
        }
    }

    @Test
    void shouldCreditBeforeAfterForByAndAnApproximation() {
        assertThat(signals(past("Reduced warehouse cost by over 40% by moving cold partitions to S3")))
                .contains("BEFORE_AFTER");
        assertThat(signals(past("Reduced build time by up to 3x with remote caching on Bazel")))
                .contains("BEFORE_AFTER");
    }

    @Test
    void shouldTreatAnyPastTenseVerbThatIsNotAWeakOpenerAsAnActionVerb() {
        for (final String verb : List.of("Provided", "Spearheaded", "Collaborated", "Made", "Took", "Gave",
                "Sold", "Brought", "Successfully provided")) {
            final ScoredBullet b = past(verb + " the search cluster for 12 teams with a phased rollout");
            assertThat(signals(b)).as(verb).contains("ACTION_VERB");
            assertThat(rules(b)).as(verb).doesNotContain("NO_ACTION_VERB");
            assertThat(b.findings()).extracting(Finding::message).noneMatch(m -> m.contains("not a known action verb"));
        }
    }

    @Test
    void shouldNotTreatWeakOpenersToolOpenersOrAdjectivesAsActionVerbs() {
        assertThat(rules(past("Assisted the team with the migration of the billing service"))).contains("WEAK_OPENER");
        assertThat(rules(past("Worked closely with designers on the checkout flow for mobile"))).contains("WEAK_OPENER");
        assertThat(rules(past("Served as desk editor for the weekly platform newsletter"))).contains("WEAK_OPENER");
        assertThat(rules(past("Collaborated with product teams to define and ship new features")))
                .contains("WEAK_OPENER");
        final ScoredBullet used = past("Used Kafka and Redis for asynchronous processing in the order service");
        assertThat(signals(used)).doesNotContain("ACTION_VERB");
        assertThat(rules(used)).contains("TOOL_ONLY", "NO_ACTION_VERB");
        assertThat(signals(past("Experienced backend engineer with payments and ledger systems")))
                .doesNotContain("ACTION_VERB");
        assertThat(signals(past("Design of new features and internal products for workflow automation")))
                .doesNotContain("ACTION_VERB");
    }

    @Test
    void shouldNeverGradeABulletWithoutMetricResultOrBeforeAfterStrong() {
        for (final String text : List.of(
                "Enabled data pipelines processing by provisioning and configuring Airflow",
                "Implemented retrospectives, pair programming, TDD, code reviews and trunk-based CI/CD with "
                        + "feature flags, canary releases and automated rollback across the platform services",
                "Continuously improved the infrastructure architecture of the platform services and Kubernetes "
                        + "clusters with Terraform, Helm and Argo CD canary deployments")) {
            final ScoredBullet b = past(text);
            assertThat(b.grade()).as(text).isNotEqualTo("strong");
            assertThat(b.score()).as(text).isLessThan(70);
        }
    }

    @Test
    void shouldGradeAnActionWithSpecificsFairAndAnActionWithAMeasuredResultStrong() {
        assertThat(past("Designed optics by manually tracing rays in Autodesk Inventor").grade()).isEqualTo("fair");
        assertThat(past("Built and deployed the service infrastructure on ECS with GitHub Actions and auto-scaling")
                .grade()).isEqualTo("fair");
        assertThat(past("Optimized application performance, reducing page load times by 30%.").grade())
                .isEqualTo("strong");
        assertThat(past("Designed sparse attention mechanism reducing transformer memory footprint by 4.2x").grade())
                .isEqualTo("strong");
        assertThat(past("Devised a new NLP algorithm in text classification that results in 10% accuracy increase")
                .grade()).isEqualTo("strong");
    }

    @Test
    void shouldGradeAListOfNamesWithoutActionMetricOrResultWeak() {
        assertThat(past("Tech stack: Python (Django, Flask, Celery), Docker, Kubernetes, MySQL, Redis and GCP")
                .grade()).isEqualTo("weak");
        assertThat(past("Built REST APIs using Spring Boot").grade()).isEqualTo("weak");
    }
}
