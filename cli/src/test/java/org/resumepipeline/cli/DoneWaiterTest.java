package org.resumepipeline.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.resumepipeline.model.Contribution;
import org.resumepipeline.model.DocumentResult;
import org.resumepipeline.report.BatchAggregate;

/** The batch's counts bound how many awaited documents can be done, so the waiter scans only when they may be. */
class DoneWaiterTest {
    private static Contribution scored(final String version) {
        return new Contribution("b", DocumentResult.SCORED, "fair", 50, version, null, Map.of(), List.of(), 1);
    }

    @Test
    void shouldCountFailuresAndResultsAtTheVersionOnly() {
        final BatchAggregate agg = BatchAggregate.empty("b")
                .add(scored("v1")).add(scored("v1")).add(scored("v2"))
                .add(new Contribution("b", DocumentResult.FAILED, null, null, null, "ENCRYPTED", Map.of(), List.of(),
                        1));
        assertThat(DoneWaiter.doneCount(agg, "v1")).isEqualTo(3);
        assertThat(DoneWaiter.doneCount(agg, "v2")).isEqualTo(2);
        assertThat(DoneWaiter.doneCount(agg, "v3")).isEqualTo(1);
        assertThat(DoneWaiter.doneCount(BatchAggregate.empty("b"), "v1")).isZero();
    }
}
