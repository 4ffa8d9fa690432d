package org.resumepipeline.model;

import java.util.Objects;

/**
 * A document as uploaded, on {@code resume.uploads}: raw bytes inline (the topic is compressed).
 *
 * @param key        the document key, {@code <batch>/<sha256 of content>}
 * @param batch      the batch it belongs to
 * @param file       the file name as uploaded (display only; never used as a path)
 * @param mediaType  the type sniffed from the bytes at the door
 * @param size       the number of bytes
 * @param uploadedAt epoch milliseconds when ingest accepted it
 * @param content    the raw bytes
 */
public record Upload(String key, String batch, String file, String mediaType, long size, long uploadedAt,
                     byte[] content) {
    public Upload {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(batch, "batch");
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(content, "content");
    }
}
