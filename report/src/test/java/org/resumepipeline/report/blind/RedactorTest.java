package org.resumepipeline.report.blind;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.resumepipeline.model.Batch;
import org.resumepipeline.model.BlindMask;
import org.resumepipeline.model.Contact;
import org.resumepipeline.model.DocumentFailure;
import org.resumepipeline.model.DocumentResult;
import org.resumepipeline.model.Education;
import org.resumepipeline.model.FailureReason;
import org.resumepipeline.model.Finding;
import org.resumepipeline.model.Json;
import org.resumepipeline.model.Pseudonym;
import org.resumepipeline.model.ResumeDocument;
import org.resumepipeline.model.ResumeText;
import org.resumepipeline.model.Role;
import org.resumepipeline.model.ScoredBullet;
import org.resumepipeline.model.ScoredRole;
import org.resumepipeline.model.Section;
import org.resumepipeline.model.SectionKind;
import org.resumepipeline.model.Signal;

class RedactorTest {
    private static final String KEY = "blind-b/0123456789abcdef";
    private static final String FILE = "Marisol_Quenby-Vasquez_CV_final.pdf";
    private static final String BULLET = "Marisol built the Kafka ingest at Orbiton, see https://github.com/mquenby "
            + "or call +44 20 7946 0958; cut latency by 40%";
    private static final List<String> SECRETS = List.of("Marisol", "Quenby", "Vasquez", "marisol.q@example.net",
            "+44 20 7946 0958", "github.com/mquenby", "linkedin.com/in/mqv", FILE);

    private static Batch blind(final BlindMask mask) {
        return new Batch("blind-b", 1L, null, true, mask);
    }

    private static DocumentResult doc() {
        final int metric = BULLET.indexOf("40%");
        final int kafka = BULLET.indexOf("Kafka");
        final ScoredBullet bullet = new ScoredBullet(BULLET, 72, "fair",
                List.of(new Finding("NO_SCALE", "warn", "Marisol, say how big the ingest was", kafka, kafka + 5,
                        "Name the volume, e.g. \"12k events/s\"")),
                List.of(new Signal("METRIC", metric, metric + 3)));
        return new DocumentResult(KEY, FILE, DocumentResult.SCORED, null, "v1", 72, "fair", 1,
                new Contact("Marisol Quenby-Vasquez", "marisol.q@example.net", "+44 20 7946 0958",
                        List.of("https://linkedin.com/in/mqv")),
                List.of(new ScoredRole("Data Engineer", "Orbiton Logistics", "2019 - 2024", List.of(bullet))),
                List.of("Kafka", "Java"), List.of(new Education("BSc Physics", "Université de Lyonnais", "2012 - 2015")),
                List.of(new Finding("NO_SUMMARY", "info", "Add a summary, Marisol", null, null, "One line")),
                List.of(), "blind-b", 5L, List.of(), Map.of(), null, "x1", 0.9, "en", List.of());
    }

    @Test
    void shouldShowThePseudonymInsteadOfTheNameFileAndContactAndMaskThemInBulletsAndFindings() throws Exception {
        final DocumentResult shown = Redactor.of(blind(BlindMask.NONE), List.of(KEY)).apply(doc());
        final String json = Json.MAPPER.writeValueAsString(shown);
        for (final String secret : SECRETS) {
            assertThat(json).as("the view shows " + secret).doesNotContainIgnoringCase(secret);
        }
        assertThat(shown.file()).isEqualTo(Pseudonym.of(KEY)).matches("Candidate [0-9A-F]{4}");
        assertThat(shown.contact()).isEqualTo(new Contact(Pseudonym.of(KEY), null, null, List.of()));
        final ScoredBullet b = shown.roles().get(0).bullets().get(0);
        assertThat(b.text()).startsWith("[name] built the Kafka ingest").contains("[link]", "[phone]")
                .endsWith("cut latency by 40%");
        assertThat(shown.findings().get(0).message()).isEqualTo("Add a summary, [name]");
        assertThat(b.findings().get(0).message()).isEqualTo("[name], say how big the ingest was");
    }

    @Test
    void shouldKeepEveryScoreAndMoveTheSpansWithTheMaskedText() {
        final DocumentResult stored = doc();
        final DocumentResult shown = Redactor.of(blind(BlindMask.NONE), List.of(KEY)).apply(stored);
        assertThat(shown.score()).isEqualTo(stored.score());
        assertThat(shown.grade()).isEqualTo(stored.grade());
        final ScoredBullet b = shown.roles().get(0).bullets().get(0);
        assertThat(b.score()).isEqualTo(72);
        final Finding f = b.findings().get(0);
        assertThat(b.text().substring(f.start(), f.end())).isEqualTo("Kafka");
        final Signal s = b.signals().get(0);
        assertThat(b.text().substring(s.start(), s.end())).isEqualTo("40%");
    }

    @Test
    void shouldPassABatchThatIsNotBlindThroughUnchanged() {
        final DocumentResult stored = doc();
        assertThat(Redactor.of(new Batch("blind-b", 1L, null), List.of(KEY)).apply(stored)).isSameAs(stored);
        assertThat(Redactor.of(null, List.of(KEY)).apply(stored)).isSameAs(stored);
    }

