package org.resumepipeline.cli;

import java.time.Duration;
import org.resumepipeline.extract.ExtractConfig;
import picocli.CommandLine.Option;

/** The options of the commands that extract documents: workers, the time limit per document, OCR and its language. */
public final class ExtractOptions {
    @Option(names = "--workers", paramLabel = "N", defaultValue = "2",
            description = "Extraction workers (default: ${DEFAULT-VALUE}).")
    int workers;

    @Option(names = "--parse-timeout", paramLabel = "SECONDS", defaultValue = "30",
            description = "Time limit per document (default: ${DEFAULT-VALUE}).")
    int parseTimeoutSeconds;

    @Option(names = "--ocr", description = "OCR pages without text and image files (PNG, JPEG, TIFF); needs"
            + " tesseract-ocr, about 5-10 s a page.")
    boolean ocr;

    @Option(names = "--ocr-lang", paramLabel = "LANG", defaultValue = ExtractConfig.OCR_DEFAULT,
            description = "Tesseract language(s) for --ocr, e.g. deu or deu+eng (packs tesseract-ocr-LANG)"
                    + " (default: ${DEFAULT-VALUE}).")
    String ocrLanguage;

    /** @return the extraction settings: the defaults with these options applied */
    public ExtractConfig extractConfig() {
        final ExtractConfig d = ExtractConfig.defaults();
        return new ExtractConfig(d.isolated(), workers, Duration.ofSeconds(parseTimeoutSeconds), d.maxBytes(),
                d.maxChars(), d.workerHeapMb(), ocr, ocrLanguage);
    }
}
