package org.resumepipeline.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import org.apache.kafka.common.errors.SerializationException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A record that is not our JSON goes to the dead-letter topic with its exception's message and stack trace in the
 * headers, and into the log: neither may quote what the record says (a candidate's name or email in resume text).
 */
class JsonSerdeTest {
    private static final String NAME = "Quinn Zabriskie-Okafor";

    @ParameterizedTest
    @ValueSource(strings = {"Quinn Zabriskie-Okafor quinn.zabriskie@example.org",
            "{\"name\": \"b\", \"createdAt\": \"Quinn Zabriskie-Okafor\"}",
            "{\"name\": \"Quinn Zabriskie-Okafor\", \"createdAt\": 1}",
            "{\"name\": \"b\", \"createdAt\": 1, \"Quinn Zabriskie-Okafor\": [}"})
    void shouldNotQuoteTheRecordInTheErrorItRaisesForBytesThatAreNotItsType(final String record) {
        final Throwable error = catchThrowable(() -> new JsonSerde<>(Batch.class).deserializer()
                .deserialize("resume.batches", record.getBytes(StandardCharsets.UTF_8)));
        assertThat(error).isInstanceOf(SerializationException.class).hasMessageContaining("Batch")
                .hasMessageContaining("resume.batches");
        final StringWriter trace = new StringWriter();
        error.printStackTrace(new PrintWriter(trace));
        assertThat(trace.toString()).as("message and stack trace, causes included").doesNotContain("Quinn")
                .doesNotContain("Zabriskie").doesNotContain("example.org");
    }
}
