package org.resumepipeline.ingest;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.apache.tika.detect.TextDetector;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.mime.MediaType;
import org.apache.tika.mime.MimeTypes;

/**
 * Finds the real type of a document from its bytes (Tika's magic detection, never the extension), with the
 * container checks tika-core lacks: Word inside OOXML zips and OLE2 files, encrypted OOXML, and an office package cut
 * short (its zip has no end-of-central-directory record, so no reader can open it). Encrypted PDFs pass:
 * many have only an owner password and open without one, so extraction decides. The name is
 * only used to tell Markdown from plain text once the bytes are known to be text. Thread-safe.
 *
 * <p>Tika's magic evaluates its ~1,400 patterns on every file (about 0.3 ms, most of what ingest spends on a
 * document), so the common cases are settled first by the checks Tika itself would end on: a PDF or RTF signature
 * at offset 0 (Tika's own patterns for those types), and text by Tika's {@link TextDetector} when it does not start
 * like markup, a script or PostScript (those still go to the magic, which tells HTML from XML and the rest). Text
 * that Tika's magic would have called a text-based format (an mbox, a vCard) is thus read as the text it is.
 */
public final class TypeSniffer {
    /** What a sniffed file is. */
    public enum Kind { DOCUMENT, ARCHIVE, ENCRYPTED, CORRUPT, UNSUPPORTED, EMPTY }

    /**
     * @param kind      what to do with it
     * @param mediaType the detected media type (for DOCUMENT, one of the accepted ones)
     */
    public record Sniff(Kind kind, String mediaType) {
    }

    public static final String PDF = "application/pdf";
    public static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
    public static final String DOC = "application/msword";
    public static final String ODT = "application/vnd.oasis.opendocument.text";
    public static final String RTF = "application/rtf";
    public static final String HTML = "text/html";
    public static final String MARKDOWN = "text/markdown";
    public static final String TEXT = "text/plain";
    public static final String ZIP = "application/zip";

    private static final byte[] OOXML_TYPES = ascii("[Content_Types].xml");
    private static final byte[] WORD_PART = ascii("word/");
    /** The end-of-central-directory record: 22 bytes and a comment of up to 65,535, last in every whole zip. */
    private static final int ZIP_END_BYTES = 22;
    private static final int ZIP_MAX_COMMENT = 65_535;
    private static final byte[] OLE_WORD = utf16("WordDocument");
    private static final byte[] OLE_ENCRYPTED_PACKAGE = utf16("EncryptedPackage");

    /** Tika's magic patterns look at the first bytes only; handing it more costs time, not accuracy. */
    private static final int MAGIC_PREFIX_BYTES = 4096;

    private static final byte[] PDF_SIGNATURE = ascii("%PDF-");
    private static final byte[] RTF_SIGNATURE = ascii("{\\rtf");
    private static final byte[] UTF8_BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    private final MimeTypes mimeTypes = MimeTypes.getDefaultMimeTypes();
    private final TextDetector textDetector = new TextDetector(MAGIC_PREFIX_BYTES);

    /**
     * @param name  the display name, used only to tell Markdown from text
     * @param bytes the whole document
     * @return the verdict
     */
    public Sniff sniff(final String name, final byte[] bytes) {
        if (bytes.length == 0) {
            return new Sniff(Kind.EMPTY, null);
        }
        final String quick = quickType(bytes);
        final String type = quick != null ? quick : magic(bytes);
        switch (type) {
            case PDF:
                // an encrypted PDF often has only an owner password (printing or editing restricted) and opens
                // without one: extraction decides, and fails it as ENCRYPTED when a user password is needed
                return document(type);
            case DOCX, ODT, RTF, DOC:
                return document(type);
            case "text/html", "application/xhtml+xml":
                return document(HTML);
            case TEXT:
                return document(isMarkdownName(name) ? MARKDOWN : TEXT);
            case "application/x-tika-ooxml":
                if (!endsWithZipDirectory(bytes)) {
                    return corrupt(type);
                }
                return ByteSearch.contains(bytes, WORD_PART) ? document(DOCX) : unsupported(type);
            case ZIP:
                if (!ByteSearch.contains(bytes, OOXML_TYPES)) {
                    return new Sniff(Kind.ARCHIVE, ZIP);
                }
                if (!endsWithZipDirectory(bytes)) {
                    return corrupt(type);
                }
                return ByteSearch.contains(bytes, WORD_PART) ? document(DOCX) : new Sniff(Kind.ARCHIVE, ZIP);
            case "application/x-tika-msoffice":
                if (ByteSearch.contains(bytes, OLE_ENCRYPTED_PACKAGE)) {
                    return encrypted(type);
                }
                return ByteSearch.contains(bytes, OLE_WORD) ? document(DOC) : unsupported(type);
            default:
                return unsupported(type);
        }
    }

