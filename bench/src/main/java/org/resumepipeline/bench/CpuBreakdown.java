package org.resumepipeline.bench;

import java.io.PrintWriter;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.lang.management.ThreadMXBean;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Where this JVM's CPU went between two snapshots, for the benchmarks: CPU time per thread, with threads of the same
 * role grouped (ids, numbers and version hashes taken out of their names), plus the JIT's compile time and GC time.
 * Not thread-safe; each snapshot is immutable.
 */
public final class CpuBreakdown {
    public static final String JIT = "JIT compilation";
    public static final String GC = "garbage collection (wall)";

    private final Map<String, Long> nanos;
    private final long processNanos;

    private CpuBreakdown(final Map<String, Long> nanos, final long processNanos) {
        this.nanos = nanos;
        this.processNanos = processNanos;
    }

    /** @return CPU time so far of the whole JVM, of every live thread (by id), and JIT and GC totals */
    public static CpuBreakdown now() {
        final Map<String, Long> m = new HashMap<>();
        long gc = 0;
        for (final GarbageCollectorMXBean g : ManagementFactory.getGarbageCollectorMXBeans()) {
            gc += Math.max(0, g.getCollectionTime());
        }
        m.put(GC, gc * 1_000_000L);
        if (ManagementFactory.getCompilationMXBean() != null
                && ManagementFactory.getCompilationMXBean().isCompilationTimeMonitoringSupported()) {
            m.put(JIT, ManagementFactory.getCompilationMXBean().getTotalCompilationTime() * 1_000_000L);
        }
        final ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        if (threads.isThreadCpuTimeSupported()) {
            for (final long id : threads.getAllThreadIds()) {
                final ThreadInfo info = threads.getThreadInfo(id);
                final long cpu = threads.getThreadCpuTime(id);
                if (info != null && cpu > 0) {
                    m.put(info.getThreadName() + "#" + id, cpu);
                }
            }
        }
        final long process = ManagementFactory.getOperatingSystemMXBean()
                instanceof com.sun.management.OperatingSystemMXBean os ? os.getProcessCpuTime() : 0;
        return new CpuBreakdown(m, process);
    }

    /** @return CPU seconds of the whole JVM (all threads, native ones too) since {@code before}; 0 if not told */
    public double processSecondsSince(final CpuBreakdown before) {
        return (processNanos - before.processNanos) / 1e9;
    }

    /** @return milliseconds spent since {@code before}, per thread role, largest first */
    public Map<String, Long> since(final CpuBreakdown before) {
        final Map<String, Long> byRole = new TreeMap<>();
        nanos.forEach((k, v) -> byRole.merge(role(k), (v - before.nanos.getOrDefault(k, 0L)) / 1_000_000L,
                Long::sum));
        return byRole;
    }

    /** Prints the {@code top} largest roles since {@code before}, one indented line each. */
    public void print(final PrintWriter out, final CpuBreakdown before, final int top) {
        since(before).entrySet().stream()
                .filter(e -> e.getValue() > 0)
                .sorted((a, b) -> Long.compare(b.getValue(), a.getValue()))
                .limit(top)
                .forEach(e -> out.printf(Locale.ROOT, "    %6d ms  %s%n", e.getValue(), e.getKey()));
    }

    /** @return the thread name without its id, UUIDs, version hashes and numbers */
    public static String role(final String thread) {
        final int hash = thread.lastIndexOf('#');
        return (hash < 0 ? thread : thread.substring(0, hash))
                .replaceAll("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}", "*")
                .replaceAll("-[0-9a-f]{12}(?=-)", "-<version>")
                .replaceAll("\\d+", "N");
    }
}
