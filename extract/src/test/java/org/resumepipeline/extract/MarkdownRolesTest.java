package org.resumepipeline.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.stream.Stream;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.resumepipeline.model.ResumeDocument;
import org.resumepipeline.model.Role;

/** Roles written as Markdown sub-headings (or bold/italic lines) under "## Experience" become roles with bullets. */
class MarkdownRolesTest {
    private static final String TOP = """
            # Sam Example

            sam@example.com · (555) 555-0100

            ## Summary

            Backend engineer.

            ## Experience

            """;
    private static final String BOTTOM = """

            ## Education

            **B.S. Computer Science**, Example University, 2014 – 2018

            ## Skills

            - **Languages:** Java, Go
            """;
    private static final String BULLETS_1 = """
            - Cut p99 latency from 800 ms to 120 ms.
            - Led the migration of 12 services to Kubernetes.
            """;
    private static final String BULLETS_2 = """
            * Built an idempotent payment API.
            * Automated database failover.
            """;

    private static final Extractor extractor = InProcess.EXTRACTOR;

    static Stream<Arguments> layouts() {
        return Stream.of(
                Arguments.of("h3 title, company — dates",
                        "### Senior Engineer, Acme Corp — Jan 2021 – Present\n\n" + BULLETS_1
                                + "\n### Engineer, Globex Corporation — 03/2018 – 12/2020\n\n" + BULLETS_2),
                Arguments.of("h3 title | company, italic dates",
                        "### Senior Engineer | Acme Corp\n*Jan 2021 – Present*\n\n" + BULLETS_1
                                + "\n### Engineer | Globex Corporation\n_03/2018 – 12/2020_\n\n" + BULLETS_2),
                Arguments.of("h4 company, bold title and dates",
                        "#### Acme Corp\n**Senior Engineer** · Jan 2021 – Present\n\n" + BULLETS_1
                                + "\n#### Globex Corporation\n**Engineer** · 03/2018 – 12/2020\n\n" + BULLETS_2));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("layouts")
    void shouldReadMarkdownSubHeadingsAsRoles(final String layout, final String experience) {
        final byte[] bytes = (TOP + experience + BOTTOM).getBytes(StandardCharsets.UTF_8);
        final Extraction result = extractor.extract("resume.md", bytes);
        assertThat(result.isOk()).as(result.message()).isTrue();
        final ResumeDocument doc = result.document();
        assertThat(doc.roles()).extracting(Role::title, Role::company, Role::start, Role::current).containsExactly(
                Tuple.tuple("Senior Engineer", "Acme Corp", "2021-01", true),
                Tuple.tuple("Engineer", "Globex Corporation", "2018-03", false));
        assertThat(doc.roles().get(0).bullets()).containsExactly("Cut p99 latency from 800 ms to 120 ms.",
                "Led the migration of 12 services to Kubernetes.");
        assertThat(doc.roles().get(1).bullets()).containsExactly("Built an idempotent payment API.",
                "Automated database failover.");
        assertThat(doc.education()).singleElement().extracting(e -> e.institution()).isEqualTo("Example University");
        assertThat(doc.skills()).containsExactly("Java", "Go");
    }
}
