package org.resumepipeline.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Peak resident memory of this JVM and of every JVM it started (the extract stage's worker JVMs): each process's
 * VmHWM from /proc, sampled while it runs so that a worker replaced mid-run still counts, and summed. Other child
 * processes (the short probes Tika's parsers run, such as {@code tesseract --version}) are not counted.
 * Thread-safe.
 */
public final class PeakRss implements AutoCloseable {
    private final Map<Long, Long> peakKbByPid = new ConcurrentHashMap<>();
    private final ScheduledExecutorService sampler = Executors.newSingleThreadScheduledExecutor(r -> {
        final Thread t = new Thread(r, "bench-rss-sampler");
        t.setDaemon(true);
        return t;
    });

    /** Starts sampling every {@code periodMillis}. */
    public PeakRss(final long periodMillis) {
        sampler.scheduleAtFixedRate(this::sample, 0, periodMillis, TimeUnit.MILLISECONDS);
    }

    /** Reads every process's VmHWM now. */
    public void sample() {
        record(ProcessHandle.current().pid());
        ProcessHandle.current().descendants().filter(PeakRss::isJava).forEach(p -> record(p.pid()));
    }

    private static boolean isJava(final ProcessHandle process) {
        return process.info().command().map(c -> c.endsWith("/java") || c.equals("java")).orElse(false);
    }

    private void record(final long pid) {
        final long kb = hwmKb(pid);
        if (kb > 0) {
            peakKbByPid.merge(pid, kb, Math::max);
        }
    }

    /** @return the sum over this JVM and its descendants of each one's peak RSS, in MB, sampled now */
    public long totalMb() {
        sample();
        return peakKbByPid.values().stream().mapToLong(Long::longValue).sum() / 1024;
    }

    /** @return how many JVMs were seen (this one included) */
    public int processes() {
        return peakKbByPid.size();
    }

    /** @return the peak of this JVM alone, in MB */
    public long selfMb() {
        return peakKbByPid.getOrDefault(ProcessHandle.current().pid(), 0L) / 1024;
    }

    @Override
    public void close() {
        sampler.shutdownNow();
    }

    /** @return peak resident set size in kB from /proc/PID/status, or -1 where /proc is missing */
    public static long hwmKb(final long pid) {
        try {
            for (final String line : Files.readAllLines(Path.of("/proc", Long.toString(pid), "status"))) {
                if (line.startsWith("VmHWM:")) {
                    return Long.parseLong(line.replaceAll("[^0-9]", ""));
                }
            }
        } catch (IOException | NumberFormatException e) {
            return -1;
        }
        return -1;
    }
}
