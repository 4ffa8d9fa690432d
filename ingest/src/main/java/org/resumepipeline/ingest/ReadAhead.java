package org.resumepipeline.ingest;

import java.io.UncheckedIOException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.ToLongFunction;

/**
 * Prepares items ahead on a few threads and hands them on in their order: at most {@link #MAX_AHEAD} items and
 * {@link #MAX_AHEAD_BYTES} bytes are held at once (one item is always allowed, whatever its size). What is handed on,
 * and in which order, does not depend on the threads. Not thread-safe: one per run.
 */
final class ReadAhead {
    static final int MAX_AHEAD = 64;
    static final long MAX_AHEAD_BYTES = 64L * 1024 * 1024;

    private final int threads;

    /** @param threads preparing threads; 1 prepares each item just before it is handed on */
    ReadAhead(final int threads) {
        this.threads = threads;
    }

    /**
     * @param items   in order
     * @param bytes   the memory an item holds once prepared
     * @param prepare thread-safe; an {@link UncheckedIOException} it throws is rethrown here
     * @param consume called in order, on the calling thread
     */
    <T, R> void run(final List<T> items, final ToLongFunction<T> bytes, final Function<T, R> prepare,
                    final Consumer<R> consume) {
        if (threads <= 1 || items.size() < 2) {
            items.forEach(item -> consume.accept(prepare.apply(item)));
            return;
        }
        final ExecutorService pool = Executors.newFixedThreadPool(threads, runnable -> {
            final Thread t = new Thread(runnable, "ingest-prepare");
            t.setDaemon(true);
            return t;
        });
        try {
            final Deque<Future<R>> window = new ArrayDeque<>();
            final Deque<Long> sizes = new ArrayDeque<>();
            long windowBytes = 0;
            int next = 0;
            while (next < items.size() || !window.isEmpty()) {
                while (next < items.size() && window.size() < MAX_AHEAD
                        && (window.isEmpty() || windowBytes < MAX_AHEAD_BYTES)) {
                    final T item = items.get(next++);
                    final long size = bytes.applyAsLong(item);
                    window.add(pool.submit(() -> prepare.apply(item)));
                    sizes.add(size);
                    windowBytes += size;
                }
                windowBytes -= sizes.poll();
                consume.accept(await(window.poll()));
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private static <R> R await(final Future<R> future) {
        try {
            return future.get();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof UncheckedIOException io) {
                throw io;
            }
            throw new IllegalStateException("cannot prepare a file", e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while ingesting", e);
        }
    }
}
