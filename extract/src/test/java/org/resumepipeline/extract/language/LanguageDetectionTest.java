package org.resumepipeline.extract.language;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.resumepipeline.model.ResumeDocument;
import org.resumepipeline.model.Role;

/** The detector on short resume texts (bullet-length, 8 per language, {@code languages/short-texts.tsv}). */
class LanguageDetectionTest {
    @Test
    void shouldTellTheLanguageOfShortResumeTexts() throws IOException {
        final List<String[]> rows = rows();
        long right = 0;
        for (final String[] row : rows) {
            final Optional<String> found = LanguageDetection.get().detect(row[1]);
            if (found.isPresent() && found.get().equals(row[0])) {
                right++;
            }
        }
        System.out.printf(Locale.ROOT, "language of short texts: %d of %d right%n", right, rows.size());
        assertThat(rows).hasSize(96);
        assertThat((double) right / rows.size()).isGreaterThanOrEqualTo(0.95);
    }

    @Test
    void shouldNameTheBulletsWrittenInAnotherLanguageThanTheDocument() {
        final String german = "Senkte die Latenz beim Bezahlen von 800 ms auf 120 ms durch einen Cache vor dem Dienst.";
        final String english = "Cut checkout latency from 800 ms to 120 ms by adding a cache in front of the service.";
        final ResumeDocument doc = new ResumeDocument("txt", 1, null, "Softwareentwickler mit Schwerpunkt auf"
                + " verteilten Systemen und dem Zahlungsverkehr in Europa.", List.of(),
                List.of(new Role("Entwickler", "Zahlwerk GmbH", null, "2019 – heute", "2019", null, true,
                        List.of(german, german.replace("800", "900"), english))),
                List.of(), List.of(), List.of(), List.of());
        final ResumeDocument annotated = LanguageDetection.get().annotate(doc);
        assertThat(annotated.language()).isEqualTo("de");
        assertThat(annotated.bulletLanguages()).containsExactlyEntriesOf(java.util.Map.of(english, "en"));
        assertThat(annotated.languageOf(german)).isEqualTo("de");
    }

    @Test
    void shouldNotGuessOnTooLittleText() {
        assertThat(LanguageDetection.get().detect("Java, Go")).isEmpty();
    }

    private static List<String[]> rows() throws IOException {
        try (InputStream in = LanguageDetectionTest.class.getResourceAsStream("/languages/short-texts.tsv")) {
            return new String(Objects.requireNonNull(in).readAllBytes(), StandardCharsets.UTF_8).lines()
                    .filter(l -> !l.isBlank() && !l.startsWith("#")).map(l -> l.split("\t", 2)).toList();
        }
    }
}
