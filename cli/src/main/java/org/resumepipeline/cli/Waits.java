package org.resumepipeline.cli;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.locks.LockSupport;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;
import org.apache.kafka.streams.errors.InvalidStateStoreException;

/**
 * Waiting for state that has no event to listen to (another process's offsets, a store filled by a stream). A
 * store that is not queryable yet (the stage is starting or rebalancing) counts as "not yet", never as a failure.
 */
public final class Waits {
    private Waits() {
    }

    /**
     * Checks the condition every interval until it holds.
     *
     * @param condition what must hold; throwing {@link InvalidStateStoreException} counts as not holding yet
     * @param timeout   the longest wait
     * @param interval  the pause between checks
     * @param onTimeout the message of the exception thrown on timeout
     * @throws IllegalStateException on timeout, or when interrupted
     */
    public static void until(final BooleanSupplier condition, final Duration timeout, final Duration interval,
                      final Supplier<String> onTimeout) {
        final long deadline = System.nanoTime() + timeout.toNanos();
        InvalidStateStoreException notQueryable = null;
        while (true) {
            try {
                if (condition.getAsBoolean()) {
                    return;
                }
                notQueryable = null;
            } catch (InvalidStateStoreException e) {
                notQueryable = e;
            }
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException(onTimeout.get() + (notQueryable == null ? ""
                        : " (the report's stores are not queryable: " + notQueryable.getMessage() + ")"),
                        notQueryable);
            }
            LockSupport.parkNanos(interval.toNanos());
            if (Thread.currentThread().isInterrupted()) {
                throw new IllegalStateException("interrupted while waiting");
            }
        }
    }

    /**
     * Runs a query over the report's stores, asking again while they are not queryable (starting or rebalancing).
     *
     * @throws IllegalStateException when the stores are still not queryable after the timeout
     */
    public static <T> T query(final Supplier<T> query, final Duration timeout) {
        final AtomicReference<T> result = new AtomicReference<>();
        until(() -> {
            result.set(query.get());
            return true;
        }, timeout, Duration.ofMillis(100), () -> "the report's stores did not become queryable within "
                + timeout.toSeconds() + " s");
        return result.get();
    }
}
