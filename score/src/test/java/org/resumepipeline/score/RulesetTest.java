package org.resumepipeline.score;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.resumepipeline.model.DocumentKeys;

class RulesetTest {
    private static final String DEFAULT = new String(Ruleset.defaults().bytes(), StandardCharsets.UTF_8);

    @Test
    void shouldParseTheDefaultRulesetIntoATypedModel() {
        final Ruleset r = Ruleset.defaults();
        assertThat(r.name()).isEqualTo("default");
        assertThat(r.version()).isEqualTo(DocumentKeys.shortHash(r.bytes())).hasSize(12);
        assertThat(r.rules()).containsKeys(RuleCatalog.BULLET_RULES.toArray(String[]::new))
                .containsKeys(RuleCatalog.RESUME_RULES.toArray(String[]::new));
        assertThat(r.rule("WEAK_OPENER").severity()).isEqualTo("error");
        assertThat(r.rule("WEAK_OPENER").weight()).isEqualTo(-25);
        assertThat(r.scoring().signal("ACTION_VERB")).isEqualTo(20);
        assertThat(r.thresholds().tooShortWords()).isEqualTo(8);
        assertThat(r.lexicon("buzzwords")).extracting(Term::name).contains("synergy");
        assertThat(r.skills().get("datastores")).extracting(Term::name).contains("PostgreSQL");
        assertThat(r.coverage()).containsOnlyKeys(RuleCatalog.COVERAGE_AREAS);
        assertThat(Ruleset.validate(r.bytes())).isEmpty();
    }

    @Test
    void shouldKeepTheQuantityAndVerbWordListsInTheRulesetSoTheCalibrationHasANewVersion() {
        final Ruleset r = Ruleset.defaults();
        // da17f9ac5789 was the ruleset before the issue-19 calibration; results scored with it are rescored
        assertThat(r.version()).isNotEqualTo("da17f9ac5789");
        assertThat(r.lexicon("approximators")).extracting(Term::name).contains("~", "over", "nearly");
        assertThat(r.lexicon("currency_signs")).extracting(Term::name).contains("$", "€");
        assertThat(r.lexicon("function_words")).extracting(Term::name).contains("of", "the");
        assertThat(r.lexicon("not_plurals")).extracting(Term::name).contains("kubernetes", "status");
        assertThat(r.lexicon("not_verbs")).extracting(Term::name).contains("experienced", "based");
        assertThat(r.irregularVerbs()).containsKeys("make", "take", "lead");
        assertThat(r.thresholds().yearMin()).isEqualTo(1950);
        assertThat(r.scoring().strongRequires()).containsExactly("ACTION_VERB");
        assertThat(r.scoring().strongRequiresOneOf()).containsExactly("METRIC", "RESULT", "BEFORE_AFTER");
    }

    @Test
    void shouldReportAnUnknownSignalInTheGradeGatesWithItsLine() {
        final String bad = DEFAULT.replace("strong_requires: [ACTION_VERB]", "strong_requires: [ACTION_VERBS]");
        final List<RulesetError> errors = Ruleset.validate(bad.getBytes(StandardCharsets.UTF_8));
        assertThat(errors).singleElement().satisfies(e -> {
            assertThat(e.line()).isEqualTo(lineOf(bad, "strong_requires: [ACTION_VERBS]"));
            assertThat(e.message()).contains("ACTION_VERBS").contains("did you mean 'ACTION_VERB'");
        });
    }

    @Test
    void shouldReportUnknownRuleIdsWithTheirLine() {
        final String bad = DEFAULT.replace("  WEAK_OPENER:", "  WEAK_OPENR:");
        final List<RulesetError> errors = Ruleset.validate(bad.getBytes(StandardCharsets.UTF_8));
        final int line = lineOf(bad, "  WEAK_OPENR:");
        assertThat(errors).anySatisfy(e -> {
            assertThat(e.line()).isEqualTo(line);
            assertThat(e.message()).contains("WEAK_OPENR").contains("did you mean 'WEAK_OPENER'");
        });
        assertThat(errors).anySatisfy(e -> assertThat(e.message()).contains("WEAK_OPENER is missing"));
    }

