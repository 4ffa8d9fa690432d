package org.resumepipeline.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.resumepipeline.extract.language.LanguageDetection;
import org.resumepipeline.model.ResumeDocument;
import org.resumepipeline.model.Role;

/**
 * One resume per supported language (written for this test, in {@code languages/<code>.txt}), as text and as HTML:
 * none is refused, each gives its contact, two dated roles with their bullets, education and its language.
 */
class MultilingualResumesTest {
    static Stream<Arguments> resumes() {
        return LanguageDetection.LANGUAGES.stream().filter(l -> !"en".equals(l))
                .flatMap(l -> Stream.of(Arguments.of(l, "txt"), Arguments.of(l, "html")));
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("resumes")
    void shouldReadEveryLanguagesResumeWithRolesBulletsAndDates(final String language, final String format)
            throws IOException {
        final String text = fixture(language);
        final byte[] content = ("txt".equals(format) ? text : html(text)).getBytes(StandardCharsets.UTF_8);
        final Extraction result = InProcess.EXTRACTOR.extract("resume-" + language + "." + format, content);

        assertThat(result.isOk()).as("%s %s: %s %s", language, format, result.reason(), result.message()).isTrue();
        final ResumeDocument doc = result.document();
        assertThat(doc.language()).as("language").isEqualTo(language);
        assertThat(doc.contact().email()).endsWith("@example.com");
        assertThat(doc.roles()).as("roles").hasSize(2);
        assertThat(doc.roles().get(0).current()).as("first role is current: %s", doc.roles().get(0).dates()).isTrue();
        assertThat(doc.roles()).allSatisfy(role -> {
            assertThat(role.title()).as("title").isNotBlank();
            assertThat(role.company()).as("company of %s", role.title()).isNotBlank();
            assertThat(role.start()).as("start of %s (%s)", role.title(), role.dates()).matches("(19|20)\\d\\d(-\\d\\d)?");
        });
        assertThat(doc.roles().stream().map(Role::bullets).mapToInt(List::size).sum()).as("bullets").isEqualTo(5);
        assertThat(doc.education()).as("education").isNotEmpty();
        assertThat(doc.skills()).as("skills").contains("Kafka");
    }

    static String fixture(final String language) throws IOException {
        try (InputStream in = MultilingualResumesTest.class.getResourceAsStream("/languages/" + language + ".txt")) {
            return new String(Objects.requireNonNull(in, language).readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    /** The same resume as a web page: headings as h2, bullets as list items, other lines as paragraphs. */
    static String html(final String text) {
        final List<String> out = new ArrayList<>();
        out.add("<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>CV</title></head><body>");
        final String[] blocks = text.split("\n\n");
        boolean inList = false;
        for (int b = 0; b < blocks.length; b++) {
            final String[] lines = blocks[b].split("\n");
            for (int i = 0; i < lines.length; i++) {
                final String line = lines[i].strip();
                final boolean bullet = line.startsWith("•") || line.startsWith("●") || line.startsWith("・");
                if (bullet != inList) {
                    out.add(bullet ? "<ul>" : "</ul>");
                    inList = bullet;
                }
                if (bullet) {
                    out.add("<li>" + escape(line.substring(1).strip()) + "</li>");
                } else if (b > 0 && i == 0) {
                    out.add("<h2>" + escape(line) + "</h2>");
                } else {
                    out.add("<p>" + escape(line) + "</p>");
                }
            }
            if (inList) {
                out.add("</ul>");
                inList = false;
            }
        }
        out.add("</body></html>");
        return String.join("\n", out);
    }

    private static String escape(final String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
