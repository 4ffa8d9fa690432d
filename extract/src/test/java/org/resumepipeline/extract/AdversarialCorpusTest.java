package org.resumepipeline.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.resumepipeline.model.FailureReason;

/**
 * Every hostile or broken file of shared/corpus/adversarial gets a deliberate verdict. Notes on the less obvious ones:
 * tika_testPDF_protected.pdf has an owner password only (the empty user password opens it), so it is read, and it is a
 * speech, not a resume; the zip files are refused by type before any unpacking (droste.zip never recurses); a text
 * file named .odt and a truncated .docx are CORRUPT; a PDF with no text on its only page is NO_TEXT.
 */
@Timeout(120)
class AdversarialCorpusTest {
    static final Map<String, FailureReason> EXPECTED = new LinkedHashMap<>();

    static {
        EXPECTED.put("tika_testPDF_protected.pdf", FailureReason.NOT_A_RESUME);
        EXPECTED.put("tika_testPassword4Spaces.pdf", FailureReason.ENCRYPTED);
        EXPECTED.put("tika_testUnicodePassword.pdf", FailureReason.ENCRYPTED);
        EXPECTED.put("tika_testPDF_no_extract_owner_user.pdf", FailureReason.ENCRYPTED);
        EXPECTED.put("tika_testOCR_imageonly.pdf", FailureReason.NO_TEXT);
        EXPECTED.put("tika_testPDF_bad_page_303226.pdf", FailureReason.NOT_A_RESUME);
        EXPECTED.put("tika_testPDF_malformedXFA.pdf", FailureReason.NO_TEXT);
        EXPECTED.put("tika_testPDF_deeplyEmbeddedAttachments.pdf", FailureReason.NOT_A_RESUME);
        EXPECTED.put("tika_testOverlappingText.pdf", FailureReason.NOT_A_RESUME);
        EXPECTED.put("tika_testPDF_rotated.pdf", FailureReason.NOT_A_RESUME);
        EXPECTED.put("tika_testWORD_protected_passtika.docx", FailureReason.ENCRYPTED);
        EXPECTED.put("tika_testWORD_truncated.docx", FailureReason.CORRUPT);
        EXPECTED.put("tika_NullHeader.docx", FailureReason.NOT_A_RESUME);
        EXPECTED.put("tika_test_recursive_embedded.docx", FailureReason.NOT_A_RESUME);
        EXPECTED.put("tika_testZIP_corrupted_oom.zip", FailureReason.UNSUPPORTED_TYPE);
        EXPECTED.put("tika_testRTFCorruptListOverride.rtf", FailureReason.NOT_A_RESUME);
        EXPECTED.put("tika_testRTFInvalidUnicode.rtf", FailureReason.NOT_A_RESUME);
        EXPECTED.put("tika_testODTEncrypted.odt", FailureReason.ENCRYPTED);
        EXPECTED.put("tika_testODTnotaZipFile.odt", FailureReason.CORRUPT);
        EXPECTED.put("droste.zip", FailureReason.UNSUPPORTED_TYPE);
        EXPECTED.put("tika_test-zip-of-zip.zip", FailureReason.UNSUPPORTED_TYPE);
        EXPECTED.put("tika_testZipEncrypted.zip", FailureReason.UNSUPPORTED_TYPE);
        EXPECTED.put("tika_testHTMLBadScript.html", FailureReason.NOT_A_RESUME);
        EXPECTED.put("tika_empty-file.txt.bz2", FailureReason.UNSUPPORTED_TYPE);
        EXPECTED.put("synth_empty.pdf", FailureReason.EMPTY);
        EXPECTED.put("synth_empty.docx", FailureReason.EMPTY);
    }

    private static final Extractor extractor = InProcess.EXTRACTOR;

    static Stream<Arguments> files() {
        return EXPECTED.entrySet().stream().map(e -> Arguments.of(e.getKey(), e.getValue()));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @MethodSource("files")
    void shouldGiveEachAdversarialFileItsDeliberateVerdict(final String file, final FailureReason expected)
            throws IOException {
        final Path dir = SharedCorpus.require("adversarial");
        final Extraction result = extractor.extract(file, Files.readAllBytes(dir.resolve(file)));
        assertThat(result.reason()).as(file).isEqualTo(expected);
        assertThat(result.message()).isNotBlank();
    }

    @Test
    void shouldCoverEveryFileOfTheManifest() throws IOException {
        final Path dir = SharedCorpus.require("adversarial");
        final List<String> manifest = Files.readAllLines(dir.resolve("MANIFEST.tsv")).stream().skip(1)
                .filter(l -> !l.isBlank()).map(l -> l.split("\t")[0]).toList();
        assertThat(EXPECTED.keySet()).containsExactlyInAnyOrderElementsOf(manifest);
    }

    @Test
    void shouldGiveTheSameVerdictsInIsolatedWorkers() throws IOException {
        final Path dir = SharedCorpus.require("adversarial");
        final ExtractConfig config = new ExtractConfig(true, 2, java.time.Duration.ofSeconds(60), 10L * 1024 * 1024,
                1_000_000, 256, false);
        try (Extractor isolated = Extractors.create(config)) {
            for (final Map.Entry<String, FailureReason> e : EXPECTED.entrySet()) {
                final Extraction result = isolated.extract(e.getKey(), Files.readAllBytes(dir.resolve(e.getKey())));
                assertThat(result.reason()).as(e.getKey()).isEqualTo(e.getValue());
            }
        }
    }
}
