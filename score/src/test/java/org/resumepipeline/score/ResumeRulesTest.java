package org.resumepipeline.score;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.resumepipeline.model.DocumentResult;
import org.resumepipeline.model.Finding;
import org.resumepipeline.model.JobMatch;
import org.resumepipeline.model.Role;
import org.resumepipeline.model.SectionKind;

class ResumeRulesTest {
    private static final ResumeScorer SCORER = new ResumeScorer(Ruleset.defaults());

    private static List<String> rules(final Resumes r) {
        return SCORER.score(r.build(), null).findings().stream().map(Finding::rule).toList();
    }

    @Test
    void shouldFireNoResumeRuleOnAGoodResume() {
        final DocumentResult d = SCORER.score(new Resumes().build(), null);
        assertThat(d.findings()).isEmpty();
        assertThat(d.grade()).isEqualTo("strong");
    }

    @Test
    void shouldFireSectionMissingAsErrorWithoutExperienceAndWarnWithoutSkills() {
        final Resumes r = new Resumes();
        r.roles.clear();
        r.sections.removeIf(s -> s.kind() == SectionKind.EXPERIENCE || s.kind() == SectionKind.SKILLS);
        r.skills.clear();
        final List<Finding> f = SCORER.score(r.build(), null).findings().stream()
                .filter(x -> x.rule().equals("SECTION_MISSING")).toList();
        assertThat(f).extracting(Finding::severity).containsExactlyInAnyOrder("error", "warn");
        assertThat(f).allSatisfy(x -> assertThat(x.start()).isNull());
    }

    @Test
    void shouldFireSectionOrderWhenEducationComesFirst() {
        final Resumes r = new Resumes();
        Collections.swap(r.sections, 2, 5);
        assertThat(rules(r)).contains("SECTION_ORDER");
        assertThat(rules(new Resumes())).doesNotContain("SECTION_ORDER");
    }

    @Test
    void shouldFireBulletsPerRoleWhenTheRecentRoleHasTwoBulletsOrAnyRoleNine() {
        final Resumes few = new Resumes();
        few.roles.set(0, role(few.roles.get(0), Resumes.STRONG_BULLETS.subList(0, 2)));
        assertThat(rules(few)).contains("BULLETS_PER_ROLE");
        final Resumes many = new Resumes();
        final List<String> nine = new ArrayList<>();
        for (int i = 0; i < 9; i++) {
            nine.add(Resumes.STRONG_BULLETS.get(i % 4));
        }
        many.roles.set(1, role(many.roles.get(1), nine));
        assertThat(rules(many)).contains("BULLETS_PER_ROLE");
    }

    @Test
    void shouldFireLowQuantifiedShareWhenFewBulletsCarryAMetric() {
        final Resumes r = new Resumes();
        final List<String> plain = List.of("Worked on the backend services", "Responsible for the database",
                "Used Kafka for asynchronous processing");
        r.roles.set(0, role(r.roles.get(0), plain));
        r.roles.set(1, role(r.roles.get(1), plain));
        assertThat(rules(r)).contains("LOW_QUANTIFIED_SHARE");
    }

    @Test
    void shouldFireOneSkillUnbackedFindingListingTheSkillsNoBulletUses() {
        // issue 19: one finding per resume (it was one per skill), the first few named and the count given
        final Resumes r = new Resumes();
        r.skills.add("Cassandra");
        r.skills.add("Event storming");
        final List<Finding> f = SCORER.score(r.build(), null).findings().stream()
                .filter(x -> x.rule().equals("SKILL_UNBACKED")).toList();
        assertThat(f).singleElement().satisfies(x -> assertThat(x.message()).isEqualTo(
                "2 skills listed in Skills appear in no experience or project bullet: 'Cassandra' and "
                        + "'Event storming'."));
    }

