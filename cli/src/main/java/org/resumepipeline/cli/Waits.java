package org.resumepipeline.cli;

import java.time.Duration;
import java.util.concurrent.locks.LockSupport;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

/** Waiting for state that has no event to listen to (another process's offsets, a store filled by a stream). */
final class Waits {
    private Waits() {
    }

    /**
     * Checks the condition every interval until it holds.
     *
     * @param condition what must hold
     * @param timeout   the longest wait
     * @param interval  the pause between checks
     * @param onTimeout the message of the exception thrown on timeout
     * @throws IllegalStateException on timeout, or when interrupted
     */
    static void until(final BooleanSupplier condition, final Duration timeout, final Duration interval,
                      final Supplier<String> onTimeout) {
        final long deadline = System.nanoTime() + timeout.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException(onTimeout.get());
            }
            LockSupport.parkNanos(interval.toNanos());
            if (Thread.currentThread().isInterrupted()) {
                throw new IllegalStateException("interrupted while waiting");
            }
        }
    }
}
