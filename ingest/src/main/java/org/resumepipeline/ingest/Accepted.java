package org.resumepipeline.ingest;

/**
 * A document published to resume.uploads.
 *
 * @param file      display name (archive entries as {@code archive.zip!/path})
 * @param key       the document key
 * @param mediaType the sniffed type
 * @param size      bytes
 */
public record Accepted(String file, String key, String mediaType, long size) {
}
