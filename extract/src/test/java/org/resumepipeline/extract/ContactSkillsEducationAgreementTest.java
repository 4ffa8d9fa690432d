package org.resumepipeline.extract;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.resumepipeline.model.Education;
import org.resumepipeline.model.Json;
import org.resumepipeline.model.ResumeDocument;

/**
 * Name, email, skills and education against the hand-written truth of shared/corpus/realworld, compared loosely
 * (case, whitespace and trailing punctuation ignored; skills as sets). Prints per-file and per-field figures, over
 * all files and over the files that were scored. Thresholds are what the extractor reaches today: raise them, never
 * lower them.
 */
class ContactSkillsEducationAgreementTest {
    private static final double T_NAME = 0.95;
    private static final double T_EMAIL = 0.97;
    private static final double T_SKILLS_PRECISION = 0.90;
    private static final double T_SKILLS_RECALL = 0.82;
    private static final double T_INSTITUTION = 0.79;
    /** The truth lists at most this many skills; beyond it, extra skills found are not counted as wrong. */
    private static final int TRUTH_SKILL_CAP = 30;

    /** The five figures, once over all files and once over the scored ones. */
    private static final class Figures {
        final Tally name = new Tally();
        final Tally email = new Tally();
        final Tally skillsPrecision = new Tally();
        final Tally skillsRecall = new Tally();
        final Tally institution = new Tally();
        final Tally degree = new Tally();
    }

    @Test
    void shouldFindNameEmailSkillsAndEducationAsTheTruthFilesRecordThem() throws IOException {
        final List<Path> files = SharedCorpus.realWorldResumes();
        final Figures all = new Figures();
        final Figures scored = new Figures();
        int scoredFiles = 0;
        final StringBuilder out = new StringBuilder("\nreal-world contact, skills, education (" + files.size()
                + " files)\n");
        for (final Path file : files) {
            final String fileName = file.getFileName().toString();
            final Path truthFile = SharedCorpus.truthOf(file);
            if (!Files.exists(truthFile)) {
                continue;
            }
            final JsonNode truth = Json.MAPPER.readTree(truthFile.toFile());
            final Extraction result = InProcess.EXTRACTOR.extract(fileName, Files.readAllBytes(file));
            final ResumeDocument doc = result.isOk() ? result.document() : null;
            final List<Figures> into = doc == null ? List.of(all) : List.of(all, scored);
            scoredFiles += doc == null ? 0 : 1;
            final StringBuilder row = new StringBuilder(String.format(Locale.ROOT, "  %-34.34s %-3s %-6s",
                    fileName, truth.path("language").asText(), doc == null ? "FAILED" : "ok"));

            final String wantName = text(truth.path("name"));
            if (wantName != null) {
                final boolean ok = doc != null && same(doc.contact().name(), wantName);
                into.forEach(f -> f.name.add(ok));
                row.append(ok ? " name ok " : " name NO ");
            } else {
                row.append(" name -  ");
            }
            final String wantEmail = text(truth.path("email"));
            if (wantEmail != null) {
                final boolean ok = doc != null && same(doc.contact().email(), wantEmail);
                into.forEach(f -> f.email.add(ok));
                row.append(ok ? " email ok " : " email NO ");
            } else {
                row.append(" email -  ");
            }

            final Set<String> wantSkills = new LinkedHashSet<>();
            truth.path("skills").forEach(s -> wantSkills.add(norm(s.asText())));
            final Set<String> gotSkills = new LinkedHashSet<>();
            if (doc != null) {
                doc.skills().forEach(s -> gotSkills.add(norm(s)));
            }
            final int skillHits = (int) gotSkills.stream().filter(wantSkills::contains).count();
            final int counted = wantSkills.size() >= TRUTH_SKILL_CAP ? Math.min(gotSkills.size(), TRUTH_SKILL_CAP)
                    : gotSkills.size();
            into.forEach(f -> {
                f.skillsPrecision.add(Math.min(skillHits, counted), counted);
                f.skillsRecall.add(skillHits, wantSkills.size());
            });
            row.append(String.format(Locale.ROOT, " skills P %2d/%-2d R %2d/%-2d", Math.min(skillHits, counted),
                    counted, skillHits, wantSkills.size()));

            final List<Education> unused = new ArrayList<>(doc == null ? List.of() : doc.education());
            int instHits = 0;
            int degreeHits = 0;
            int entries = 0;
            for (final JsonNode e : truth.path("education")) {
                entries++;
                final String inst = text(e.path("institution"));
                final String degree = text(e.path("degree"));
                Education match = null;
                for (final Education got : unused) {
                    if (same(got.institution(), inst) && (match == null || degree != null
                            && same(got.degree(), degree))) {
                        match = got;
                    }
                }
                if (match != null) {
                    unused.remove(match);
                    instHits++;
                    degreeHits += degree == null || same(match.degree(), degree) ? 1 : 0;
                }
            }
            final int ih = instHits;
            final int dh = degreeHits;
            final int n = entries;
            into.forEach(f -> {
                f.institution.add(ih, n);
                f.degree.add(dh, n);
            });
            row.append(String.format(Locale.ROOT, " edu inst %d/%d degree %d/%d", ih, n, dh, n));
            out.append(row).append('\n');
        }
        out.append(String.format(Locale.ROOT, "scored %d/%d%n", scoredFiles, files.size()));
        out.append(String.format(Locale.ROOT, "  %-26s %-18s %-18s%n", "field", "all files", "scored files"));
        line(out, "name right", all.name, scored.name);
        line(out, "email right (printed)", all.email, scored.email);
        line(out, "skills precision", all.skillsPrecision, scored.skillsPrecision);
        line(out, "skills recall", all.skillsRecall, scored.skillsRecall);
        line(out, "education institution", all.institution, scored.institution);
        line(out, "education degree", all.degree, scored.degree);
        System.out.println(out);

        assertThat(all.name.ratio()).as("name right").isGreaterThanOrEqualTo(T_NAME);
        assertThat(all.email.ratio()).as("email right").isGreaterThanOrEqualTo(T_EMAIL);
        assertThat(all.skillsPrecision.ratio()).as("skills precision").isGreaterThanOrEqualTo(T_SKILLS_PRECISION);
        assertThat(all.skillsRecall.ratio()).as("skills recall").isGreaterThanOrEqualTo(T_SKILLS_RECALL);
        assertThat(all.institution.ratio()).as("education institution").isGreaterThanOrEqualTo(T_INSTITUTION);
    }

    private static void line(final StringBuilder out, final String name, final Tally all, final Tally scored) {
        out.append(String.format(Locale.ROOT, "  %-26s %-18s %-18s%n", name, all.show(), scored.show()));
    }

    private static String text(final JsonNode node) {
        return node.isMissingNode() || node.isNull() || node.asText().isBlank() ? null : node.asText();
    }

    private static boolean same(final String got, final String want) {
        return got != null && want != null && norm(got).equals(norm(want));
    }

    static String norm(final String s) {
        return s.toLowerCase(Locale.ROOT).replaceAll("[–—‒−]", "-").replaceAll("\\s+", " ")
                .replaceAll("[\\s.,;:!?·|]+$", "").replaceAll("^[\\s•·*-]+", "").strip();
    }
}
