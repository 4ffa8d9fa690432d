package org.resumepipeline.model;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class FailureCategoryTest {
    @Test
    void shouldAskForANewFileOnlyWhereTheBytesThemselvesFail() {
        final Set<FailureReason> fixTheFile = EnumSet.noneOf(FailureReason.class);
        for (final FailureReason reason : FailureReason.values()) {
            if (reason.category() == FailureCategory.FIX_THE_FILE) {
                fixTheFile.add(reason);
            }
        }
        assertThat(fixTheFile).containsExactlyInAnyOrder(FailureReason.EMPTY, FailureReason.TOO_LARGE,
                FailureReason.UNSUPPORTED_TYPE, FailureReason.ENCRYPTED, FailureReason.CORRUPT, FailureReason.TIMEOUT,
                FailureReason.OUT_OF_MEMORY, FailureReason.ARCHIVE_BOMB, FailureReason.NO_TEXT,
                FailureReason.PARSE_ERROR, FailureReason.NOT_A_RESUME);
        assertThat(FailureReason.EXTRACTOR_UNAVAILABLE.category()).isEqualTo(FailureCategory.RETRY);
        assertThat(FailureReason.INVALID_RECORD.category()).isEqualTo(FailureCategory.OUR_BUG);
    }

    @Test
    void shouldKeepThePublicAdviceTextsOfTheExistingCodes() {
        assertThat(FailureReason.TIMEOUT.advice())
                .isEqualTo("Reading the document took too long. Export it again (for example print to PDF) and upload"
                        + " again.");
        assertThat(FailureReason.ENCRYPTED.advice())
                .isEqualTo("The document is password-protected. Save it without a password and upload again.");
        for (final FailureCategory category : FailureCategory.values()) {
            assertThat(category.whatToDo()).isNotBlank().endsWith(".");
        }
    }

    @Test
    void shouldWriteTheCategoryIntoTheDocsFailureAndTakeItFromTheReasonForAnOlderDoc() throws Exception {
        final DocumentResult failed = DocumentResult.failed(new Failure("b/1", "b", "x.pdf", "extract",
                FailureReason.EXTRACTOR_UNAVAILABLE, null, 1L));
        final JsonNode tree = Json.MAPPER.readTree(Json.MAPPER.writeValueAsBytes(failed));
        assertThat(tree.path("failure").path("reason").asText()).isEqualTo("EXTRACTOR_UNAVAILABLE");
        assertThat(tree.path("failure").path("category").asText()).isEqualTo("RETRY");

        final String old = "{\"key\":\"b/2\",\"file\":\"a.pdf\",\"status\":\"failed\",\"failure\":{\"reason\":"
                + "\"ENCRYPTED\",\"message\":\"m\"},\"batch\":\"b\",\"uploadedAt\":5}";
        final DocumentResult read = Json.MAPPER.readValue(old.getBytes(StandardCharsets.UTF_8), DocumentResult.class);
        assertThat(read.failure().category()).isEqualTo(FailureCategory.FIX_THE_FILE);
        assertThat(read.failure().message()).isEqualTo("m");
    }
}
