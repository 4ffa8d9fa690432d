package org.resumepipeline.model;

import java.util.Objects;

/**
 * An extracted resume, on {@code resume.texts} (compacted): what rescoring replays.
 *
 * @param key              document key
 * @param batch            batch name
 * @param file             file name as uploaded
 * @param uploadedAt       epoch millis of the upload
 * @param extractorVersion version of the extractor (Tika and segmenter) that produced it
 * @param document         the resume structure
 */
public record ResumeText(String key, String batch, String file, long uploadedAt, String extractorVersion,
                         ResumeDocument document) {
    public ResumeText {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(document, "document");
    }
}
