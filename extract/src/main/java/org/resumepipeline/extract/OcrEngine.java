package org.resumepipeline.extract;

import java.util.HashMap;
import java.util.Optional;
import java.util.Set;
import org.apache.tika.exception.TikaConfigException;
import org.apache.tika.parser.ocr.TesseractOCRConfig;
import org.apache.tika.parser.ocr.TesseractOCRParser;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Tika's tesseract parser, built and checked once: the parser PDF pages without text and image uploads are OCRed
 * with, and the per-parse settings (language, time limit). Tika's PDF parser finds its OCR parser in the parse
 * context; without one there it fails every page it would OCR with a NullPointerException, which is what
 * {@code --ocr} answered as PARSE_ERROR before. Thread-safe: the parser holds no per-parse state.
 */
final class OcrEngine {
    private static final Logger LOG = LoggerFactory.getLogger(OcrEngine.class);

    private final TesseractOCRParser parser;
    private final Set<String> languages;

    private OcrEngine(final TesseractOCRParser parser, final Set<String> languages) {
        this.parser = parser;
        this.languages = Set.copyOf(languages);
    }

    /** @return the engine, or empty when tesseract is not installed (OCR then finds no text) */
    static Optional<OcrEngine> find() {
        final TesseractOCRParser parser = new TesseractOCRParser();
        try {
            parser.initialize(new HashMap<>());
            if (!parser.hasTesseract()) {
                LOG.warn("OCR was asked for but tesseract is not installed (apt-get install tesseract-ocr"
                        + " tesseract-ocr-eng): pages without text stay without text");
                return Optional.empty();
            }
        } catch (TikaConfigException e) {
            LOG.warn("OCR was asked for but tesseract could not be set up", e);
            return Optional.empty();
        }
        return Optional.of(new OcrEngine(parser, parser.getLangs()));
    }

    TesseractOCRParser parser() {
        return parser;
    }

    /** @return true when tesseract has every pack of {@code language} ({@code deu+eng}: both) */
    boolean hasLanguage(final String language) {
        for (final String pack : language.split("\\+")) {
            if (!languages.contains(pack)) {
                return false;
            }
        }
        return true;
    }

    /**
     * @param language       tesseract language(s); packs that are not installed fall back to English
     * @param timeoutSeconds the time tesseract may take on one image
     * @return the settings of one parse
     */
    TesseractOCRConfig config(final String language, final int timeoutSeconds) {
        final TesseractOCRConfig config = new TesseractOCRConfig();
        config.setLanguage(hasLanguage(language) ? language : ExtractConfig.OCR_DEFAULT);
        config.setTimeoutSeconds(Math.max(1, timeoutSeconds));
        return config;
    }
}
