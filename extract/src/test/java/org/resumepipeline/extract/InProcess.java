package org.resumepipeline.extract;

/** One in-process extractor for the tests of this module (thread-safe; it holds no process or file). */
final class InProcess {
    static final Extractor EXTRACTOR = Extractors.create(ExtractConfig.defaults().inProcess());

    private InProcess() {
    }
}
