package org.resumepipeline.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.resumepipeline.extract.worker.IsolatedExtractor;
import org.resumepipeline.model.FailureReason;

/**
 * The type ingest sniffed (on the upload record) replaces a second detection: the outcome is the same as detecting,
 * in-process and through a worker JVM, and a type outside the accepted ones is ignored rather than trusted.
 */
@Timeout(120)
class MediaTypeHintTest {
    private static final Map<String, String> SNIFFED = Map.of(
            "pdf", "application/pdf",
            "docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
            "odt", "application/vnd.oasis.opendocument.text",
            "rtf", "application/rtf",
            "html", "text/html",
            "md", "text/markdown",
            "txt", "text/plain");

    private static List<Path> samples() throws IOException {
        try (Stream<Path> files = Files.list(SampleResumesTest.samples())) {
            return files.sorted().toList();
        }
    }

    private static String sniffed(final Path file) {
        final String name = file.getFileName().toString();
        return SNIFFED.get(name.substring(name.lastIndexOf('.') + 1));
    }

    @Test
    void shouldGiveTheSameOutcomeWithTheSniffedTypeAsWithDetection() throws IOException {
        final ExtractConfig d = ExtractConfig.defaults();
        try (IsolatedExtractor isolated = new IsolatedExtractor(new ExtractConfig(true, 1, Duration.ofSeconds(60),
                d.maxBytes(), d.maxChars(), d.workerHeapMb(), false))) {
            for (final Path file : samples()) {
                final String name = file.getFileName().toString();
                final byte[] bytes = Files.readAllBytes(file);
                final Extraction detected = InProcess.EXTRACTOR.extract(name, bytes);
                assertThat(detected.isOk()).as(name).isTrue();
                assertThat(InProcess.EXTRACTOR.extract(name, bytes, sniffed(file))).as(name).isEqualTo(detected);
                assertThat(isolated.extract(name, bytes, sniffed(file))).as(name).isEqualTo(detected);
            }
        }
    }

    @Test
    void shouldDetectWhenTheHintIsNotAnAcceptedType() {
        final byte[] resume = ResumeFixtures.TEXT.getBytes(StandardCharsets.UTF_8);
        final Extraction result = InProcess.EXTRACTOR.extract("resume.txt", resume, "application/zip");
        assertThat(result.isOk()).isTrue();
        assertThat(result.mediaType()).isEqualTo("text/plain");
    }

    @Test
    void shouldStillRefuseAContainerNameWhoseBytesAreText() {
        final byte[] resume = ResumeFixtures.TEXT.getBytes(StandardCharsets.UTF_8);
        final Extraction result = InProcess.EXTRACTOR.extract("resume.pdf", resume, "text/plain");
        assertThat(result.reason()).isEqualTo(FailureReason.CORRUPT);
    }
}
