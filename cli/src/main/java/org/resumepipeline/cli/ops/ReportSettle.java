package org.resumepipeline.cli.ops;

import java.time.Duration;
import java.util.Collection;
import java.util.Map;
import java.util.TreeMap;
import org.resumepipeline.cli.Waits;
import org.apache.kafka.streams.errors.InvalidStateStoreException;
import org.resumepipeline.model.DocumentResult;
import org.resumepipeline.report.BatchAggregate;
import org.resumepipeline.report.ReportService;

/**
 * The per-batch aggregates follow the per-document table through a repartition topic. Before a report is
 * written, wait until each batch's aggregate agrees with its documents (count and ruleset versions).
 */
public final class ReportSettle {
    private ReportSettle() {
    }

    /**
     * @throws InvalidStateStoreException while the stores are not queryable; both callers wait through it
     *                                    ({@link Waits#until} and {@link DoneWaiter})
     */
    public static boolean settled(final ReportService reports, final String batch) {
        final var docs = reports.documents(batch);
        final Map<String, Long> versions = new TreeMap<>();
        for (final DocumentResult d : docs) {
            if (d.isScored() && d.rulesetVersion() != null) {
                versions.merge(d.rulesetVersion(), 1L, Long::sum);
            }
        }
        final BatchAggregate agg = reports.aggregate(batch).orElse(BatchAggregate.empty(batch));
        return agg.documents() == docs.size() && agg.rulesetVersions().equals(versions);
    }

    /** @throws IllegalStateException when the aggregates do not settle within the timeout */
    public static void await(final ReportService reports, final Collection<String> batches, final Duration timeout) {
        Waits.until(() -> batches.stream().allMatch(b -> settled(reports, b)), timeout, Duration.ofMillis(50),
                () -> "batch aggregates did not settle within " + timeout.toSeconds() + " s");
    }
}
