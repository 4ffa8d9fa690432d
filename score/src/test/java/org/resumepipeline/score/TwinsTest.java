package org.resumepipeline.score;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The labelled weak/strong twins of src/test/resources/twins.tsv. */
class TwinsTest {
    private static final ResumeScorer SCORER = new ResumeScorer(Ruleset.defaults());
    private static List<String[]> twins;

    @BeforeAll
    static void load() throws IOException {
        twins = new ArrayList<>();
        try (InputStream in = TwinsTest.class.getResourceAsStream("/twins.tsv")) {
            for (final String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    final String[] f = line.split("\t");
                    assertThat(f).as(line).hasSize(3);
                    twins.add(f);
                }
            }
        }
    }

    @Test
    void shouldHaveAtLeastSixtyTwinsAcrossEveryArea() {
        final Map<String, Integer> perArea = new TreeMap<>();
        twins.forEach(t -> perArea.merge(t[0], 1, Integer::sum));
        assertThat(twins).hasSizeGreaterThanOrEqualTo(60);
        assertThat(perArea).containsKeys("apis", "data", "reliability", "security", "infrastructure", "leadership");
    }

    @Test
    void shouldScoreEveryStrongTwinAboveItsWeakTwin() {
        int wins = 0;
        final List<String> losses = new ArrayList<>();
        for (final String[] t : twins) {
            final int weak = SCORER.scoreBullet(t[1], false).score();
            final int strong = SCORER.scoreBullet(t[2], false).score();
            if (strong > weak) {
                wins++;
            } else {
                losses.add(weak + " >= " + strong + ": " + t[2]);
            }
        }
        System.out.printf("twins: pairwise accuracy %d/%d%n", wins, twins.size());
        assertThat(losses).isEmpty();
    }

    @Test
    void shouldGradeEveryWeakTwinWeak() {
        final List<String> wrong = twins.stream().map(t -> SCORER.scoreBullet(t[1], false))
                .filter(b -> !b.grade().equals("weak")).map(b -> b.score() + " " + b.text()).toList();
        System.out.printf("twins: weak graded weak %d/%d%n", twins.size() - wrong.size(), twins.size());
        assertThat(wrong).isEmpty();
    }

    @Test
    void shouldGradeEveryStrongTwinStrong() {
        final List<String> wrong = twins.stream().map(t -> SCORER.scoreBullet(t[2], false))
                .filter(b -> !b.grade().equals("strong")).map(b -> b.score() + " " + b.text()).toList();
        System.out.printf("twins: strong graded strong %d/%d%n", twins.size() - wrong.size(), twins.size());
        assertThat(wrong).isEmpty();
    }
}
