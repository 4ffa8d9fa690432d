package org.resumepipeline.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.resumepipeline.model.FailureReason;
import org.resumepipeline.model.ResumeDocument;
import org.resumepipeline.model.Role;

/** With tesseract installed, --ocr reads a scanned resume (image-only PDF and PNG) back with its bullets whole. */
class OcrExtractionTest {
    private static Extractor ocr;

    @BeforeAll
    static void tesseract() {
        assumeTrue(OcrEngine.find().isPresent(), "tesseract-ocr is not installed: skipped");
        ocr = Extractors.create(ExtractConfig.defaults().inProcess().withOcr(true, ExtractConfig.OCR_DEFAULT));
    }

    @AfterAll
    static void close() {
        if (ocr != null) {
            ocr.close();
        }
    }

    @Test
    void shouldReadTheBulletsOfAnImageOnlyPdfBackWithOcr() throws IOException {
        final ResumeDocument doc = extract("scan.pdf", ScannedResumes.imageOnlyPdf());
        assertThat(doc.warnings()).contains("SCANNED", "IMAGE_ONLY");
        assertRecovered(doc);
    }

    @Test
    void shouldReadAPngUploadWithOcr() throws IOException {
        assertRecovered(extract("scan.png", ScannedResumes.png()));
    }

    @Test
    void shouldSayHowToTurnOcrOnWhenItIsOff() throws IOException {
        final Extraction pdf = InProcess.EXTRACTOR.extract("scan.pdf", ScannedResumes.imageOnlyPdf());
        final Extraction png = InProcess.EXTRACTOR.extract("scan.png", ScannedResumes.png());
        assertThat(List.of(pdf, png)).allSatisfy(e -> {
            assertThat(e.reason()).isEqualTo(FailureReason.NO_TEXT);
            assertThat(e.message()).contains("--ocr");
        });
    }

    private static ResumeDocument extract(final String file, final byte[] content) {
        final long begin = System.nanoTime();
        final Extraction result = ocr.extract(file, content);
        final Duration took = Duration.ofNanos(System.nanoTime() - begin);
        assertThat(result.isOk()).as("%s: %s %s", file, result.reason(), result.message()).isTrue();
        System.out.printf(Locale.ROOT, "OCR %s: 1 page in %.1f s%n", file, took.toMillis() / 1000.0);
        assertThat(took).isLessThan(ExtractConfig.defaults().timeout());
        return result.document();
    }

    private static void assertRecovered(final ResumeDocument doc) {
        final List<String> bullets = doc.roles().stream().map(Role::bullets).flatMap(List::stream).toList();
        final long whole = ScannedResumes.BULLETS.stream().filter(bullets::contains).count();
        System.out.printf(Locale.ROOT, "OCR bullets recovered whole: %d of %d%n", whole,
                ScannedResumes.BULLETS.size());
        assertThat(whole).isGreaterThanOrEqualTo(Math.round(ScannedResumes.BULLETS.size() * 0.8));
        assertThat(doc.roles()).hasSize(2);
        assertThat(doc.contact().email()).isEqualTo("alex.rivera@example.com");
    }
}
