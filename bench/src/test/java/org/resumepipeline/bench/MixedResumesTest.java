package org.resumepipeline.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.parser.AutoDetectParser;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.sax.BodyContentHandler;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.resumepipeline.extract.ExtractConfig;
import org.resumepipeline.extract.Extraction;
import org.resumepipeline.extract.TikaResumeParser;

/**
 * The bench corpus is what it claims: six real formats, in turn, each file a distinct readable resume; in Markdown,
 * what the rescore and chaos benches and the kill tests ingest, n distinct files the extractor reads as resumes.
 */
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

    @Test
    void shouldWriteDistinctMarkdownResumesThatTheExtractorReadsWithEveryRoleAndBullet(@TempDir final Path dir)
            throws Exception {
        final List<Path> files = MixedResumes.write(dir, 30, MixedResumes.MARKDOWN);
        assertThat(files).hasSize(30);
        final TikaResumeParser parser = new TikaResumeParser(ExtractConfig.defaults());
        final Set<String> contents = new HashSet<>();
        for (int i = 0; i < files.size(); i++) {
            final Path file = files.get(i);
            assertThat(file.getFileName().toString()).isEqualTo(String.format(Locale.ROOT, "resume-%05d.md", i));
            final byte[] bytes = Files.readAllBytes(file);
            assertThat(contents.add(new String(bytes, StandardCharsets.UTF_8))).as("distinct")
                    .isTrue();
            final Extraction extraction = parser.parse(file.getFileName().toString(), bytes, "text/markdown");
            assertThat(extraction.isOk()).as(file + ": " + extraction.reason()).isTrue();
            final MixedResumes.Resume resume = MixedResumes.resume(i);
            assertThat(extraction.document().roles()).as(file.toString()).hasSameSizeAs(resume.roles());
            for (int k = 0; k < resume.roles().size(); k++) {
                assertThat(extraction.document().roles().get(k).bullets()).as(file + " role " + k)
                        .hasSameSizeAs(resume.roles().get(k).bullets());
            }
        }
    }
}
