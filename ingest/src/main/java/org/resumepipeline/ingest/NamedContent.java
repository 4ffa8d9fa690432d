package org.resumepipeline.ingest;

import java.util.Objects;

/**
 * A file given in memory (an HTTP upload): display name and bytes.
 *
 * @param name    display name; never used as a path
 * @param content the bytes (a document or a zip of documents)
 */
public record NamedContent(String name, byte[] content) {
    public NamedContent {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(content, "content");
    }
}
