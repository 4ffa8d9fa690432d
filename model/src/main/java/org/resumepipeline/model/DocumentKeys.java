package org.resumepipeline.model;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.regex.Pattern;

/** Document keys {@code <batch>/<sha256 of bytes>} and batch name validation. Thread-safe. */
public final class DocumentKeys {
    private static final Pattern BATCH = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,63}");

    private DocumentKeys() {
    }

    /**
     * @param batch   a valid batch name
     * @param content the document bytes
     * @return the document key
     * @throws IllegalArgumentException when the batch name is invalid
     */
    public static String of(final String batch, final byte[] content) {
        validateBatch(batch);
        return batch + "/" + sha256(content);
    }

    /** @return the batch part of a document key */
    public static String batchOf(final String key) {
        final int slash = key.lastIndexOf('/');
        if (slash <= 0) {
            throw new IllegalArgumentException("not a document key: " + key);
        }
        return key.substring(0, slash);
    }

    /**
     * Batch names reach topic keys, URLs and file names: letters, digits, '.', '_' and '-', 1 to 64 characters,
     * starting with a letter or digit.
     *
     * @throws IllegalArgumentException when the name is not valid
     */
    public static String validateBatch(final String batch) {
        if (!isValidBatch(batch)) {
            throw new IllegalArgumentException("invalid batch name (use letters, digits, '.', '_', '-'; "
                    + "at most 64 characters): " + batch);
        }
        return batch;
    }

    public static boolean isValidBatch(final String batch) {
        return batch != null && BATCH.matcher(batch).matches() && !batch.contains("..");
    }

    /** @return lower-case hex SHA-256 of the bytes */
    public static String sha256(final byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }

    /** @return the first 12 hex chars of the SHA-256 of the bytes (used for ruleset versions) */
    public static String shortHash(final byte[] content) {
        return sha256(content).substring(0, 12);
    }
}