    @Test
    void shouldLeaveEmployersInstitutionsAndGraduationYearsUnlessTheBatchMasksThem() {
        final DocumentResult identityOnly = Redactor.of(blind(BlindMask.NONE), List.of(KEY)).apply(doc());
        assertThat(identityOnly.roles().get(0).company()).isEqualTo("Orbiton Logistics");
        assertThat(identityOnly.education().get(0)).isEqualTo(new Education("BSc Physics", "Université de Lyonnais",
                "2012 - 2015"));

        final DocumentResult all = Redactor.of(blind(BlindMask.parse("employers,institutions,graduation-years")),
                List.of(KEY)).apply(doc());
        assertThat(all.roles().get(0).company()).isEqualTo("[employer]");
        assertThat(all.roles().get(0).dates()).as("role dates are not graduation years").isEqualTo("2019 - 2024");
        assertThat(all.education().get(0)).isEqualTo(new Education("BSc Physics", "[institution]",
                "[year] - [year]"));
    }

    @Test
    void shouldMaskTheFailureMessage() {
        final DocumentResult failed = new DocumentResult(KEY, FILE, DocumentResult.FAILED,
                new DocumentFailure(FailureReason.ENCRYPTED, "Marisol_Quenby-Vasquez_CV_final.pdf is encrypted"),
                null, null, null, null, null, List.of(), List.of(), List.of(), List.of(), List.of(), "blind-b", 5L,
                List.of(), Map.of(), null, null, null);
        final DocumentResult shown = Redactor.of(blind(BlindMask.NONE), List.of(KEY)).apply(failed);
        assertThat(shown.failure().message()).isEqualTo("[name] is encrypted");
        assertThat(shown.failure().reason()).isEqualTo(FailureReason.ENCRYPTED);
    }

    @Test
    void shouldDropTheContactAndPersonalSectionsOfTheTextAndMaskPersonalDetailsElsewhere() throws Exception {
        final ResumeDocument read = new ResumeDocument("pdf", 1,
                new Contact("Marisol Quenby-Vasquez", "marisol.q@example.net", "+44 20 7946 0958", List.of()),
                "Marisol is a data engineer, 34 years old, married; Nationality: Chilean, Date of birth: 3 May 1991.",
                List.of(new Section(SectionKind.CONTACT, null, List.of("Marisol Quenby-Vasquez",
                                "221 Baker Street, London", "marisol.q@example.net")),
                        new Section(SectionKind.OTHER, "Personal details", List.of("Gender: female",
                                "Photo: attached")),
                        new Section(SectionKind.EXPERIENCE, "Experience", List.of("Data Engineer, Orbiton",
                                "- Lives at 12 Hollow Oak Lane; built the Kafka ingest"))),
                List.of(new Role("Data Engineer", "Orbiton", "London", "2019 - 2024", "2019", "2024", false,
                        List.of("Marisol built the Kafka ingest"))),
                List.of(), List.of("Kafka"), List.of(), List.of(), 0.9, "en",
                Map.of("Marisol built the Kafka ingest", "en"));
        final ResumeText text = new ResumeText(KEY, "blind-b", FILE, 5L, "x1", read);
        final ResumeText shown = Redactor.of(blind(BlindMask.NONE), List.of(KEY)).apply(text);
        final String json = Json.MAPPER.writeValueAsString(shown);
        for (final String secret : List.of("Marisol", "Quenby", "Baker Street", "Hollow Oak", "Chilean", "1991",
                "married", "34 years", "female", "Photo", FILE)) {
            assertThat(json).as("the text as read shows " + secret).doesNotContainIgnoringCase(secret);
        }
        assertThat(shown.file()).isEqualTo(Pseudonym.of(KEY));
        assertThat(shown.document().sections()).extracting(Section::kind).containsExactly(SectionKind.EXPERIENCE);
        assertThat(shown.document().sections().get(0).lines().get(1)).contains("[address]", "built the Kafka ingest");
        assertThat(shown.document().bulletLanguages()).containsKey("[name] built the Kafka ingest");
    }

    @Test
    void shouldNotTakeYearRangesTechnologyNamesOrPlainNumbersForIdentities() {
        final ScoredBullet b = new ScoredBullet("From 2019-2024 moved ASP.NET and Node.js services, serving 12,000,000"
                + " users", 60, "fair", List.of(), List.of());
        final DocumentResult plain = new DocumentResult(KEY, "resume.pdf", DocumentResult.SCORED, null, "v1", 60,
                "fair", 1, null, List.of(new ScoredRole("Engineer", null, "2019 - 2024", List.of(b))), List.of(),
                List.of(), List.of(), List.of(), "blind-b", 5L, List.of(), Map.of(), null, "x1");
        final DocumentResult shown = Redactor.of(blind(BlindMask.NONE), List.of(KEY)).apply(plain);
        assertThat(shown.roles().get(0).bullets().get(0).text()).isEqualTo(b.text());
    }

    @Test
    void shouldGiveStablePseudonymsAndTellTwoApartWhoseFourDigitsCollide() {
        assertThat(Pseudonym.of(KEY)).isEqualTo(Pseudonym.of(KEY)).isNotEqualTo(Pseudonym.of(KEY + "0"));
        final Map<String, String> firstByShort = new HashMap<>();
        String a = null;
        String b = null;
        for (int i = 0; a == null; i++) {
            final String key = "blind-b/" + i;
            final String previous = firstByShort.putIfAbsent(Pseudonym.of(key), key);
            if (previous != null) {
                a = previous;
                b = key;
            }
        }
        final List<String> keys = new ArrayList<>(List.of(a, b, KEY));
        final Map<String, String> names = Pseudonym.forBatch(keys);
        assertThat(names.get(a)).isNotEqualTo(names.get(b)).matches("Candidate [0-9A-F]{8}")
                .startsWith(Pseudonym.of(a));
        assertThat(names.get(KEY)).isEqualTo(Pseudonym.of(KEY));
        assertThat(Redactor.of(blind(BlindMask.NONE), keys).pseudonym(a)).isEqualTo(names.get(a));
    }
}
