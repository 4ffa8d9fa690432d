package org.resumepipeline.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A report role carries its start and end as read; a role written before they were carried still reads. */
class ScoredRoleJsonTest {
    private final JsonSerde<ScoredRole> serde = new JsonSerde<>(ScoredRole.class);

    @Test
    void shouldCarryStartEndAndCurrentThroughJson() {
        final ScoredRole role = new ScoredRole("Engineer", "Acme", "Mar 2019 - Present", "2019-03", null, true,
                List.of());
        final byte[] json = serde.serializer().serialize("t", role);

        assertThat(new String(json, StandardCharsets.UTF_8)).contains("\"start\":\"2019-03\"", "\"current\":true");
        assertThat(serde.deserializer().deserialize("t", json)).isEqualTo(role);
    }

    @Test
    void shouldReadARoleWrittenWithoutStartAndEnd() {
        final byte[] old = "{\"title\":\"Engineer\",\"company\":\"Acme\",\"dates\":\"2019 - 2021\",\"bullets\":[]}"
                .getBytes(StandardCharsets.UTF_8);

        assertThat(serde.deserializer().deserialize("t", old))
                .isEqualTo(new ScoredRole("Engineer", "Acme", "2019 - 2021", List.of()));
    }
}
