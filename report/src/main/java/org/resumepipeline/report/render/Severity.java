package org.resumepipeline.report.render;

import java.util.Locale;

/** Finding severities in order of importance: error, warn, info, then anything unknown. */
enum Severity {
    ERROR, WARN, INFO, OTHER;

    /** @return the severity named by a finding ("error", "warn"/"warning", "info"), OTHER when unknown */
    static Severity of(final String name) {
        if (name == null) {
            return OTHER;
        }
        return switch (name.trim().toLowerCase(Locale.ROOT)) {
            case "error" -> ERROR;
            case "warn", "warning" -> WARN;
            case "info" -> INFO;
            default -> OTHER;
        };
    }

    /** @return the lower-case CSS/display name */
    String css() {
        return name().toLowerCase(Locale.ROOT);
    }
}
