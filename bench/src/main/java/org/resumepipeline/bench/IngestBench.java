package org.resumepipeline.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.resumepipeline.ingest.IngestProgress;
import org.resumepipeline.ingest.IngestSummary;
import org.resumepipeline.ingest.Ingestor;
import org.resumepipeline.model.Topics;

/**
 * {@code rp bench ingest}: generates a folder of N text resumes of about the given size and ingests it, printing
 * documents/s and MB/s. Generation is not timed; publishing (acks=all) is.
 */
public final class IngestBench {
    /**
     * The figures of one run.
     *
     * @param documents documents published
     * @param bytes     bytes published
     * @param millis    wall time of the ingest, flush included
     * @param cpuMillis CPU time this JVM spent meanwhile (all threads; includes an in-process broker), or -1
     */
    public record Result(int documents, long bytes, long millis, long cpuMillis) {
        public double documentsPerSecond() {
            return millis == 0 ? 0 : documents * 1000.0 / millis;
        }

        public double megabytesPerSecond() {
            return millis == 0 ? 0 : bytes / 1024.0 / 1024.0 * 1000.0 / millis;
        }
    }

    private IngestBench() {
    }

    /**
     * @param bootstrap bootstrap servers (topics are created when missing)
     * @param workDir   where the documents are generated (a "bench-docs" folder, reused when it matches)
     * @param docs      number of documents
     * @param docBytes  approximate size of each document
     * @param out       where to print the figures
     * @return the figures
     * @throws UncheckedIOException when the documents cannot be written
     */
    public static Result run(final String bootstrap, final Path workDir, final int docs, final int docBytes,
                             final PrintStream out) {
        if (docs < 1 || docBytes < 100) {
            throw new IllegalArgumentException("need at least 1 document of at least 100 bytes");
        }
        final Map<String, Object> client = Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        try (Admin admin = Admin.create(client)) {
            Topics.ensure(admin, 1);
        }
        final Path folder = generate(workDir.resolve("bench-docs-" + docs + "x" + docBytes), docs, docBytes);
        final String batch = "bench-" + System.currentTimeMillis();
        out.printf(Locale.ROOT, "bench ingest: %d documents of ~%d KB to %s, batch %s%n", docs, docBytes / 1024,
                bootstrap, batch);
        try (Ingestor warmup = new Ingestor(client)) {
            warmup.ingest(batch + "-warmup", List.of(folder.resolve("0000")));
        }
        final IngestSummary summary;
        final long cpuBefore = processCpuMillis();
        try (Ingestor ingestor = new Ingestor(client)) {
            summary = ingestor.ingest(batch, List.of(folder), IngestProgress.none());
        }
        final long cpuAfter = processCpuMillis();
        final Result result = new Result(summary.acceptedKeys().size(), summary.bytes(), summary.millis(),
                cpuBefore < 0 ? -1 : cpuAfter - cpuBefore);
        out.printf(Locale.ROOT, "bench ingest: %d documents, %.1f MB in %.2f s: %.0f documents/s, %.1f MB/s "
                        + "(%.2f CPU ms per document in this JVM, %d cores)%n",
                result.documents(), result.bytes() / 1024.0 / 1024.0, result.millis() / 1000.0,
                result.documentsPerSecond(), result.megabytesPerSecond(),
                result.cpuMillis() / (double) Math.max(1, result.documents()),
                Runtime.getRuntime().availableProcessors());
        return result;
    }

    private static long processCpuMillis() {
        if (ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os) {
            return os.getProcessCpuTime() / 1_000_000;
        }
        return -1;
    }

    /** Writes {@code docs} unique text resumes, 100 per sub-folder, unless the folder already holds them. */
    static Path generate(final Path folder, final int docs, final int docBytes) {
        try {
            final Path done = folder.resolveSibling(folder.getFileName() + ".complete");
            if (Files.exists(done)) {
                return folder;
            }
            for (int i = 0; i < docs; i++) {
                final Path dir = Files.createDirectories(folder.resolve(String.format(Locale.ROOT, "%04d", i / 100)));
                Files.write(dir.resolve(String.format(Locale.ROOT, "resume-%06d.txt", i)), resume(i, docBytes));
            }
            Files.writeString(done, "ok", StandardCharsets.UTF_8);
            return folder;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write bench documents under " + folder, e);
        }
    }

    /** @return a synthetic text resume of about {@code size} bytes, unique for {@code n} (no real person) */
    static byte[] resume(final int n, final int size) {
        final StringBuilder sb = new StringBuilder(size + 200);
        sb.append("Candidate ").append(n).append("\nSoftware Engineer\n\nEXPERIENCE\n");
        int i = 0;
        while (sb.length() < size) {
            if (i % 12 == 0) {
                sb.append(String.format(Locale.ROOT, "%nEngineer, Company %d   Jan %d - Present%n", i + n,
                        2010 + i % 14));
            }
            sb.append(String.format(Locale.ROOT,
                    "- Reduced p95 latency of service %d by %d%% by moving batch %d work off the request path%n",
                    (i * 31 + n) % 1000, (i * 7 + n) % 97, i));
            i++;
        }
        return sb.toString().getBytes(StandardCharsets.UTF_8);
    }
}
