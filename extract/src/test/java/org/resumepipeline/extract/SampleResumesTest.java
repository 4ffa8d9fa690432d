package org.resumepipeline.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.resumepipeline.model.ResumeDocument;
import org.resumepipeline.model.Role;

/** Every resume of the project's samples/ folder (all formats) gives dated roles with bullets and its contact. */
class SampleResumesTest {
    private static final Extractor extractor = InProcess.EXTRACTOR;

    static Path samples() {
        final Path dir = Path.of(System.getProperty("user.dir")).resolve("../samples").normalize();
        assumeTrue(Files.isDirectory(dir), "samples/ not found next to the module: skipped");
        return dir;
    }

    static Stream<String> files() throws IOException {
        try (Stream<Path> list = Files.list(samples())) {
            final List<String> names = list.map(p -> p.getFileName().toString())
                    .filter(n -> !n.equals("README.md")).sorted().toList();
            assertThat(names).hasSizeGreaterThanOrEqualTo(10);
            return names.stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("files")
    void shouldReadRolesWithBulletsAndContactFromEverySample(final String file) throws IOException {
        final Extraction result = extractor.extract(file, Files.readAllBytes(samples().resolve(file)));
        assertThat(result.isOk()).as("%s: %s", file, result.message()).isTrue();
        final ResumeDocument doc = result.document();
        assertThat(doc.contact().email()).as(file).endsWith("@example.com");
        assertThat(doc.contact().name()).as(file).isNotBlank();
        assertThat(doc.roles()).as(file).hasSizeGreaterThanOrEqualTo(2).allSatisfy(role -> {
            assertThat(role.title()).as("%s title", file).isNotBlank();
            assertThat(role.company()).as("%s company of %s", file, role.title()).isNotBlank();
            assertThat(role.start()).as("%s start of %s", file, role.title()).isNotNull();
            assertThat(role.bullets()).as("%s bullets of %s", file, role.title()).hasSizeGreaterThanOrEqualTo(2);
        });
        assertThat(doc.roles().stream().filter(Role::current).count()).as("%s current roles", file).isEqualTo(1);
        assertThat(doc.skills()).as(file).isNotEmpty();
        assertThat(doc.education()).as(file).isNotEmpty().allSatisfy(e -> {
            assertThat(e.degree()).isNotBlank();
            assertThat(e.institution()).isNotBlank();
        });
    }
}
