package org.resumepipeline.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.kafka.streams.errors.InvalidStateStoreException;
import org.junit.jupiter.api.Test;

class WaitsTest {
    @Test
    void shouldAskAgainWhileTheStoresAreRebalancing() {
        final AtomicInteger calls = new AtomicInteger();
        final String answer = Waits.query(() -> {
            if (calls.incrementAndGet() < 3) {
                throw new InvalidStateStoreException("the stream thread is PARTITIONS_ASSIGNED, not RUNNING");
            }
            return "report";
        }, Duration.ofSeconds(10));
        assertThat(answer).isEqualTo("report");
        assertThat(calls).hasValue(3);
    }

    @Test
    void shouldSayTheStoresWereNotQueryableWhenTheyNeverBecomeSo() {
        assertThatThrownBy(() -> Waits.query(() -> {
            throw new InvalidStateStoreException("the stream thread is PARTITIONS_ASSIGNED, not RUNNING");
        }, Duration.ofMillis(300)))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("did not become queryable")
                .hasMessageContaining("PARTITIONS_ASSIGNED")
                .hasCauseInstanceOf(InvalidStateStoreException.class);
    }

    @Test
    void shouldNotSwallowOtherFailures() {
        assertThatThrownBy(() -> Waits.until(() -> {
            throw new IllegalArgumentException("a bug");
        }, Duration.ofSeconds(10), Duration.ofMillis(10), () -> "timeout"))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
