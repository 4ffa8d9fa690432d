package org.resumepipeline.extract.worker;

import java.io.File;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.resumepipeline.extract.ExtractConfig;
import org.resumepipeline.extract.Extraction;
import org.resumepipeline.extract.ParseFault;
import org.resumepipeline.extract.Extractor;
import org.resumepipeline.extract.TikaResumeParser;
import org.resumepipeline.model.FailureCategory;
import org.resumepipeline.model.FailureReason;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Parses in a pool of long-lived worker JVMs ({@link WorkerMain}), one document per worker at a time. A document
 * that hangs past the time limit, exhausts the worker's heap or crashes it fails alone (TIMEOUT, OUT_OF_MEMORY,
 * PARSE_ERROR); the worker is replaced. Thread-safe: callers borrow a worker and wait when all are busy.
 *
 * <p>Retry policy: only an outcome of category {@link FailureCategory#RETRY} is tried again, once, on a fresh worker
 * (a worker that died while parsing, or one that could not start). When the fresh worker reads the document, the
 * crash was not the document's (the OS killed the worker, a JVM fault) and the document is read as if nothing had
 * happened; when it dies on the same document too, the document is the cause and fails PARSE_ERROR. TIMEOUT and
 * OUT_OF_MEMORY are never retried: the same bytes hit the same limits (see {@link FailureReason}).
 * Set the system property {@code resumepipeline.extract.workerLog} to a file to keep the workers' stderr, and
 * {@value #WORKER_JVM_OPTIONS} to JVM options for every worker (space-separated; a flight recording, say).
 */
public final class IsolatedExtractor implements Extractor {
    /** System property: extra JVM options for each worker JVM, space-separated (profiling, diagnostics). */
    public static final String WORKER_JVM_OPTIONS = "resumepipeline.extract.workerJvmOptions";
    private static final Logger LOG = LoggerFactory.getLogger(IsolatedExtractor.class);

    private final ExtractConfig config;
    private final BlockingQueue<Slot> idle;
    private final List<Slot> slots = new ArrayList<>();
    private final ScheduledExecutorService watchdog;
    private final AtomicBoolean closed = new AtomicBoolean();
    private final AtomicLong restarts = new AtomicLong();
    private final AtomicLong retries = new AtomicLong();
    private final File log;
    private final List<String> workerJvmArgs;

    public IsolatedExtractor(final ExtractConfig config) {
        this(config, optionsFrom(System.getProperty(WORKER_JVM_OPTIONS)));
    }

    static List<String> optionsFrom(final String property) {
        return property == null || property.isBlank() ? List.of() : List.of(property.trim().split("\\s+"));
    }

    /**
     * @param config        limits and isolation settings
     * @param workerJvmArgs extra options for each worker JVM; meant for tests (e.g. the {@link WorkerMain#STALL_ON}
     *                      seam), production uses {@link #IsolatedExtractor(ExtractConfig)}
     */
    public IsolatedExtractor(final ExtractConfig config, final List<String> workerJvmArgs) {
        this.config = config;
        this.workerJvmArgs = List.copyOf(workerJvmArgs);
        this.idle = new ArrayBlockingQueue<>(config.workers());
        final String logPath = System.getProperty("resumepipeline.extract.workerLog");
        this.log = logPath == null || logPath.isBlank() ? null : new File(logPath);
        this.watchdog = Executors.newSingleThreadScheduledExecutor(r -> {
            final Thread t = new Thread(r, "extract-watchdog");
            t.setDaemon(true);
            return t;
        });
        for (int i = 0; i < config.workers(); i++) {
            final Slot slot = new Slot(i);
            slots.add(slot);
            idle.add(slot);
        }
    }

    @Override
    public Extraction extract(final String file, final byte[] content, final String mediaType) {
        if (content == null || content.length == 0) {
            return Extraction.failed(FailureReason.EMPTY, null, null);
        }
        if (content.length > config.maxBytes()) {
            return Extraction.failed(FailureReason.TOO_LARGE, String.format(Locale.ROOT,
                    "The file has %d bytes, over the limit of %d. %s", content.length, config.maxBytes(),
                    FailureReason.TOO_LARGE.advice()), null);
        }
        if (closed.get()) {
            return Extraction.failed(FailureReason.EXTRACTOR_UNAVAILABLE, "The extractor is shut down. "
                    + FailureReason.EXTRACTOR_UNAVAILABLE.advice(), null);
        }
        final Slot slot;
        try {
            slot = idle.take();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Extraction.failed(FailureReason.EXTRACTOR_UNAVAILABLE, "Interrupted while waiting for a worker. "
                    + FailureReason.EXTRACTOR_UNAVAILABLE.advice(), null);
        }
        try {
            return withRetry(slot, file == null ? "" : file, content, mediaType == null ? "" : mediaType);
        } finally {
            idle.add(slot);
        }
    }

    private Extraction withRetry(final Slot slot, final String file, final byte[] content, final String mediaType) {
        final Attempt first = slot.extract(file, content, mediaType);
        if (first.outcome().isOk() || first.outcome().reason().category() != FailureCategory.RETRY || closed.get()) {
            return first.outcome();
        }
        retries.incrementAndGet();
        LOG.info("worker {}: trying the document again on a fresh worker after {}", slot.index,
                first.outcome().reason());
        final Attempt second = slot.extract(file, content, mediaType);
        if (first.workerDied() && second.workerDied()) {
            LOG.warn("worker {}: a fresh worker died on the same document too; failing it as PARSE_ERROR", slot.index);
            return Extraction.parseError(second.fault(), null);
        }
        return second.outcome();
    }

    @Override
    public String version() {
        return TikaResumeParser.VERSION;
    }

    /** @return process ids of the running workers (for RSS measurements) */
    public List<Long> workerPids() {
        final List<Long> pids = new ArrayList<>();
        for (final Slot s : slots) {
            final WorkerProcess w = s.worker;
            if (w != null && w.alive()) {
                pids.add(w.pid());
            }
        }
        return pids;
    }

    /** @return how many workers were replaced after a timeout or a crash */
    public long restarts() {
        return restarts.get();
    }

    /** @return how many documents were tried a second time after an outcome of category RETRY */
    public long retries() {
        return retries.get();
    }

    /**
     * Starts the workers one after the other on a background thread and returns at once. The workers not ready yet
     * are out of the pool, so a document that comes meanwhile waits for the first ready worker instead of paying a
     * JVM start of its own; a worker that cannot start is left to start on first use.
     *
     * @return completes (never exceptionally) once every worker is ready or has failed to start
     */
    @Override
    public CompletableFuture<Void> startInBackground() {
        final List<Slot> starting = new ArrayList<>();
        idle.drainTo(starting);
        final CompletableFuture<Void> started = new CompletableFuture<>();
        final Thread starter = new Thread(() -> {
            for (final Slot slot : starting) {
                try {
                    if (!closed.get()) {
                        slot.ensureStarted();
                        slot.worker.awaitReady();
                    }
                } catch (IOException | RuntimeException e) {
                    LOG.warn("worker {} could not start ahead of use; it starts on first use", slot.index, e);
                    slot.discard();
                } finally {
                    idle.add(slot);
                }
            }
            started.complete(null);
        }, "extract-worker-starter");
        starter.setDaemon(true);
        starter.start();
        return started;
    }

    /** Starts every worker now and waits until they are ready (otherwise they start on first use). */
    public void warmUp() {
        for (final Slot s : slots) {
            try {
                s.ensureStarted();
            } catch (IOException e) {
                LOG.warn("worker {} could not start", s.index, e);
            }
        }
        for (final Slot s : slots) {
            try {
                if (s.worker != null) {
                    s.worker.awaitReady();
                }
            } catch (IOException e) {
                LOG.warn("worker {} did not become ready", s.index, e);
            }
        }
    }

    @Override
    public void close() {
        if (!closed.compareAndSet(false, true)) {
            return;
        }
        for (final Slot s : slots) {
            s.stop();
        }
        watchdog.shutdownNow();
    }

    /** A pool position holding at most one worker process. Used by one thread at a time. */
    private final class Slot {
        private final int index;
        private volatile WorkerProcess worker;

        Slot(final int index) {
            this.index = index;
        }

        void ensureStarted() throws IOException {
            if (worker == null || !worker.alive()) {
                worker = WorkerProcess.start(config, log, workerJvmArgs);
            }
        }

        Attempt extract(final String file, final byte[] content, final String mediaType) {
            final WorkerProcess w;
            try {
                ensureStarted();
                w = worker;
                w.awaitReady();
            } catch (IOException e) {
                LOG.error("worker {} could not start", index, e);
                discard();
                return new Attempt(Extraction.failed(FailureReason.EXTRACTOR_UNAVAILABLE,
                        "The parser could not start. " + FailureReason.EXTRACTOR_UNAVAILABLE.advice(), null), null);
            }
            final AtomicBoolean timedOut = new AtomicBoolean();
            final ScheduledFuture<?> alarm = watchdog.schedule(() -> {
                timedOut.set(true);
                w.kill();
            }, config.timeout().toMillis(), TimeUnit.MILLISECONDS);
            try {
                final WorkerReply reply = w.call(file, content, mediaType);
                alarm.cancel(false);
                if (!timedOut.get()) {
                    return new Attempt(reply.toExtraction(), null);
                }
            } catch (IOException | RuntimeException e) {
                alarm.cancel(false);
                LOG.debug("worker {} failed on a document", index, e);
            }
            final int exit = timedOut.get() ? -1 : w.exitCode();
            discard();
            restarts.incrementAndGet();
            if (timedOut.get()) {
                LOG.warn("worker {} timed out after {} ms; restarting it", index, config.timeout().toMillis());
                return new Attempt(Extraction.failed(FailureReason.TIMEOUT, String.format(Locale.ROOT,
                        "Reading the document took longer than %d s. %s", config.timeout().toSeconds(),
                        FailureReason.TIMEOUT.advice()), null), null);
            }
            if (exit == WorkerProcess.OOM_EXIT) {
                LOG.warn("worker {} ran out of memory ({} MB heap); restarting it", index, config.workerHeapMb());
                return new Attempt(Extraction.failed(FailureReason.OUT_OF_MEMORY, null, null), null);
            }
            LOG.warn("worker {} died with exit code {}; restarting it", index, exit);
            return new Attempt(Extraction.failed(FailureReason.EXTRACTOR_UNAVAILABLE, String.format(Locale.ROOT,
                    "The reader process died (exit code %d) while reading the document. %s", exit,
                    FailureReason.EXTRACTOR_UNAVAILABLE.advice()), null), exit);
        }

        private void discard() {
            final WorkerProcess w = worker;
            worker = null;
            if (w != null) {
                w.kill();
            }
        }

        void stop() {
            final WorkerProcess w = worker;
            worker = null;
            if (w != null) {
                w.stop();
            }
        }
    }

    /**
     * One try on one worker.
     *
     * @param outcome    what the try gave
     * @param workerExit the exit code of a worker that died while parsing (not by our time limit), else null
     */
    private record Attempt(Extraction outcome, Integer workerExit) {
        boolean workerDied() {
            return workerExit != null;
        }

        ParseFault fault() {
            return new ParseFault("worker", "exit code " + workerExit);
        }
    }
}
