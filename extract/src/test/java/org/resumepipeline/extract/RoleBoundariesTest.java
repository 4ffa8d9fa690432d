package org.resumepipeline.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.resumepipeline.model.ResumeDocument;
import org.resumepipeline.model.Role;

/** Where one role ends and the next begins, in layouts the offlinecv corpus showed getting wrong. */
class RoleBoundariesTest {
    private static final String TOP = """
            Jane Doe
            jane.doe@example.com | (312) 555-0123

            """;
    private static final String BOTTOM = """

            Education
            B.S. Computer Science, Example University, 2010 – 2014
            """;

    private static ResumeDocument read(final String body) {
        final Extraction result = InProcess.EXTRACTOR.extract("resume.txt",
                (TOP + body + BOTTOM).getBytes(StandardCharsets.UTF_8));
        assertThat(result.isOk()).as(result.message()).isTrue();
        return result.document();
    }

    @Test
    void shouldKeepARoleWithoutBulletsApartFromTheNextOne() {
        final ResumeDocument doc = read("""
                Experience
                FACEBOOK | Software Engineer
                Jan 2015 – Present | New York, NY
                COURSERA | Software Engineering Intern
                Jun 2014 – Sep 2014 | Mountain View, CA
                • Shipped the admin interface for the new course platform to 300 partner universities.
                • Wrote the grading service in Scala.
                """);
        assertThat(doc.roles()).extracting(Role::start).containsExactly("2015-01", "2014-06");
        assertThat(doc.roles().get(0).bullets()).isEmpty();
        assertThat(doc.roles().get(1).bullets()).hasSize(2);
    }

    @Test
    void shouldJoinAWrappedBulletWhoseNextLineStartsASentence() {
        final ResumeDocument doc = read("""
                Experience
                Site Reliability Engineer | Kasa | Jun 2018 – Jan 2021
                • Migrated the orchestration system from DC/OS to Kubernetes on AWS EKS. Managed 3 clusters.
                Managed all Kubernetes manifests declaratively with Kustomize and ArgoCD.
                • Designed the network configuration with 4 VPCs and 100+ subnets.
                """);
        assertThat(doc.roles()).singleElement().satisfies(r -> {
            assertThat(r.bullets()).hasSize(2);
            assertThat(r.bullets().get(0)).endsWith("Managed all Kubernetes manifests declaratively with Kustomize"
                    + " and ArgoCD.");
        });
    }

    @Test
    void shouldEndAMarkerlessRoleAtAFullSentenceBeforeTheNextDatedHeader() {
        final ResumeDocument doc = read("""
                Experience
                Senior Platform Engineer, CloudWorks Inc. | Mar 2019 – Present
                Led migration of 40+ services to a hybrid-cloud control plane, cutting deploy time 60%.
                Built an internal CTF platform used for security onboarding across three orgs.
                Software Engineer, ShitOne Corp. | Dec 2011 – Feb 2012
                Implemented Android application logic and wrote the API server for a community service.
                """);
        assertThat(doc.roles()).hasSize(2);
        assertThat(doc.roles().get(0).bullets()).hasSize(2).last().asString().startsWith("Built an internal");
        assertThat(doc.roles().get(1).company()).doesNotContain("Built");
    }

    @Test
    void shouldReadAResearchSectionAsRoles() {
        final ResumeDocument doc = read("""
                Research
                CORNELL ROBOT LEARNING LAB | Researcher
                Jan 2014 – Jan 2015 | Ithaca, NY
                • Built a tool that learns robot trajectories from large scale user preference feedback.
                """);
        assertThat(doc.roles()).singleElement().satisfies(r -> assertThat(r.start()).isEqualTo("2014-01"));
    }
}
