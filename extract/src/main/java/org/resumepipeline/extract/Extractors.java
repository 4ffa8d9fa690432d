package org.resumepipeline.extract;

/** Creates the configured extractor. */
public final class Extractors {
    private Extractors() {
    }

    /** STUB for the walking skeleton: in-process only until the extraction issue adds isolated workers. */
    public static Extractor create(final ExtractConfig config) {
        return new SimpleTikaExtractor(config);
    }
}
