package org.resumepipeline.ingest;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/** Generated test documents and archives (no real person in any of them). */
public final class Fixtures {
    private Fixtures() {
    }

    public static byte[] text(final int n) {
        return ("Candidate " + n + "\n\nExperience\n- Reduced build time by " + n + "% by caching artifacts\n")
                .getBytes(StandardCharsets.UTF_8);
    }

    /** @return a text resume of about {@code size} bytes, unique for {@code n} */
    public static byte[] text(final int n, final int size) {
        final StringBuilder sb = new StringBuilder(size + 200);
        sb.append("Candidate ").append(n).append("\n\nExperience\n");
        int i = 0;
        while (sb.length() < size) {
            sb.append(String.format(Locale.ROOT, "- Cut p95 latency of service %d by %d%% (doc %d) by moving "
                    + "work off the request path\n", i, (i * 7 + n) % 97, n));
            i++;
        }
        return sb.toString().getBytes(StandardCharsets.UTF_8);
    }

    public static byte[] pdf(final String marker) {
        return ("%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\n% " + marker + "\ntrailer << /Root 1 0 R >>\n%%EOF\n")
                .getBytes(StandardCharsets.US_ASCII);
    }

    /** An OLE2 container with an EncryptedPackage stream name: how Word 2007+ stores a password-protected file. */
    public static byte[] encryptedDocx() {
        final byte[] header = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A,
            (byte) 0xE1};
        final byte[] name = "EncryptedPackage".getBytes(StandardCharsets.UTF_16LE);
        final byte[] out = new byte[1024];
        System.arraycopy(header, 0, out, 0, header.length);
        System.arraycopy(name, 0, out, 512, name.length);
        return out;
    }

    public static byte[] encryptedPdf() {
        return ("%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R /Encrypt 2 0 R >>\n%%EOF\n")
                .getBytes(StandardCharsets.US_ASCII);
    }

    public static byte[] png() {
        return new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R',
            0, 0, 0, 1, 0, 0, 0, 1, 8, 2, 0, 0, 0};
    }

    public static byte[] rtf() {
        return "{\\rtf1\\ansi {\\b Experience}\\par Built a thing\\par}".getBytes(StandardCharsets.US_ASCII);
    }

    public static byte[] html() {
        return "<!DOCTYPE html><html><head><title>cv</title></head><body><ul><li>Built</li></ul></body></html>"
                .getBytes(StandardCharsets.UTF_8);
    }

    public static byte[] docx() {
        final Map<String, byte[]> entries = new LinkedHashMap<>();
        entries.put("[Content_Types].xml", "<Types/>".getBytes(StandardCharsets.UTF_8));
        entries.put("_rels/.rels", "<Relationships/>".getBytes(StandardCharsets.UTF_8));
        entries.put("word/document.xml", "<w:document/>".getBytes(StandardCharsets.UTF_8));
        return zip(entries);
    }

    public static byte[] xlsx() {
        final Map<String, byte[]> entries = new LinkedHashMap<>();
        entries.put("[Content_Types].xml", "<Types/>".getBytes(StandardCharsets.UTF_8));
        entries.put("xl/workbook.xml", "<workbook/>".getBytes(StandardCharsets.UTF_8));
        return zip(entries);
    }

    /** @return an ODT package: the stored "mimetype" entry first, as ODF requires */
    public static byte[] odt() {
        try {
            final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
                final byte[] type = "application/vnd.oasis.opendocument.text".getBytes(StandardCharsets.US_ASCII);
                final ZipEntry mimetype = new ZipEntry("mimetype");
                mimetype.setMethod(ZipEntry.STORED);
                mimetype.setSize(type.length);
                final CRC32 crc = new CRC32();
                crc.update(type);
                mimetype.setCrc(crc.getValue());
                zip.putNextEntry(mimetype);
                zip.write(type);
                zip.closeEntry();
                zip.putNextEntry(new ZipEntry("content.xml"));
                zip.write("<office:document-content/>".getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** @return an OLE2 compound file header followed by a "WordDocument" directory name, like a .doc */
    public static byte[] doc() {
        final ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(new byte[] {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A,
            (byte) 0xE1});
        out.writeBytes(new byte[504]);
        out.writeBytes("Root Entry".getBytes(StandardCharsets.UTF_16LE));
        out.writeBytes(new byte[44]);
        out.writeBytes("WordDocument".getBytes(StandardCharsets.UTF_16LE));
        out.writeBytes(new byte[512]);
        return out.toByteArray();
    }

    public static byte[] zip(final Map<String, byte[]> entries) {
        try {
            final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
                for (final Map.Entry<String, byte[]> e : entries.entrySet()) {
                    zip.putNextEntry(new ZipEntry(e.getKey()));
                    zip.write(e.getValue());
                    zip.closeEntry();
                }
            }
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** @return a zip with one entry of {@code size} zero bytes: tiny compressed, huge expanded */
    public static byte[] bomb(final int size) {
        try {
            final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
                zip.putNextEntry(new ZipEntry("resume.txt"));
                final byte[] zeros = new byte[64 * 1024];
                for (int written = 0; written < size; written += zeros.length) {
                    zip.write(zeros, 0, Math.min(zeros.length, size - written));
                }
                zip.closeEntry();
            }
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** @return the zip with the "encrypted" flag set on every local header, as a password-protected zip has */
    public static byte[] encrypted(final byte[] zip) {
        final byte[] out = zip.clone();
        for (int i = 0; i + 8 < out.length; i++) {
            if (out[i] == 'P' && out[i + 1] == 'K' && out[i + 2] == 3 && out[i + 3] == 4) {
                out[i + 6] |= 1;
            }
        }
        return out;
    }
}
