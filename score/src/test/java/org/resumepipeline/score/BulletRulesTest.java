package org.resumepipeline.score;

import static org.assertj.core.api.Assertions.assertThat;
import static org.resumepipeline.score.ScoredBullets.past;
import static org.resumepipeline.score.ScoredBullets.rules;
import static org.resumepipeline.score.ScoredBullets.scored;
import static org.resumepipeline.score.ScoredBullets.signals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.resumepipeline.model.Finding;
import org.resumepipeline.model.ScoredBullet;

class BulletRulesTest {
    private static String span(final ScoredBullet b, final String rule) {
        final Finding f = b.findings().stream().filter(x -> x.rule().equals(rule)).findFirst().orElseThrow();
        return b.text().substring(f.start(), f.end());
    }

    @Test
    void shouldFireWeakOpenerOnResponsibleFor() {
        final ScoredBullet b = past("Responsible for the payments database and its nightly backup jobs");
        assertThat(rules(b)).contains("WEAK_OPENER").doesNotContain("NO_ACTION_VERB");
        assertThat(span(b, "WEAK_OPENER")).isEqualTo("Responsible for");
        assertThat(signals(b)).doesNotContain("ACTION_VERB");
        assertThat(b.findings()).filteredOn(f -> f.rule().equals("WEAK_OPENER"))
                .allSatisfy(f -> assertThat(f.suggestion()).contains("Lead with what you did"));
    }

    @Test
    void shouldNotFireWeakOpenerOnActionVerb() {
        assertThat(rules(past("Designed the orders REST API with cursor pagination for 30 partner teams")))
                .doesNotContain("WEAK_OPENER");
    }

    @Test
    void shouldFireWeakOpenerOnHelpedWorkedOnAndParticipatedIn() {
        assertThat(rules(past("Helped with the migration of the billing service to AWS"))).contains("WEAK_OPENER");
        assertThat(rules(past("Worked on the backend services of the checkout flow"))).contains("WEAK_OPENER");
        assertThat(rules(past("Participated in the redesign of the order pipeline"))).contains("WEAK_OPENER");
    }

    @Test
    void shouldFireNoActionVerbWhenTheFirstWordIsNotAVerb() {
        final ScoredBullet b = past("Database migration from MySQL to PostgreSQL for the orders service");
        assertThat(rules(b)).contains("NO_ACTION_VERB");
        assertThat(span(b, "NO_ACTION_VERB")).isEqualTo("Database");
    }

    @Test
    void shouldCountThirdPersonAndIngFormsOnlyForACurrentRoleAndImperativesForAny() {
        // issue 19: an imperative at the start is an action verb whatever the role ("Own ...", "Save 70% ...")
        final String text = "Own the billing pipeline processing 2M events per day with exactly-once delivery";
        assertThat(signals(scored(text, true))).contains("ACTION_VERB");
        assertThat(rules(scored(text, true))).doesNotContain("NO_ACTION_VERB");
        assertThat(signals(scored(text, false))).contains("ACTION_VERB");
        final String third = "Owns the billing pipeline processing 2M events per day with exactly-once delivery";
        assertThat(rules(scored(third, false))).contains("NO_ACTION_VERB");
        assertThat(scored(third, false).findings()).filteredOn(f -> f.rule().equals("NO_ACTION_VERB"))
                .singleElement().satisfies(f -> assertThat(f.suggestion()).contains("'Owned ...'"));
        assertThat(rules(scored("Building the billing pipeline for 2M events per day", false)))
                .contains("NO_ACTION_VERB");
        assertThat(signals(scored("Lead a team of 5 engineers rebuilding the search platform", true)))
                .contains("ACTION_VERB");
        assertThat(signals(scored("Design the event schema for the usage pipeline at 3B events/day",
                true))).contains("ACTION_VERB");
        assertThat(signals(scored("Designs the event schema for the usage pipeline at 3B events/day",
                true))).contains("ACTION_VERB");
    }

    @Test
    void shouldReadAVerbBeforeExperienceOrSkillsAsANounInACurrentRoleToo() {
        final String text = "Research experience in close contact with PhD students, professors and their activities";
        for (final boolean current : new boolean[] {true, false}) {
            assertThat(signals(scored(text, current))).as("current role: " + current).doesNotContain("ACTION_VERB");
            assertThat(scored(text, current).findings()).filteredOn(f -> f.rule().equals("NO_ACTION_VERB"))
                    .singleElement().satisfies(f -> assertThat(f.message()).contains("not a known action verb"));
        }
    }