    @Test
    void shouldReportBadSeverityAndWeightWithTheirLine() {
        final String bad = DEFAULT.replace("PRONOUN:          {severity: info,  enabled: true, weight: -5}",
                "PRONOUN:          {severity: loud,  enabled: maybe, weight: -500}");
        final List<RulesetError> errors = Ruleset.validate(bad.getBytes(StandardCharsets.UTF_8));
        final int line = lineOf(bad, "PRONOUN:");
        assertThat(errors).hasSize(3).allSatisfy(e -> assertThat(e.line()).isEqualTo(line));
        assertThat(errors).extracting(RulesetError::message).anySatisfy(m -> assertThat(m).contains("severity"))
                .anySatisfy(m -> assertThat(m).contains("true or false"))
                .anySatisfy(m -> assertThat(m).contains("between -100 and 100"));
    }

    @Test
    void shouldReportYamlSyntaxErrorsWithTheirLine() {
        final List<RulesetError> errors = Ruleset.validate("name: x\nrules: [unclosed\n".getBytes(
                StandardCharsets.UTF_8));
        assertThat(errors).hasSize(1);
        assertThat(errors.get(0).line()).isGreaterThanOrEqualTo(2);
        assertThat(errors.get(0).message()).startsWith("not valid YAML");
    }

    @Test
    void shouldReportMissingSectionsAndDuplicateKeys() {
        final List<RulesetError> errors = Ruleset.validate("name: x\nname: y\n".getBytes(StandardCharsets.UTF_8));
        assertThat(errors).anySatisfy(e -> assertThat(e.toString()).isEqualTo(
                "line 2: duplicate key 'name' (first at line 1)"));
        assertThat(errors).anySatisfy(e -> assertThat(e.message()).isEqualTo("missing key 'scoring'"));
    }