    @Test
    void shouldNameAHandfulOfUnbackedSkillsAndCountTheRest() {
        final Resumes r = new Resumes();
        for (int i = 1; i <= 12; i++) {
            r.skills.add("Tool" + i);
        }
        final DocumentResult d = SCORER.score(r.build(), null);
        assertThat(d.findings()).filteredOn(x -> x.rule().equals("SKILL_UNBACKED")).singleElement()
                .satisfies(x -> assertThat(x.message()).startsWith("12 skills listed in Skills")
                        .contains("'Tool5'").doesNotContain("'Tool6'").endsWith("and 7 more."));
        final Resumes one = new Resumes();
        one.skills.add("Cassandra");
        assertThat(SCORER.score(one.build(), null).findings()).filteredOn(x -> x.rule().equals("SKILL_UNBACKED"))
                .singleElement().satisfies(x -> assertThat(x.message()).isEqualTo(
                        "1 skill listed in Skills appears in no experience or project bullet: 'Cassandra'."));
        // the weight still counts per unbacked skill (up to max_penalty): twelve cost more than one
        assertThat(d.score()).isLessThan(SCORER.score(one.build(), null).score());
    }

    @Test
    void shouldBackASkillThroughItsAlias() {
        final Resumes r = new Resumes();
        r.skills.add("K8s");
        r.skills.add("Postgres");
        assertThat(rules(r)).doesNotContain("SKILL_UNBACKED");
    }

    @Test
    void shouldFireSkillsDumpAboveThirtySkills() {
        final Resumes r = new Resumes();
        for (int i = 0; i < 30; i++) {
            r.skills.add("Skill " + i);
        }
        assertThat(rules(r)).contains("SKILLS_DUMP");
    }

    @Test
    void shouldFireStackIncompleteWithoutADatastore() {
        final Resumes r = new Resumes();
        r.summary = null;
        r.skills.clear();
        r.skills.add("Java");
        r.skills.add("Kubernetes");
        r.roles.clear();
        r.roles.add(new Role("Engineer", "Acme", null, null, "2020-01", null, true, List.of(
                "Migrated 40 Java services to Kubernetes, cutting deploy time from 25 to 6 minutes",
                "Added retries with backoff to the billing client, raising success from 97% to 99.6%",
                "Moved secrets to Vault, removing credentials from 40 repositories")));
        r.projects.clear();
        final List<Finding> f = SCORER.score(r.build(), null).findings().stream()
                .filter(x -> x.rule().equals("STACK_INCOMPLETE")).toList();
        assertThat(f).hasSize(1);
        assertThat(f.get(0).message()).contains("datastore").doesNotContain("language");
    }

    @Test
    void shouldFireGenericSummaryOnStockPhrasesOnly() {
        final Resumes r = new Resumes();
        r.summary = "Results-driven, passionate engineer with strong problem-solving skills";
        assertThat(rules(r)).contains("GENERIC_SUMMARY");
    }

    @Test
    void shouldFireTooManyPagesOverTwoPagesOrTwoPagesForAJunior() {
        final Resumes three = new Resumes();
        three.pages = 3;
        assertThat(rules(three)).contains("TOO_MANY_PAGES");
        final Resumes senior = new Resumes();
        senior.pages = 2;
        assertThat(rules(senior)).doesNotContain("TOO_MANY_PAGES");
        final Resumes junior = new Resumes();
        junior.pages = 2;
        junior.roles.remove(1);
        assertThat(rules(junior)).contains("TOO_MANY_PAGES");
    }

    @Test
    void shouldFireContactMissingWithoutEmailOrLink() {
        final Resumes r = new Resumes();
        r.contact = new org.resumepipeline.model.Contact("A", null, "555", List.of());
        assertThat(rules(r)).filteredOn(x -> x.equals("CONTACT_MISSING")).hasSize(2);
    }

