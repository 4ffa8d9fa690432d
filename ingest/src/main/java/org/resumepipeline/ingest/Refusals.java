package org.resumepipeline.ingest;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import org.resumepipeline.model.DocumentKeys;
import org.resumepipeline.model.FailureReason;

/** Builds refusals: keys for files whose bytes were not read fully, and messages that say what to do. */
final class Refusals {
    private Refusals() {
    }

    /**
     * @return a deterministic key for a file refused before its bytes were read fully: the SHA-256 of its name,
     *         a NUL byte and the bytes read so far
     */
    static String partialKey(final String batch, final String name, final byte[] readSoFar, final int length) {
        final MessageDigest digest = nameDigest(name);
        digest.update(readSoFar, 0, length);
        return keyOf(batch, digest);
    }

    /** @return a SHA-256 digest primed with the name and a NUL byte, to continue with the bytes read */
    static MessageDigest nameDigest(final String name) {
        try {
            final MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update(name.getBytes(StandardCharsets.UTF_8));
            digest.update((byte) 0);
            return digest;
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }

    static String keyOf(final String batch, final MessageDigest digest) {
        return DocumentKeys.validateBatch(batch) + "/" + HexFormat.of().formatHex(digest.digest());
    }

    static String tooLarge(final long limit) {
        return String.format(Locale.ROOT, "The file is over the %s limit. Export a smaller file (a resume rarely "
                + "needs more than 2 MB) and upload again.", Sizes.human(limit));
    }

    static String unsupported(final String mediaType) {
        return "This file type (" + mediaType + ") is not supported. Upload PDF, DOCX, DOC, ODT, RTF, HTML, "
                + "Markdown or TXT.";
    }

    static String encryptedArchive() {
        return "The archive is password-protected. Zip the resumes again without a password and upload again.";
    }

    static String encrypted() {
        return FailureReason.ENCRYPTED.advice();
    }

    static String bomb(final String what) {
        return "The archive was refused: " + what + ". Upload the resumes themselves or a plain zip of them.";
    }

    static String zipSlip() {
        return "The archive entry name points outside the archive (an absolute path or '..'). Zip the resumes "
                + "again from their folder and upload again.";
    }

    static String tooDeep(final int depth) {
        return "The archive is nested more than " + depth + " level(s) deep. Unpack the inner archives and "
                + "upload the resumes or one plain zip.";
    }

    static String hidden() {
        return "Hidden and system files (dotfiles, __MACOSX, .DS_Store, Thumbs.db) are not resumes; remove them.";
    }

    static String corruptArchive() {
        return "The archive is damaged or truncated. Zip the resumes again and upload again.";
    }
}
