package org.resumepipeline.score;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.resumepipeline.model.DocumentResult;
import org.resumepipeline.model.Finding;
import org.resumepipeline.model.ResumeDocument;
import org.resumepipeline.model.ResumeText;
import org.resumepipeline.model.Role;
import org.resumepipeline.model.ScoredBullet;

/** Lexicon rules take the words of the bullet's language, and are skipped where the ruleset has none. */
class LanguageScoringTest {
    private static final ResumeScorer SCORER = new ResumeScorer(Ruleset.defaults());

    @Test
    void shouldReadSpanishOpenersWithTheSpanishLexicon() {
        final ScoredBullet weak = bullet("es", "Responsable de la API de pagos del equipo de plataforma en Madrid.");
        final ScoredBullet strong = bullet("es", "Reduje la latencia de la API de pagos de 800 ms a 120 ms con una"
                + " caché Redis.");
        assertThat(weak.findings()).extracting(Finding::rule).contains("WEAK_OPENER");
        assertThat(strong.signals()).anyMatch(s -> s.signal().equals("ACTION_VERB"));
        assertThat(strong.findings()).extracting(Finding::rule).doesNotContain("NO_ACTION_VERB", "WEAK_OPENER");
    }

    @Test
    void shouldSkipTheLexiconRulesForALanguageWithoutLexiconsAndSaySo() {
        final String bullet = "Сократил задержку оплаты с 800 мс до 120 мс с помощью кэша Redis перед сервисом цен.";
        final DocumentResult doc = SCORER.score(text("ru", bullet), null);
        assertThat(doc.language()).isEqualTo("ru");
        assertThat(doc.skippedRules()).containsExactly("WEAK_OPENER", "NO_ACTION_VERB", "NO_RESULT", "VAGUE",
                "BUZZWORD", "PRONOUN", "PASSIVE");
        assertThat(doc.warnings()).contains(DocumentResult.LANGUAGE_PARTIAL);
        final ScoredBullet scored = doc.roles().get(0).bullets().get(0);
        assertThat(scored.findings()).extracting(Finding::rule).doesNotContainAnyElementsOf(doc.skippedRules());
        assertThat(scored.signals()).anyMatch(s -> s.signal().equals("METRIC"));
    }

    @Test
    void shouldScoreAnEnglishBulletAsBeforeInsideAnotherLanguagesDocument() {
        final String english = "Cut checkout latency from 800 ms to 120 ms by adding a Redis cache in front of"
                + " pricing.";
        final ResumeDocument doc = document(List.of(english)).withLanguage("ru", Map.of(english, "en"));
        final DocumentResult scored = SCORER.score(new ResumeText("b/k", "b", "cv.txt", 0, "test", doc), null);
        assertThat(scored.roles().get(0).bullets().get(0)).isEqualTo(SCORER.scoreBullet(english, true));
        assertThat(scored.skippedRules()).isEmpty();
    }

    @Test
    void shouldCountChineseInCharactersNotAsOneWord() {
        final ScoredBullet chinese = bullet("zh", "在价格服务前增加缓存，将支付延迟从800毫秒降低到120毫秒，提升了转化率。");
        assertThat(chinese.findings()).extracting(Finding::rule).doesNotContain("TOO_SHORT");
    }

    @Test
    void shouldLoadARulesetWrittenBeforeLanguagesWithTheBundledOnes() {
        final String bundled = new String(Ruleset.defaults().bytes(), StandardCharsets.UTF_8);
        final String old = bundled.substring(0, bundled.indexOf("\nlanguages:") + 1);
        final Ruleset ruleset = Ruleset.parse("old.yaml", old.getBytes(StandardCharsets.UTF_8));
        assertThat(ruleset.languages()).containsExactly("de", "es", "fr", "pt");
        assertThat(ruleset.version()).isNotEqualTo(Ruleset.defaults().version());
    }

    private static ScoredBullet bullet(final String language, final String text) {
        return SCORER.score(text(language, text), null).roles().get(0).bullets().get(0);
    }

    private static ResumeText text(final String language, final String bullet) {
        return new ResumeText("b/k", "b", "cv.txt", 0, "test", document(List.of(bullet)).withLanguage(language,
                Map.of()));
    }

    private static ResumeDocument document(final List<String> bullets) {
        return new ResumeDocument("txt", 1, null, null, List.of(), List.of(new Role("Engineer", "Acme", null,
                "2019 – present", "2019", null, true, bullets)), List.of(), List.of(), List.of(), List.of());
    }
}
