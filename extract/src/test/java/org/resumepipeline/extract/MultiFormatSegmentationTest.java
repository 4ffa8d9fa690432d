package org.resumepipeline.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.resumepipeline.model.ResumeDocument;
import org.resumepipeline.model.Role;

/** The same resume as TXT, MD, HTML, RTF, ODT, DOCX and PDF gives the same roles, bullets, skills and education. */
class MultiFormatSegmentationTest {
    private static final Extractor extractor = InProcess.EXTRACTOR;

    static Stream<Arguments> formats() throws Exception {
        return Stream.of(
                Arguments.of("resume.txt", "txt", ResumeFixtures.txt()),
                Arguments.of("resume.md", "md", ResumeFixtures.md()),
                Arguments.of("resume.html", "html", ResumeFixtures.html()),
                Arguments.of("resume.rtf", "rtf", ResumeFixtures.rtf()),
                Arguments.of("resume.odt", "odt", ResumeFixtures.odt()),
                Arguments.of("resume.docx", "docx", ResumeFixtures.docx()),
                Arguments.of("resume.pdf", "pdf", ResumeFixtures.pdf()));
    }

    @ParameterizedTest(name = "{1}")
    @MethodSource("formats")
    void shouldSegmentTheSameResumeIdenticallyInEveryFormat(final String file, final String format,
                                                           final byte[] bytes) {
        final Extraction result = extractor.extract(file, bytes);
        assertThat(result.isOk()).as("%s: %s", format, result.message()).isTrue();
        final ResumeDocument doc = result.document();
        assertThat(doc.format()).isEqualTo(format);
        assertThat(doc.contact().name()).isEqualTo("Jane Smith");
        assertThat(doc.contact().email()).isEqualTo("jane.smith@example.com");
        assertThat(doc.contact().phone()).isEqualTo("(312) 555-0123");
        assertThat(doc.summary()).isEqualTo(ResumeFixtures.SUMMARY);
        assertThat(doc.roles()).extracting(Role::title, Role::company, Role::dates, Role::start, Role::end,
                Role::current).containsExactly(
                org.assertj.core.groups.Tuple.tuple("Senior Software Engineer", "Acme Corp", "Jan 2021 – Present",
                        "2021-01", null, true),
                org.assertj.core.groups.Tuple.tuple("Software Engineer", "Globex Corporation", "Mar 2018 – Dec 2020",
                        "2018-03", "2020-12", false));
        assertThat(doc.roles().get(0).location()).isEqualTo("Springfield, IL");
        final Map<String, List<String>> expected = ResumeFixtures.ROLES.stream()
                .collect(Collectors.toMap(e -> e.header(), e -> e.bullets()));
        assertThat(doc.roles().get(0).bullets()).containsExactlyElementsOf(expected.get(ResumeFixtures.ROLES.get(0)
                .header()));
        assertThat(doc.roles().get(1).bullets()).containsExactlyElementsOf(expected.get(ResumeFixtures.ROLES.get(1)
                .header()));
        assertThat(doc.skills()).containsExactly("Java", "Go", "Python", "Kafka", "PostgreSQL", "Docker");
        assertThat(doc.education()).singleElement().satisfies(e -> {
            assertThat(e.degree()).isEqualTo("B.S. Computer Science");
            assertThat(e.institution()).isEqualTo("Springfield State University");
            assertThat(e.dates()).isEqualTo("2014 – 2018");
        });
    }
}