    @Test
    void shouldFireNoFailureHandlingAndNoSecuritySignalWhenNoBulletMentionsThem() {
        final Resumes r = new Resumes();
        final List<String> plain = List.of("Cut checkout API p99 latency from 900 ms to 160 ms with Redis caching",
                "Built the partner portal in React, onboarding 35 partners in a quarter",
                "Migrated 40 services to Kubernetes, cutting deploy time from 25 to 6 minutes");
        r.roles.set(0, role(r.roles.get(0), plain));
        r.roles.set(1, role(r.roles.get(1), plain));
        r.projects.clear();
        assertThat(rules(r)).contains("NO_FAILURE_HANDLING", "NO_SECURITY_SIGNAL");
        assertThat(rules(new Resumes())).doesNotContain("NO_FAILURE_HANDLING", "NO_SECURITY_SIGNAL");
    }

    @Test
    void shouldMapSignalCoverageOfStrongBullets() {
        final DocumentResult d = SCORER.score(new Resumes().build(), null);
        assertThat(d.signalCoverage()).containsOnlyKeys(RuleCatalog.COVERAGE_AREAS);
        assertThat(d.signalCoverage()).containsEntry("performance", true).containsEntry("security", true)
                .containsEntry("reliability", true).containsEntry("leadership", false);
    }

    @Test
    void shouldMatchTheJobDescriptionSkills() {
        final JobMatch m = SCORER.score(new Resumes().build(),
                "We need Java, Kafka and PostgreSQL on Kubernetes; Terraform is a plus.").jobMatch();
        assertThat(m.required()).containsExactly("Java", "Kafka", "PostgreSQL", "Kubernetes", "Terraform");
        assertThat(m.named()).containsExactly("Java", "PostgreSQL", "Kubernetes");
        assertThat(m.backed()).containsExactly("Java", "PostgreSQL", "Kubernetes");
        assertThat(m.missing()).containsExactly("Kafka", "Terraform");
        assertThat(m.score()).isEqualTo(60);
        assertThat(SCORER.score(new Resumes().build(), null).jobMatch()).isNull();
    }

    @Test
    void shouldPopulateTheDocumentResult() {
        final DocumentResult d = SCORER.score(new Resumes().build(), null);
        assertThat(d.key()).isEqualTo("b/1");
        assertThat(d.file()).isEqualTo("cv.pdf");
        assertThat(d.status()).isEqualTo(DocumentResult.SCORED);
        assertThat(d.failure()).isNull();
        assertThat(d.rulesetVersion()).isEqualTo(SCORER.ruleset().version());
        assertThat(d.pages()).isEqualTo(1);
        assertThat(d.roles()).hasSize(2);
        assertThat(d.roles().get(0).title()).isEqualTo("Senior Engineer");
        assertThat(d.roles().get(0).bullets()).hasSize(4);
        assertThat(d.projects()).hasSize(1);
        assertThat(d.projects().get(0).bullets().get(0).score()).isGreaterThan(0);
        assertThat(d.skills()).contains("Java");
        assertThat(d.education()).hasSize(1);
        assertThat(d.warnings()).containsExactly("TWO_COLUMN");
        assertThat(d.batch()).isEqualTo("b");
        assertThat(d.uploadedAt()).isEqualTo(1_760_000_000_000L);
        assertThat(d.extractorVersion()).isEqualTo("test-1");
        assertThat(d.score()).isBetween(0, 100);
    }

    @Test
    void shouldWeighTheMostRecentRoleMore() {
        final Resumes weakRecent = new Resumes();
        final Resumes weakOld = new Resumes();
        final List<String> weak = List.of("Worked on the backend services", "Responsible for the database",
                "Helped with deployments");
        weakRecent.roles.set(0, role(weakRecent.roles.get(0), weak));
        weakOld.roles.set(1, role(weakOld.roles.get(1), weak));
        assertThat(SCORER.score(weakRecent.build(), null).score())
                .isLessThan(SCORER.score(weakOld.build(), null).score());
    }

    private static Role role(final Role r, final List<String> bullets) {
        return new Role(r.title(), r.company(), r.location(), r.dates(), r.start(), r.end(), r.current(), bullets);
    }
}
