package org.resumepipeline.ingest;

import java.util.Locale;

/** Human-readable sizes and rates. Thread-safe. */
final class Sizes {
    private static final double MB = 1024.0 * 1024.0;

    private Sizes() {
    }

    /** @return e.g. "10 MB", "512 KB" or "12 bytes" */
    static String human(final long bytes) {
        if (bytes >= 1024 * 1024) {
            final String mb = String.format(Locale.ROOT, "%.1f", bytes / MB);
            return (mb.endsWith(".0") ? mb.substring(0, mb.length() - 2) : mb) + " MB";
        }
        if (bytes >= 1024) {
            return String.format(Locale.ROOT, "%d KB", bytes / 1024);
        }
        return bytes + " bytes";
    }

    static double mb(final long bytes) {
        return bytes / MB;
    }

    /** @return count per second, 0 when no time has passed */
    static double perSecond(final double count, final long millis) {
        return millis <= 0 ? 0 : count * 1000.0 / millis;
    }
}
