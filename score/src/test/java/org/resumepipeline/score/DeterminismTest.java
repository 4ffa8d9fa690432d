package org.resumepipeline.score;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.resumepipeline.model.DocumentResult;
import org.resumepipeline.model.Json;
import org.resumepipeline.model.ResumeText;
import org.resumepipeline.model.ScoredBullet;

/** Property: the same resume and ruleset always give byte-identical JSON. */
class DeterminismTest {
    private static final String JD = "Java, Kotlin, PostgreSQL, Kafka, Kubernetes, AWS and Terraform";

    @Test
    void shouldGiveByteIdenticalJsonForTheSameInputAcrossRunsAndScorers() throws JsonProcessingException {
        final ResumeScorer first = new ResumeScorer(Ruleset.defaults());
        final List<ResumeText> resumes = SampleResumes.resumes(7, 300);
        for (int i = 0; i < resumes.size(); i++) {
            final ResumeText r = resumes.get(i);
            final String jd = i % 2 == 0 ? JD : null;
            final byte[] a = Json.MAPPER.writeValueAsBytes(first.score(r, jd));
            final byte[] b = Json.MAPPER.writeValueAsBytes(first.score(r, jd));
            final ResumeScorer fresh = new ResumeScorer(Ruleset.parse("copy", Ruleset.defaults().bytes()));
            final byte[] c = Json.MAPPER.writeValueAsBytes(fresh.score(r, jd));
            assertThat(b).as("resume %d scored twice", i).isEqualTo(a);
            assertThat(c).as("resume %d with a fresh scorer", i).isEqualTo(a);
        }
    }

    @Test
    void shouldGiveTheSameResultWhenRoundTrippedThroughJson() throws Exception {
        final ResumeScorer scorer = new ResumeScorer(Ruleset.defaults());
        for (final ResumeText r : SampleResumes.resumes(11, 50)) {
            final ResumeText copy = Json.MAPPER.readValue(Json.MAPPER.writeValueAsBytes(r), ResumeText.class);
            assertThat(Json.MAPPER.writeValueAsString(scorer.score(copy, JD)))
                    .isEqualTo(Json.MAPPER.writeValueAsString(scorer.score(r, JD)));
        }
    }

    @Test
    void shouldKeepFindingsOrderedAndScoresInRangeForGeneratedInput() {
        final ResumeScorer scorer = new ResumeScorer(Ruleset.defaults());
        for (final ResumeText r : SampleResumes.resumes(3, 200)) {
            final DocumentResult d = scorer.score(r, JD);
            assertThat(d.score()).isBetween(0, 100);
            assertThat(d.findings()).isSortedAccordingTo(BulletAnalyzer.FINDING_ORDER);
            d.roles().forEach(role -> role.bullets().forEach(DeterminismTest::checkBullet));
        }
        SampleResumes.bullets(5, 2000).forEach(b -> checkBullet(scorer.scoreBullet(b, false)));
    }

    private static void checkBullet(final ScoredBullet b) {
        assertThat(b.score()).isBetween(0, 100);
        assertThat(b.grade()).isEqualTo(ResumeScorer.grade(b.score()));
        assertThat(b.findings()).isSortedAccordingTo(BulletAnalyzer.FINDING_ORDER)
                .allSatisfy(f -> assertThat(f.end()).isBetween(f.start(), b.text().length()));
        assertThat(b.signals()).isSortedAccordingTo(BulletAnalyzer.SIGNAL_ORDER)
                .allSatisfy(s -> assertThat(s.end()).isBetween(s.start(), b.text().length()));
    }
}
