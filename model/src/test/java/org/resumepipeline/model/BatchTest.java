package org.resumepipeline.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class BatchTest {
    @Test
    void shouldReadABatchWrittenBeforeBlindReviewAsNotBlind() throws Exception {
        final String old = "{\"name\":\"spring\",\"createdAt\":7,\"jobDescription\":\"Java\"}";
        final Batch batch = Json.MAPPER.readValue(old.getBytes(StandardCharsets.UTF_8), Batch.class);
        assertThat(batch).isEqualTo(new Batch("spring", 7, "Java"));
        assertThat(batch.blind()).isFalse();
        assertThat(batch.mask()).isEqualTo(BlindMask.NONE);
    }

    @Test
    void shouldWriteBlindAndItsMaskAndReadThemBack() throws Exception {
        final Batch blind = new Batch("spring", 7, null, true, BlindMask.parse("employers, graduation-years"));
        final byte[] json = Json.MAPPER.writeValueAsBytes(blind);
        assertThat(new String(json, StandardCharsets.UTF_8)).contains("\"blind\":true", "\"employers\":true",
                "\"graduationYears\":true", "\"institutions\":false");
        assertThat(Json.MAPPER.readValue(json, Batch.class)).isEqualTo(blind);
        assertThat(blind.mask().names()).containsExactly("employers", "graduation-years");
    }

    @Test
    void shouldKeepABlindBatchBlindWithItsMaskWhenSettingsDoNotAskForBlindReview() {
        final Batch blind = new Batch("spring", 7, null, true, BlindMask.parse("employers"));
        final Batch addingFiles = new Batch("spring", 9, "Java");
        assertThat(addingFiles.keepingBlindOf(blind)).isEqualTo(new Batch("spring", 9, "Java", true,
                BlindMask.parse("employers")));
        assertThat(addingFiles.keepingBlindOf(new Batch("spring", 7, null))).isSameAs(addingFiles);
        assertThat(addingFiles.keepingBlindOf(null)).isSameAs(addingFiles);
        final Batch otherMask = new Batch("spring", 9, null, true, BlindMask.parse("institutions"));
        assertThat(otherMask.keepingBlindOf(blind)).as("asking for blind review sets its mask").isSameAs(otherMask);
    }

    @Test
    void shouldRefuseAMaskItDoesNotKnow() {
        assertThatThrownBy(() -> BlindMask.parse("employers,hobbies")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("hobbies");
    }
}