    @Test
    void shouldTreatCutHalvedShardedAndReindexedAsActionVerbs() {
        for (final String verb : List.of("Cut", "Halved", "Sharded", "Re-indexed", "Led", "Rebuilt", "Co-led",
                "Shipped", "Sped")) {
            assertThat(signals(past(verb + " the search cluster for 12 teams with a phased rollout")))
                    .as(verb).contains("ACTION_VERB");
        }
    }

    @Test
    void shouldFireToolOnlyWhenUsedLeadsToToolsAndNoResult() {
        final ScoredBullet b = past("Used Kafka and Redis for asynchronous processing in the order service");
        assertThat(rules(b)).contains("TOOL_ONLY");
        assertThat(span(b, "TOOL_ONLY")).isEqualTo("Used Kafka");
    }

    @Test
    void shouldNotFireToolOnlyWhenAResultFollows() {
        assertThat(rules(past("Used Kafka to decouple order events, cutting checkout latency from 900 ms to 200 ms")))
                .doesNotContain("TOOL_ONLY");
    }

    @Test
    void shouldFireNoMetricWhenNumbersAreYearsVersionsDatesOrPhones() {
        for (final String text : List.of(
                "Migrated the orders service to Java 17 and Spring Boot 3 in 2021",
                "Upgraded the data jobs from Python 3.8 to Python 3.11 in March 2022",
                "Moved the support hotline 555-123-4567 into the Twilio contact flow",
                "Released version 2.4.1 of the SDK on 03/2021 for the mobile team")) {
            final ScoredBullet b = past(text);
            assertThat(rules(b)).as(text).contains("NO_METRIC");
            assertThat(signals(b)).as(text).doesNotContain("METRIC");
        }
    }

    @Test
    void shouldCreditMetricForNumbersWithUnitsOrScale() {
        for (final String text : List.of("Cut p99 latency to 120ms on the checkout API",
                "Reduced cloud cost by 32% on the data platform", "Scaled ingestion to 2M events per day",
                "Saved $400k a year in hardware spend", "Served 5k req/s from one cluster", "Migrated 40 services",
                "Halved deploy time for the payments team", "Stored 14 TB of order history")) {
            assertThat(signals(past(text))).as(text).contains("METRIC");
            assertThat(rules(past(text))).as(text).doesNotContain("NO_METRIC");
        }
    }

    @Test
    void shouldFireVanityMetricWhenOnlyEffortIsCounted() {
        final ScoredBullet b = past("Wrote 20,000 lines of code and 40 endpoints for the order service");
        assertThat(rules(b)).contains("VANITY_METRIC").doesNotContain("NO_METRIC");
        assertThat(signals(b)).doesNotContain("METRIC");
        assertThat(span(b, "VANITY_METRIC")).isEqualTo("20,000 lines of code");
        assertThat(rules(past("Closed 120 Jira tickets and merged 300 commits in the billing repository")))
                .contains("VANITY_METRIC");
    }

    @Test
    void shouldNotFireVanityMetricWhenAnEffectIsMeasured() {
        assertThat(rules(past("Cut open support tickets from 400 to 50 a week by fixing the retry logic")))
                .doesNotContain("VANITY_METRIC");
    }

    @Test
    void shouldFireNoResultOnAnActivityDescription() {
        assertThat(rules(past("Designed and built a REST API for order management using Spring Boot")))
                .contains("NO_RESULT");
    }

    @Test
    void shouldAcceptAResultWithoutANumberWhenItNamesThePreventedFailure() {
        final ScoredBullet b = past("Added idempotency keys to the payments API, preventing duplicate charges when "
                + "clients retried after timeouts");
        assertThat(rules(b)).doesNotContain("NO_RESULT").contains("NO_METRIC");
        assertThat(signals(b)).contains("RESULT", "MECHANISM", "SCOPE", "ACTION_VERB");
        assertThat(b.grade()).isEqualTo("strong");
    }

    @Test
    void shouldCreditBeforeAfterForFromXToYAndByNPercent() {
        assertThat(signals(past("Cut p95 query time from 1.2 s to 180 ms by sharding the orders table")))
                .contains("BEFORE_AFTER", "METRIC", "RESULT");
        assertThat(signals(past("Reduced warehouse cost by 38% by moving cold partitions to S3")))
                .contains("BEFORE_AFTER");
        assertThat(signals(past("Migrated the orders table from Java 8 to Java 17 services")))
                .doesNotContain("BEFORE_AFTER");
    }

    @Test
    void shouldFireVagueOnVagueImprovementWithoutANumber() {
        final ScoredBullet b = past("Improved performance of various services in the platform team");
        assertThat(rules(b)).contains("VAGUE");
        assertThat(b.findings()).filteredOn(f -> f.rule().equals("VAGUE")).hasSizeGreaterThanOrEqualTo(2);
    }

