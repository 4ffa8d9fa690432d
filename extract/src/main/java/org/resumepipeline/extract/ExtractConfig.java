package org.resumepipeline.extract;

import java.time.Duration;
import java.util.regex.Pattern;

/**
 * Extraction limits and isolation settings.
 *
 * @param isolated     parse in worker JVMs (true in production) or in this JVM
 * @param workers      number of worker JVMs (or threads when not isolated)
 * @param timeout      per-document time limit
 * @param maxBytes     largest document accepted
 * @param maxChars     largest extracted text kept
 * @param workerHeapMb heap of each worker JVM
 * @param ocr          OCR pages without text and image uploads (needs tesseract)
 * @param ocrLanguage  tesseract language(s), e.g. {@code eng} or {@code deu+eng}; a pack that is not installed
 *                     falls back to English
 */
public record ExtractConfig(boolean isolated, int workers, Duration timeout, long maxBytes, int maxChars,
                            int workerHeapMb, boolean ocr, String ocrLanguage) {
    /** The default OCR language. */
    public static final String OCR_DEFAULT = "eng";
    private static final Pattern TESSERACT_LANGUAGES = Pattern.compile("[a-z_]{3,16}(\\+[a-z_]{3,16})*");

    public ExtractConfig {
        if (workers < 1) {
            throw new IllegalArgumentException("workers must be >= 1");
        }
        if (timeout == null || timeout.isNegative() || timeout.isZero()) {
            throw new IllegalArgumentException("timeout must be positive");
        }
        ocrLanguage = ocrLanguage == null ? OCR_DEFAULT : ocrLanguage;
        if (!TESSERACT_LANGUAGES.matcher(ocrLanguage).matches()) {
            throw new IllegalArgumentException("OCR language must be tesseract language codes such as eng or"
                    + " deu+eng: " + ocrLanguage);
        }
    }

    /** The settings before {@code ocrLanguage}: OCR in English. */
    public ExtractConfig(final boolean isolated, final int workers, final Duration timeout, final long maxBytes,
                         final int maxChars, final int workerHeapMb, final boolean ocr) {
        this(isolated, workers, timeout, maxBytes, maxChars, workerHeapMb, ocr, OCR_DEFAULT);
    }

    public static ExtractConfig defaults() {
        return new ExtractConfig(true, 2, Duration.ofSeconds(30), 10L * 1024 * 1024, 1_000_000, 384, false);
    }

    public ExtractConfig inProcess() {
        return new ExtractConfig(false, workers, timeout, maxBytes, maxChars, workerHeapMb, ocr, ocrLanguage);
    }

    /** @return these settings with OCR on or off, in the given language(s) */
    public ExtractConfig withOcr(final boolean on, final String language) {
        return new ExtractConfig(isolated, workers, timeout, maxBytes, maxChars, workerHeapMb, on, language);
    }
}
