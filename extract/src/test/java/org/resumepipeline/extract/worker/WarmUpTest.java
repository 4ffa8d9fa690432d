package org.resumepipeline.extract.worker;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.resumepipeline.extract.ExtractConfig;
import org.resumepipeline.extract.Extraction;
import org.resumepipeline.extract.TikaResumeParser;

/** The worker's warm-up documents are real resumes: a PDF that PDFBox cannot write would silently skip PDF warm-up. */
class WarmUpTest {
    @Test
    void shouldWarmUpOnAPdfThatParsesAsAResume() {
        final byte[] pdf = WarmUp.pdf();
        assertThat(pdf).isNotEmpty();
        final Extraction result = new TikaResumeParser(ExtractConfig.defaults()).parse("warm-up.pdf", pdf);
        assertThat(result.isOk()).as(String.valueOf(result.reason())).isTrue();
        assertThat(result.mediaType()).isEqualTo("application/pdf");
        assertThat(result.document().roles()).hasSize(2);
    }
}
