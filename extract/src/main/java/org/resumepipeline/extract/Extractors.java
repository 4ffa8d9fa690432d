package org.resumepipeline.extract;

import org.resumepipeline.extract.worker.IsolatedExtractor;

/** Creates the configured extractor. */
public final class Extractors {
    private Extractors() {
    }

    /**
     * @param config limits and isolation settings
     * @return an isolated extractor (worker JVMs) when {@code config.isolated()}, else an in-process one; both are
     *         thread-safe and must be closed
     */
    public static Extractor create(final ExtractConfig config) {
        return config.isolated() ? new IsolatedExtractor(config) : new InProcessExtractor(config);
    }
}
