package org.resumepipeline.bench;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Threads of one role are grouped under one name, and CPU spent between snapshots is attributed to them. */
class CpuBreakdownTest {
    @Test
    void shouldGroupThreadsByRole() {
        assertThat(CpuBreakdown.role("resume-score-da17f9ac5789-9227e813-ecd8-44e7-9cd4-b5a797647bf0-StreamThread-1#77"))
                .isEqualTo("resume-score-<version>-*-StreamThread-N");
        assertThat(CpuBreakdown.role("data-plane-kafka-request-handler-3#12"))
                .isEqualTo("data-plane-kafka-request-handler-N");
    }

    @Test
    void shouldAttributeCpuSpentBetweenSnapshotsToThisThread() {
        final CpuBreakdown before = CpuBreakdown.now();
        long x = 0;
        final long end = System.nanoTime() + 200_000_000L;
        while (System.nanoTime() < end) {
            x += Long.numberOfTrailingZeros(x + System.nanoTime());
        }
        final String self = CpuBreakdown.role(Thread.currentThread().getName() + "#1");
        final CpuBreakdown after = CpuBreakdown.now();
        assertThat(after.since(before)).as("spun %d", x).hasEntrySatisfying(self,
                ms -> assertThat(ms).isGreaterThanOrEqualTo(50));
        assertThat(after.processSecondsSince(before)).isGreaterThanOrEqualTo(0.05);
    }
}
