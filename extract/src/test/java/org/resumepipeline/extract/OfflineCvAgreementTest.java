package org.resumepipeline.extract;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.resumepipeline.model.Education;
import org.resumepipeline.model.Json;
import org.resumepipeline.model.ResumeDocument;
import org.resumepipeline.model.Role;

/**
 * Agreement with shared/corpus/offlinecv: field by field against the hand-written *.truth.json, and counts against
 * the peer parser's *.expected.json. Thresholds are what the segmenter achieves today: raise them, never lower them.
 */
class OfflineCvAgreementTest {
    private static final double T_TITLE = 1.0;
    private static final double T_COMPANY = 1.0;
    private static final double T_DATES = 1.0;
    private static final double T_DEGREE = 1.0;
    private static final double T_INSTITUTION = 1.0;
    private static final double T_SKILLS = 0.85;
    private static final double T_ROLE_COUNT = 0.95;
    private static final double T_EDUCATION_COUNT = 0.95;

    @Test
    void shouldAgreeWithGroundTruthAndPeerCounts() throws IOException {
        final Path dir = SharedCorpus.require("offlinecv");
        final List<Path> pdfs;
        try (Stream<Path> walk = Files.walk(dir)) {
            pdfs = walk.filter(p -> p.toString().endsWith(".pdf")).sorted().toList();
        }
        final Tally parsed = new Tally();
        final Tally title = new Tally();
        final Tally company = new Tally();
        final Tally dates = new Tally();
        final Tally degree = new Tally();
        final Tally institution = new Tally();
        final Tally skills = new Tally();
        final Tally email = new Tally();
        final Tally roleCount = new Tally();
        final Tally educationCount = new Tally();
        final Tally pageCount = new Tally();
        final Tally emailFound = new Tally();
        try (Extractor extractor = Extractors.create(ExtractConfig.defaults().inProcess())) {
            for (final Path pdf : pdfs) {
                final String base = pdf.toString().substring(0, pdf.toString().length() - ".pdf".length());
                final Extraction result = extractor.extract(pdf.getFileName().toString(), Files.readAllBytes(pdf));
                parsed.add(result.isOk());
                final ResumeDocument doc = result.isOk() ? result.document() : null;
                final Path expectedFile = Path.of(base + ".expected.json");
                if (Files.exists(expectedFile)) {
                    final JsonNode cascade = Json.MAPPER.readTree(expectedFile.toFile()).path("cascade");
                    roleCount.add(doc != null && doc.roles().size() == cascade.path("experienceCount").asInt(-1));
                    educationCount.add(doc != null
                            && doc.education().size() == cascade.path("educationCount").asInt(-1));
                    pageCount.add(doc != null && doc.pages() == cascade.path("pageCount").asInt(-1));
                    emailFound.add(doc != null && doc.contact().email() != null);
                }
                final Path truthFile = Path.of(base + ".truth.json");
                if (Files.exists(truthFile)) {
                    final JsonNode truth = Json.MAPPER.readTree(truthFile.toFile());
                    final List<Role> roles = doc == null ? List.of() : doc.roles();
                    int i = 0;
                    for (final JsonNode r : truth.path("experience")) {
                        final Role got = i < roles.size() ? roles.get(i) : null;
                        title.add(got != null && same(got.title(), r.path("title").asText()));
                        company.add(got != null && same(got.company(), r.path("company").asText()));
                        dates.add(got != null && same(got.dates(), r.path("dates").asText()));
                        i++;
                    }
                    final List<Education> education = doc == null ? List.of() : doc.education();
                    i = 0;
                    for (final JsonNode e : truth.path("education")) {
                        final Education got = i < education.size() ? education.get(i) : null;
                        degree.add(got != null && same(got.degree(), e.path("degree").asText()));
                        institution.add(got != null && same(got.institution(), e.path("institution").asText()));
                        i++;
                    }
                    final Set<String> gotSkills = new HashSet<>();
                    if (doc != null) {
                        doc.skills().forEach(s -> gotSkills.add(norm(s)));
                    }
                    for (final JsonNode s : truth.path("skills")) {
                        skills.add(gotSkills.contains(norm(s.asText())));
                    }
                    email.add(doc != null && same(doc.contact().email(), truth.path("contact").path("email").asText()));
                }
            }
        }
        final StringBuilder table = new StringBuilder("\noffline-cv agreement (" + pdfs.size() + " PDFs)\n");
        row(table, "parsed as resume", parsed);
        row(table, "truth: role title", title);
        row(table, "truth: role company", company);
        row(table, "truth: role dates", dates);
        row(table, "truth: education degree", degree);
        row(table, "truth: education institution", institution);
        row(table, "truth: skills (recall)", skills);
        row(table, "truth: email", email);
        row(table, "expected: role count", roleCount);
        row(table, "expected: education count", educationCount);
        row(table, "expected: page count", pageCount);
        row(table, "expected: email found", emailFound);
        System.out.println(table);

        assertThat(parsed.ratio()).isGreaterThanOrEqualTo(1.0);
        assertThat(title.ratio()).isGreaterThanOrEqualTo(T_TITLE);
        assertThat(company.ratio()).isGreaterThanOrEqualTo(T_COMPANY);
        assertThat(dates.ratio()).isGreaterThanOrEqualTo(T_DATES);
        assertThat(degree.ratio()).isGreaterThanOrEqualTo(T_DEGREE);
        assertThat(institution.ratio()).isGreaterThanOrEqualTo(T_INSTITUTION);
        assertThat(skills.ratio()).isGreaterThanOrEqualTo(T_SKILLS);
        assertThat(email.ratio()).isGreaterThanOrEqualTo(1.0);
        assertThat(roleCount.ratio()).isGreaterThanOrEqualTo(T_ROLE_COUNT);
        assertThat(educationCount.ratio()).isGreaterThanOrEqualTo(T_EDUCATION_COUNT);
        assertThat(pageCount.ratio()).isGreaterThanOrEqualTo(1.0);
        assertThat(emailFound.ratio()).isGreaterThanOrEqualTo(1.0);
    }

    private static void row(final StringBuilder table, final String name, final Tally t) {
        table.append(String.format(Locale.ROOT, "  %-30s %s%n", name, t.show()));
    }

    private static boolean same(final String got, final String want) {
        return got != null && norm(got).equals(norm(want));
    }

    private static String norm(final String s) {
        return s.toLowerCase(Locale.ROOT).replaceAll("[–—‒−]", "-").replaceAll("\\s*-\\s*", "-")
                .replaceAll("\\s+", " ").replaceAll("[.,;:]+$", "").strip();
    }

}
