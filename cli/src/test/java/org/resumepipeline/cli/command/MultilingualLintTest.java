package org.resumepipeline.cli.command;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.resumepipeline.extract.ExtractConfig;
import org.resumepipeline.extract.Extractor;
import org.resumepipeline.extract.Extractors;
import org.resumepipeline.model.DocumentResult;
import org.resumepipeline.model.ScoredBullet;
import org.resumepipeline.model.ScoredRole;
import org.resumepipeline.score.ResumeScorer;
import org.resumepipeline.score.Ruleset;

/**
 * {@code rp lint} on one resume per supported language (the extract module's fixtures): every one is scored with its
 * roles, bullets and dates; languages the bundled ruleset has lexicons for are scored by every rule, the others
 * skip the lexicon rules (listed, with LANGUAGE_PARTIAL), and no English word list ever fires on their bullets.
 */
class MultilingualLintTest {
    private static final Path FIXTURES = Path.of("../extract/src/test/resources/languages");
    private static final Set<String> WITH_LEXICONS = Set.of("es", "de", "fr", "pt");
    private static final List<String> LEXICON_RULES = List.of("WEAK_OPENER", "NO_ACTION_VERB", "NO_RESULT", "VAGUE",
            "BUZZWORD", "PRONOUN", "PASSIVE");
    private static Extractor extractor;
    private static final ResumeScorer SCORER = new ResumeScorer(Ruleset.defaults());

    @BeforeAll
    static void extractor() {
        extractor = Extractors.create(ExtractConfig.defaults().inProcess());
    }

    @AfterAll
    static void close() {
        extractor.close();
    }

    @ParameterizedTest
    @ValueSource(strings = {"es", "de", "fr", "pt", "it", "nl", "pl", "ru", "uk", "zh", "ja"})
    void shouldScoreEveryLanguageFairlyAndNeverWithEnglishWords(final String language) {
        final Path file = FIXTURES.resolve(language + ".txt");
        assumeTrue(Files.isRegularFile(file), "the extract module's fixtures are not beside this module: skipped");
        final DocumentResult doc = LintCommand.lint(extractor, SCORER, file, null);

        assertThat(doc.isScored()).as("%s: %s", language, doc.failure()).isTrue();
        System.out.printf(Locale.ROOT, "lint %s: score %d (%s), skipped %s%n", language, doc.score(), doc.grade(),
                doc.skippedRules());
        assertThat(doc.language()).isEqualTo(language);
        assertThat(doc.roles()).hasSize(2).allSatisfy(r -> assertThat(r.dates()).isNotBlank());
        final List<ScoredBullet> bullets = doc.roles().stream().map(ScoredRole::bullets).flatMap(List::stream)
                .toList();
        assertThat(bullets).hasSize(5);
        if (WITH_LEXICONS.contains(language)) {
            assertThat(doc.skippedRules()).isEmpty();
            assertThat(doc.warnings()).doesNotContain(DocumentResult.LANGUAGE_PARTIAL);
            assertThat(bullets).as("opening verbs read in %s", language)
                    .anySatisfy(b -> assertThat(b.signals()).anyMatch(s -> s.signal().equals("ACTION_VERB")));
        } else {
            assertThat(doc.skippedRules()).containsExactlyInAnyOrderElementsOf(LEXICON_RULES);
            assertThat(doc.warnings()).contains(DocumentResult.LANGUAGE_PARTIAL);
            assertThat(bullets).allSatisfy(b -> assertThat(b.findings())
                    .noneMatch(f -> LEXICON_RULES.contains(f.rule())));
        }
        assertThat(bullets).as("metrics are read in every language")
                .anySatisfy(b -> assertThat(b.signals()).anyMatch(s -> s.signal().equals("METRIC")));
    }
}