    @Test
    void shouldNotFireVagueWhenTheImprovementIsMeasured() {
        assertThat(rules(past("Improved search p95 from 1.2 s to 300 ms by adding a covering index")))
                .doesNotContain("VAGUE");
    }

    @Test
    void shouldFireBuzzwordOnEmptyPhrases() {
        final ScoredBullet b = past("Results-driven team player who drove synergy across the platform teams");
        assertThat(b.findings()).filteredOn(f -> f.rule().equals("BUZZWORD")).hasSize(3);
        assertThat(rules(past("Sharded the orders table by customer id, cutting p95 from 1.2 s to 180 ms")))
                .doesNotContain("BUZZWORD");
    }

    @Test
    void shouldFirePlaceholderOnUnfilledTemplates() {
        for (final String text : List.of("Cut checkout latency by XX% with a Redis cache on the API",
                "Reduced cost by [N] dollars by moving batch jobs to spot instances",
                "Migrated TBD services to Kubernetes with Helm charts and Argo CD",
                "Scaled the pipeline to ??? events per day with partitioning")) {
            assertThat(rules(past(text))).as(text).contains("PLACEHOLDER");
        }
        assertThat(rules(past("Cut checkout latency by 35% with a Redis cache on the API")))
                .doesNotContain("PLACEHOLDER");
    }

    @Test
    void shouldFirePronounOnFirstPerson() {
        final ScoredBullet b = past("I migrated our billing jobs to Airflow, cutting failures by 80%");
        assertThat(b.findings()).filteredOn(f -> f.rule().equals("PRONOUN")).extracting(f -> b.text()
                .substring(f.start(), f.end())).containsExactly("I", "our");
        assertThat(rules(past("Migrated the billing jobs to Airflow, cutting failures by 80%")))
                .doesNotContain("PRONOUN");
    }

    @Test
    void shouldFirePassiveOnWasPlusParticipleAndByMe() {
        final ScoredBullet b = past("The billing pipeline was migrated to Kafka by me over two quarters");
        assertThat(b.findings()).filteredOn(f -> f.rule().equals("PASSIVE")).hasSize(2);
        assertThat(span(b, "PASSIVE")).isEqualTo("was migrated");
        assertThat(rules(past("Migrated the billing pipeline to Kafka over two quarters with dual writes")))
                .doesNotContain("PASSIVE");
    }

    @Test
    void shouldFireTooShortBelowEightWords() {
        assertThat(rules(past("Built REST APIs"))).contains("TOO_SHORT");
        assertThat(rules(past("Built REST APIs for the partner portal in Go"))).doesNotContain("TOO_SHORT");
    }

    @Test
    void shouldFireTooLongAboveFortyFiveWords() {
        final String longText = "Designed and built " + "the new service and ".repeat(12) + "the database";
        assertThat(rules(past(longText))).contains("TOO_LONG");
        assertThat(rules(past("Designed the new orders service in Go with a PostgreSQL outbox")))
                .doesNotContain("TOO_LONG");
    }

    @Test
    void shouldReportFindingsSortedWithSpansInsideTheText() {
        final ScoredBullet b = past("I was responsible for various things like deployments etc. [N]");
        assertThat(b.findings()).isNotEmpty().allSatisfy(f -> {
            assertThat(f.start()).isBetween(0, b.text().length());
            assertThat(f.end()).isBetween(f.start(), b.text().length());
            assertThat(f.severity()).isIn("error", "warn", "info");
            assertThat(f.suggestion()).isNotBlank();
            assertThat(f.message()).isNotBlank();
        });
        assertThat(b.findings()).isSortedAccordingTo(BulletAnalyzer.FINDING_ORDER);
        assertThat(b.signals()).isSortedAccordingTo(BulletAnalyzer.SIGNAL_ORDER);
    }

    @Test
    void shouldGradeByTheCatalogueThresholds() {
        assertThat(ResumeScorer.grade(70)).isEqualTo("strong");
        assertThat(ResumeScorer.grade(69)).isEqualTo("fair");
        assertThat(ResumeScorer.grade(40)).isEqualTo("fair");
        assertThat(ResumeScorer.grade(39)).isEqualTo("weak");
    }

    @Test
    void shouldClampScoresToZeroAndHundred() {
        assertThat(past("Helped").score()).isZero();
        assertThat(past("Cut checkout API p99 latency from 900 ms to 150 ms by adding a Redis read-through cache")
                .score()).isEqualTo(100);
    }

    @Test
    void shouldScoreEmptyAndNullBulletsWithoutFailing() {
        assertThat(past("").grade()).isEqualTo("weak");
        assertThat(scored(null, false).text()).isEmpty();
        assertThat(past("   - • ").score()).isZero();
    }
}
