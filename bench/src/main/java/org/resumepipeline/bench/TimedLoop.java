package org.resumepipeline.bench;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import java.util.function.DoubleSupplier;
import java.util.function.ToLongFunction;

/**
 * The timed loop of the throughput benches ({@link ExtractBench}, {@link TikaBaseline}): one operation over a list of
 * items on a fixed number of threads, each thread starting at its own place and cycling through the list until a
 * deadline; and the warm-up that repeats such turns until they stop getting faster. Stateless, thread-safe.
 */
final class TimedLoop {
    /** A warm-up turn counts as faster when it beats the best turn before it by this factor. */
    static final double STILL_WARMING = 1.03;

    /** What one loop did: how many items, their size in bytes, and how long it took. */
    record Count(long items, long bytes, Duration elapsed) {
        double perSecond() {
            return items / Math.max(1e-9, elapsed.toNanos() / 1e9);
        }
    }

    private TimedLoop() {
    }

    /**
     * @param size   the bytes an item counts for
     * @param failed the message when an operation throws
     * @return what was done within {@code span}
     * @throws IllegalStateException when an operation throws (its exception the cause)
     */
    static <T> Count run(final List<T> items, final int threads, final Duration span, final Consumer<T> op,
                         final ToLongFunction<T> size, final String failed) {
        final AtomicLong count = new AtomicLong();
        final AtomicLong bytes = new AtomicLong();
        final long start = System.nanoTime();
        final long deadline = start + span.toNanos();
        final ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            final List<Future<?>> futures = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                final int offset = t * items.size() / threads;
                futures.add(pool.submit(() -> {
                    int i = offset;
                    while (System.nanoTime() < deadline) {
                        final T item = items.get(i++ % items.size());
                        op.accept(item);
                        count.incrementAndGet();
                        bytes.addAndGet(size.applyAsLong(item));
                    }
                }));
            }
            for (final Future<?> f : futures) {
                f.get();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException e) {
            throw new IllegalStateException(failed, e.getCause());
        } finally {
            pool.shutdownNow();
        }
        return new Count(count.get(), bytes.get(), Duration.ofNanos(System.nanoTime() - start));
    }

    /**
     * Runs turns until two turns in a row do not beat the best turn before them by {@value #STILL_WARMING}, or until
     * {@code max} has passed.
     *
     * @param turn runs one turn and returns its rate
     * @return how long it took
     */
    static Duration warmUntilSteady(final DoubleSupplier turn, final Duration max) {
        final long start = System.nanoTime();
        final long deadline = start + max.toNanos();
        double best = 0;
        int flat = 0;
        while (flat < 2 && System.nanoTime() < deadline) {
            final double rate = turn.getAsDouble();
            flat = rate > best * STILL_WARMING ? 0 : flat + 1;
            best = Math.max(best, rate);
        }
        return Duration.ofNanos(System.nanoTime() - start);
    }
}