    /** @return true when the bytes start like a zip archive (local file header or empty archive) */
    public static boolean looksLikeZip(final byte[] head) {
        return head.length >= 4 && head[0] == 'P' && head[1] == 'K'
                && (head[2] == 3 && head[3] == 4 || head[2] == 5 && head[3] == 6);
    }

    /** @return true when the bytes end with a zip's end-of-central-directory record (and its comment) */
    static boolean endsWithZipDirectory(final byte[] bytes) {
        final int lowest = Math.max(0, bytes.length - ZIP_END_BYTES - ZIP_MAX_COMMENT);
        for (int at = bytes.length - ZIP_END_BYTES; at >= lowest; at--) {
            if (bytes[at] == 'P' && bytes[at + 1] == 'K' && bytes[at + 2] == 5 && bytes[at + 3] == 6) {
                final int comment = (bytes[at + 20] & 0xff) | (bytes[at + 21] & 0xff) << 8;
                if (at + ZIP_END_BYTES + comment == bytes.length) {
                    return true;
                }
            }
        }
        return false;
    }

    /** @return PDF, RTF or plain text when that is certain without the full magic, else null */
    String quickType(final byte[] bytes) {
        if (startsWith(bytes, PDF_SIGNATURE)) {
            return PDF;
        }
        if (startsWith(bytes, RTF_SIGNATURE)) {
            return RTF;
        }
        int first = startsWith(bytes, UTF8_BOM) ? UTF8_BOM.length : 0;
        while (first < bytes.length && first < MAGIC_PREFIX_BYTES && isBlank(bytes[first])) {
            first++;
        }
        if (first >= bytes.length || first >= MAGIC_PREFIX_BYTES) {
            return null;
        }
        final byte lead = bytes[first];
        if (lead == '<' || lead == '{' || lead == '%' || lead == '#' && first + 1 < bytes.length
                && bytes[first + 1] == '!') {
            return null;
        }
        try {
            final MediaType text = textDetector.detect(
                    new ByteArrayInputStream(bytes, 0, Math.min(bytes.length, MAGIC_PREFIX_BYTES)), new Metadata());
            return MediaType.TEXT_PLAIN.equals(text) ? TEXT : null;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read an in-memory stream", e);
        }
    }

    private static boolean isBlank(final byte b) {
        return b == ' ' || b == '\t' || b == '\n' || b == '\r' || b == '\f';
    }

    private static boolean startsWith(final byte[] bytes, final byte[] prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (bytes[i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    String magic(final byte[] bytes) {
        try {
            final MediaType type = mimeTypes.detect(
                    new ByteArrayInputStream(bytes, 0, Math.min(bytes.length, MAGIC_PREFIX_BYTES)), new Metadata());
            return type.getBaseType().toString();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read an in-memory stream", e);
        }
    }

    private static boolean isMarkdownName(final String name) {
        final String lower = name == null ? "" : name.toLowerCase(Locale.ROOT);
        return lower.endsWith(".md") || lower.endsWith(".markdown") || lower.endsWith(".mdown");
    }

    private static Sniff document(final String type) {
        return new Sniff(Kind.DOCUMENT, type);
    }

    private static Sniff encrypted(final String type) {
        return new Sniff(Kind.ENCRYPTED, type);
    }

    private static Sniff corrupt(final String type) {
        return new Sniff(Kind.CORRUPT, type);
    }

    private static Sniff unsupported(final String type) {
        return new Sniff(Kind.UNSUPPORTED, type);
    }

    private static byte[] ascii(final String s) {
        return s.getBytes(StandardCharsets.US_ASCII);
    }

    private static byte[] utf16(final String s) {
        return s.getBytes(StandardCharsets.UTF_16LE);
    }
}
