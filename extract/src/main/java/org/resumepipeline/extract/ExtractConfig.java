package org.resumepipeline.extract;

import java.time.Duration;

/**
 * Extraction limits and isolation settings.
 *
 * @param isolated     parse in worker JVMs (true in production) or in this JVM
 * @param workers      number of worker JVMs (or threads when not isolated)
 * @param timeout      per-document time limit
 * @param maxBytes     largest document accepted
 * @param maxChars     largest extracted text kept
 * @param workerHeapMb heap of each worker JVM
 * @param ocr          OCR pages without text (needs tesseract)
 */
public record ExtractConfig(boolean isolated, int workers, Duration timeout, long maxBytes, int maxChars,
                            int workerHeapMb, boolean ocr) {
    public ExtractConfig {
        if (workers < 1) {
            throw new IllegalArgumentException("workers must be >= 1");
        }
        if (timeout == null || timeout.isNegative() || timeout.isZero()) {
            throw new IllegalArgumentException("timeout must be positive");
        }
    }

    public static ExtractConfig defaults() {
        return new ExtractConfig(true, 2, Duration.ofSeconds(30), 10L * 1024 * 1024, 1_000_000, 384, false);
    }

    public ExtractConfig inProcess() {
        return new ExtractConfig(false, workers, timeout, maxBytes, maxChars, workerHeapMb, ocr);
    }
}
