package org.resumepipeline.bench;

import java.util.Arrays;
import java.util.Locale;

/**
 * The figures of one {@code rp bench pipeline} run, and its JSON line (a public interface: fields are added, never
 * renamed or removed).
 *
 * @param documents         documents that reached the report
 * @param seconds           wall time from the first publish to the last result in the report
 * @param docsPerSecond     documents / seconds
 * @param baselineDocsPerS  raw in-process Tika on the same files, threads = cores, warmed
 * @param peakRssMb         peak RSS of this JVM plus that of each worker JVM it started, summed
 * @param p95EndToEndMillis 95th percentile of publish-to-report latency per document
 */
public record PipelineFigures(long documents, double seconds, double docsPerSecond, double baselineDocsPerS,
                              long peakRssMb, long p95EndToEndMillis) {
    /** @return docs/s of the pipeline over docs/s of raw Tika */
    public double ratio() {
        return baselineDocsPerS <= 0 ? 0 : docsPerSecond / baselineDocsPerS;
    }

    /** @return the one-line JSON form, fields in their documented order */
    public String jsonLine() {
        return String.format(Locale.ROOT, "{\"documents\": %d, \"seconds\": %.3f, \"docs_per_s\": %.2f,"
                        + " \"baseline_docs_per_s\": %.2f, \"ratio\": %.4f, \"peak_rss_mb\": %d,"
                        + " \"p95_end_to_end_ms\": %d}", documents, seconds, docsPerSecond, baselineDocsPerS, ratio(),
                peakRssMb, p95EndToEndMillis);
    }

    /**
     * @param values samples (not changed)
     * @param p      the percentile, 0 to 100
     * @return the nearest-rank percentile, or 0 without samples
     */
    public static long percentile(final long[] values, final double p) {
        if (values.length == 0) {
            return 0;
        }
        final long[] sorted = values.clone();
        Arrays.sort(sorted);
        final int rank = (int) Math.ceil(p / 100.0 * sorted.length);
        return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))];
    }
}
