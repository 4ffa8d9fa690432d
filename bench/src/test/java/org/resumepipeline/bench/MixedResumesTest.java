package org.resumepipeline.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.parser.AutoDetectParser;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.sax.BodyContentHandler;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The bench corpus is what it claims: six real formats, in turn, each file a distinct readable resume. */
class MixedResumesTest {
    @Test
    void shouldWriteEachFormatInTurnAsAFileTikaDetectsAndReads(@TempDir final Path dir) throws Exception {
        final List<Path> files = MixedResumes.write(dir, 12);
        assertThat(files).hasSize(12);
        final AutoDetectParser tika = new AutoDetectParser();
        final List<String> expectedTypes = List.of("application/pdf",
                "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                "application/vnd.oasis.opendocument.text", "application/rtf", "text/html", "text/plain");
        for (int i = 0; i < files.size(); i++) {
            final Path file = files.get(i);
            assertThat(file.getFileName().toString()).endsWith("." + MixedResumes.FORMATS.get(i % 6));
            final Metadata metadata = new Metadata();
            final BodyContentHandler text = new BodyContentHandler(-1);
            tika.parse(new ByteArrayInputStream(Files.readAllBytes(file)), text, metadata, new ParseContext());
            assertThat(metadata.get(Metadata.CONTENT_TYPE)).as(file.toString()).startsWith(expectedTypes.get(i % 6));
            final MixedResumes.Resume resume = MixedResumes.resume(i);
            assertThat(text.toString()).as(file.toString()).contains("Candidate " + i, "Experience", "Education")
                    .contains(resume.roles().get(0).bullets().get(0).substring(0, 30));
        }
    }

    @Test
    void shouldGiveDistinctResumesAndTheSameOnesForTheSameIndex() {
        assertThat(MixedResumes.text(MixedResumes.resume(3))).isEqualTo(MixedResumes.text(MixedResumes.resume(3)))
                .isNotEqualTo(MixedResumes.text(MixedResumes.resume(4)));
    }
}