    @Test
    void shouldThrowWithEveryErrorWhenParsingAnInvalidRuleset() {
        assertThatThrownBy(() -> Ruleset.parse("bad.yaml", "name: [".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(RulesetException.class).hasMessageContaining("bad.yaml")
                .satisfies(e -> assertThat(((RulesetException) e).errors()).isNotEmpty());
    }

    @Test
    void shouldLoadAnEditedCopyWithANewVersionAndApplyItsWeights(@TempDir final Path dir) throws IOException {
        final Path file = dir.resolve("strict.yaml");
        Files.writeString(file, DEFAULT.replace("name: default", "name: strict")
                .replace("TOO_SHORT:        {severity: info,  enabled: true, weight: -25}",
                        "TOO_SHORT:        {severity: info,  enabled: false, weight: -25}"), StandardCharsets.UTF_8);
        final Ruleset strict = Ruleset.load(file);
        assertThat(strict.name()).isEqualTo("strict");
        assertThat(strict.source()).isEqualTo("strict.yaml");
        assertThat(strict.version()).isNotEqualTo(Ruleset.defaults().version());
        assertThat(Ruleset.validate(file)).isEmpty();
        final String bullet = "Built REST APIs";
        assertThat(new ResumeScorer(strict).scoreBullet(bullet, false).findings())
                .noneMatch(f -> f.rule().equals("TOO_SHORT"));
        assertThat(new ResumeScorer(strict).scoreBullet(bullet, false).score())
                .isEqualTo(new ResumeScorer(Ruleset.defaults()).scoreBullet(bullet, false).score()
                        - Ruleset.defaults().rule("TOO_SHORT").weight());
    }

    /** The bundled ruleset before the issue-19 calibration (version da17f9ac5789), as a user may have copied it. */
    private static final String PREVIOUS_DEFAULT = "/rulesets/default-da17f9ac5789.yaml";

    @Test
    void shouldStillCheckAndScoreWithARulesetWrittenForThePreviousVersion() throws IOException {
        final byte[] previous = resource(PREVIOUS_DEFAULT);
        assertThat(Ruleset.validate(previous)).isEmpty();
        final Ruleset r = Ruleset.parse("previous.yaml", previous);
        assertThat(r.version()).isEqualTo("da17f9ac5789");
        // its own values stay its own ...
        assertThat(r.scoring().base()).isEqualTo(15);
        assertThat(r.rule("NO_METRIC").weight()).isEqualTo(-5);
        // ... the keys it predates take the bundled values, and grades go by score alone as they did then
        final Ruleset bundled = Ruleset.defaults();
        assertThat(r.thresholds().yearMin()).isEqualTo(bundled.thresholds().yearMin());
        assertThat(r.thresholds().yearMax()).isEqualTo(bundled.thresholds().yearMax());
        assertThat(r.thresholds().unbackedSkillsNamed()).isEqualTo(bundled.thresholds().unbackedSkillsNamed());
        for (final String lexicon : RulesetParser.OPTIONAL_LEXICONS) {
            assertThat(r.lexicon(lexicon)).as(lexicon).isNotEmpty().isEqualTo(bundled.lexicon(lexicon));
        }
        assertThat(r.scoring().strongRequires()).isEmpty();
        assertThat(r.scoring().strongRequiresOneOf()).isEmpty();
        assertThat(r.scoring().fairRequiresOneOf()).isEmpty();

        final var result = new ResumeScorer(r).score(new Resumes().build(), null);
        assertThat(result.rulesetVersion()).isEqualTo("da17f9ac5789");
        assertThat(result.score()).isBetween(70, 100);
        assertThat(result.grade()).isEqualTo("strong");
        assertThat(new ResumeScorer(r).scoreBullet("Cut checkout p99 latency by 35% with a Redis cache", false)
                .signals()).isNotEmpty();
    }

    @Test
    void shouldStillReportAnOptionalKeyThatIsPresentButInvalidWithItsLine() throws IOException {
        final String previous = new String(resource(PREVIOUS_DEFAULT), StandardCharsets.UTF_8);
        final String bad = previous.replace("  junior_years: 5", "  junior_years: 5\n  year_min: 19")
                .replace("  months: [", "  not_verbs: oops\n  months: [");
        final List<RulesetError> errors = Ruleset.validate(bad.getBytes(StandardCharsets.UTF_8));
        assertThat(errors).hasSize(2);
        assertThat(errors).anySatisfy(e -> {
            assertThat(e.line()).isEqualTo(lineOf(bad, "year_min: 19"));
            assertThat(e.message()).contains("year_min").contains("between 1000 and 9999");
        });
        assertThat(errors).anySatisfy(e -> {
            assertThat(e.line()).isEqualTo(lineOf(bad, "not_verbs: oops"));
            assertThat(e.message()).contains("not_verbs");
        });
    }

    @Test
    void shouldRequireEveryKeyOfTheBundledRulesetItself() {
        final String without = DEFAULT.replaceAll("(?m)^  year_min: .*\n", "");
        final List<RulesetError> errors = new ArrayList<>();
        assertThat(RulesetParser.parseStrict(without.getBytes(StandardCharsets.UTF_8), errors)).isNull();
        assertThat(errors).anySatisfy(e -> assertThat(e.message()).isEqualTo("missing key 'year_min'"));
        assertThat(Ruleset.validate(without.getBytes(StandardCharsets.UTF_8))).isEmpty();
    }

    @Test
    void shouldReportAnUnreadableFileAsLineZero(@TempDir final Path dir) {
        assertThat(Ruleset.validate(dir.resolve("missing.yaml"))).singleElement()
                .satisfies(e -> assertThat(e.line()).isZero());
    }

    private static byte[] resource(final String name) throws IOException {
        try (var in = RulesetTest.class.getResourceAsStream(name)) {
            assertThat(in).as(name).isNotNull();
            return in.readAllBytes();
        }
    }

    private static int lineOf(final String text, final String needle) {
        final String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].contains(needle)) {
                return i + 1;
            }
        }
        throw new AssertionError(needle);
    }
}
