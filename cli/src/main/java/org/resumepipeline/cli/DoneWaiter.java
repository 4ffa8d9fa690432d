package org.resumepipeline.cli;

import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;
import org.apache.kafka.streams.errors.InvalidStateStoreException;
import org.resumepipeline.model.DocumentResult;
import org.resumepipeline.report.BatchReport;
import org.resumepipeline.report.ReportService;

/** Waits until every given document of a batch has a current result in the report's table. */
final class DoneWaiter {
    private static final long POLL_NANOS = Duration.ofMillis(100).toNanos();

    private final ReportService service;
    private final AtomicLong pending = new AtomicLong();

    DoneWaiter(final ReportService service, final MeterRegistry registry) {
        this.service = service;
        registry.gauge("resume.pending.documents", pending);
    }

    /**
     * @param batch          the batch
     * @param keys           documents that must have a result
     * @param rulesetVersion a scored result counts only at this version (failures count as they are)
     * @param timeout        the longest wait
     * @return the batch report once complete
     * @throws IllegalStateException on timeout
     */
    BatchReport await(final String batch, final List<String> keys, final String rulesetVersion,
                      final Duration timeout) {
        final long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            try {
                final long missing = keys.stream().filter(k -> !done(service.document(k), rulesetVersion)).count();
                pending.set(missing);
                if (missing == 0) {
                    final Optional<BatchReport> report = service.report(batch);
                    if (report.isPresent() && ReportSettle.settled(service, batch) || keys.isEmpty()) {
                        return report.orElseGet(() -> new BatchReport(batch, List.of(),
                                org.resumepipeline.report.BatchAggregate.empty(batch), null));
                    }
                }
            } catch (InvalidStateStoreException e) {
                // stores are starting or rebalancing: ask again
                pending.set(keys.size());
            }
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException(new TimeoutException(pending.get() + " documents of batch " + batch
                        + " still have no result after " + timeout.toSeconds() + " s"));
            }
            LockSupport.parkNanos(POLL_NANOS);
        }
    }

    private static boolean done(final Optional<DocumentResult> result, final String rulesetVersion) {
        return result.map(r -> !r.isScored() || rulesetVersion.equals(r.rulesetVersion())).orElse(false);
    }
}
