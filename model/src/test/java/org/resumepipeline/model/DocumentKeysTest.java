package org.resumepipeline.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class DocumentKeysTest {
    private static final String SHA256_OF_RESUME = "a83a31320d921b888a48fa5edd0b4b5a29984de6e96bf7b8ac7d29ba06caf616";

    @Test
    void shouldKeySameBytesInOneBatchOnceAndInTwoBatchesTwice() {
        final byte[] bytes = "resume".getBytes(StandardCharsets.UTF_8);
        assertThat(DocumentKeys.of("b1", bytes)).isEqualTo(DocumentKeys.of("b1", bytes.clone()));
        assertThat(DocumentKeys.of("b1", bytes)).isNotEqualTo(DocumentKeys.of("b2", bytes));
        // sha256("resume"), computed independently with sha256sum
        assertThat(DocumentKeys.of("b1", bytes))
                .isEqualTo("b1/" + SHA256_OF_RESUME);
        assertThat(DocumentKeys.sha256(bytes)).hasSize(64).matches("[0-9a-f]+");
        assertThat(DocumentKeys.batchOf(DocumentKeys.of("b1", bytes))).isEqualTo("b1");
    }

    @Test
    void shouldRefuseBatchNamesThatCouldEscapeAPathOrTopic() {
        for (final String bad : List.of("", "../etc", "a/b", "a b", ".hidden", "a..b", "x".repeat(65), "ä")) {
            assertThatThrownBy(() -> DocumentKeys.validateBatch(bad)).as(bad)
                    .isInstanceOf(IllegalArgumentException.class);
        }
        assertThat(DocumentKeys.validateBatch("spring-2026_backend.v2")).isEqualTo("spring-2026_backend.v2");
    }

    @Test
    void shouldRoundTripResultsThroughTheJsonSerdeAndKeepTombstones() {
        final JsonSerde<Failure> serde = new JsonSerde<>(Failure.class);
        final Failure failure = new Failure("b/1", "b", "cv.pdf", "extract", FailureReason.ENCRYPTED, null, 42);
        final byte[] bytes = serde.serializer().serialize("t", failure);
        assertThat(serde.deserializer().deserialize("t", bytes)).isEqualTo(failure);
        assertThat(failure.message()).contains("without a password");
        assertThat(serde.serializer().serialize("t", null)).isNull();
        assertThat(serde.deserializer().deserialize("t", null)).isNull();
    }
}
