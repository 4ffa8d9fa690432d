package org.resumepipeline.cli;

import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.kafka.streams.errors.InvalidStateStoreException;
import org.resumepipeline.cli.ops.ReportSettle;
import org.resumepipeline.model.DocumentResult;
import org.resumepipeline.report.BatchAggregate;
import org.resumepipeline.report.BatchReport;
import org.resumepipeline.report.ReportService;

/** Waits until every given document of a batch has a current result in the report's table. */
public final class DoneWaiter {
    private final ReportService service;
    private final AtomicLong pending;

    public DoneWaiter(final ReportService service, final MeterRegistry registry) {
        this.service = service;
        this.pending = PendingDocuments.in(registry);
    }

    /**
     * @param batch          the batch
     * @param keys           documents that must have a result
     * @param rulesetVersion a scored result counts only at this version (failures count as they are)
     * @param timeout        the longest wait
     * @return the batch report once complete
     * @throws IllegalStateException on timeout
     */
    public BatchReport await(final String batch, final List<String> keys, final String rulesetVersion,
                      final Duration timeout) {
        final AtomicReference<BatchReport> done = new AtomicReference<>();
        Waits.until(() -> {
            try {
                // the batch's counts first: while fewer documents are done than awaited, a scan cannot succeed, and
                // a scan deserializes every result of the batch
                final long counted = service.aggregate(batch).map(a -> doneCount(a, rulesetVersion)).orElse(0L);
                if (counted < keys.size()) {
                    pending.set(keys.size() - counted);
                    return false;
                }
                // one scan of the batch per check (one request per other report instance), not one per key
                final Map<String, DocumentResult> current = new HashMap<>();
                service.documents(batch).forEach(d -> current.put(d.key(), d));
                final long missing = keys.stream()
                        .filter(k -> !done(Optional.ofNullable(current.get(k)), rulesetVersion)).count();
                pending.set(missing);
                if (missing == 0 && (keys.isEmpty() || ReportSettle.settled(service, batch))) {
                    done.set(service.report(batch).orElseGet(() -> new BatchReport(batch, List.of(),
                            BatchAggregate.empty(batch), null)));
                    return true;
                }
            } catch (InvalidStateStoreException e) {
                // stores are starting or rebalancing: ask again
                pending.set(keys.size());
            }
            return false;
        }, timeout, Duration.ofMillis(100), () -> pending.get() + " documents of batch " + batch
                + " still have no result after " + timeout.toSeconds() + " s");
        return done.get();
    }

    /** @return documents of the batch that are done: failed, or scored at the version (an upper bound for keys) */
    static long doneCount(final BatchAggregate aggregate, final String rulesetVersion) {
        final long scored = aggregate.byStatus().getOrDefault(DocumentResult.SCORED, 0L);
        return aggregate.documents() - scored + aggregate.rulesetVersions().getOrDefault(rulesetVersion, 0L);
    }

    private static boolean done(final Optional<DocumentResult> result, final String rulesetVersion) {
        return result.map(r -> !r.isScored() || rulesetVersion.equals(r.rulesetVersion())).orElse(false);
    }
}
