package org.resumepipeline.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.resumepipeline.model.FailureReason;

/**
 * HTML nested past Tika's depth limit (it says "Suspected zip bomb: N levels of XML element nesting") is a document
 * that cannot be read, not an archive bomb: the archive advice ("Upload the resumes themselves") would mislead.
 */
class DeeplyNestedMarkupTest {
    @Test
    void shouldFailHtmlNestedFiftyThousandDeepAsAParseErrorNotAnArchiveBomb() {
        final String html = "<html><body>" + "<div>".repeat(50_000) + ResumeFixtures.TEXT.replace("\n", "<br>")
                + "</div>".repeat(50_000) + "</body></html>";
        final Extraction result = InProcess.EXTRACTOR.extract("nested.html", html.getBytes(StandardCharsets.UTF_8));
        assertThat(result.reason()).isEqualTo(FailureReason.PARSE_ERROR);
        assertThat(result.message()).isNotBlank();
    }
}
