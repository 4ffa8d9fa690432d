package org.resumepipeline.ingest.http;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A small multipart/form-data parser over a body already in memory (the routes cap its size). Thread-safe.
 */
final class Multipart {
    /**
     * One part.
     *
     * @param field    the form field name
     * @param filename the file name as sent, or null for a plain field
     * @param content  the part's bytes
     */
    record Part(String field, String filename, byte[] content) {
    }

    private static final byte[] CRLF = {'\r', '\n'};
    private static final byte[] HEADER_END = {'\r', '\n', '\r', '\n'};
    private static final int MAX_HEADER_BYTES = 16 * 1024;

    private Multipart() {
    }

    /** @return the boundary parameter of a multipart/form-data content type, or null */
    static String boundary(final String contentType) {
        if (contentType == null
                || !contentType.toLowerCase(Locale.ROOT).startsWith("multipart/form-data")) {
            return null;
        }
        final String value = HeaderParams.param(contentType, "boundary");
        return value == null || value.isEmpty() || value.length() > 200 ? null : value;
    }

    /**
     * @param body     the whole request body
     * @param boundary the boundary
     * @return the parts in order
     * @throws IllegalArgumentException when the body is not well-formed multipart
     */
    static List<Part> parse(final byte[] body, final String boundary) {
        final byte[] delimiter = ("--" + boundary).getBytes(StandardCharsets.ISO_8859_1);
        final byte[] next = ("\r\n--" + boundary).getBytes(StandardCharsets.ISO_8859_1);
        int pos = indexOf(body, delimiter, 0);
        if (pos < 0) {
            throw new IllegalArgumentException("no multipart boundary in the body");
        }
        pos += delimiter.length;
        final List<Part> parts = new ArrayList<>();
        while (true) {
            if (startsWith(body, pos, new byte[] {'-', '-'})) {
                return parts;
            }
            pos = skipLinearWhitespace(body, pos);
            if (!startsWith(body, pos, CRLF)) {
                throw new IllegalArgumentException("malformed multipart boundary line");
            }
            pos += CRLF.length;
            final int headerEnd = indexOf(body, HEADER_END, pos);
            if (headerEnd < 0 || headerEnd - pos > MAX_HEADER_BYTES) {
                throw new IllegalArgumentException("malformed multipart part headers");
            }
            final String headers = new String(body, pos, headerEnd - pos, StandardCharsets.UTF_8);
            final int start = headerEnd + HEADER_END.length;
            final int end = indexOf(body, next, start);
            if (end < 0) {
                throw new IllegalArgumentException("multipart body ends without a closing boundary");
            }
            final byte[] content = new byte[end - start];
            System.arraycopy(body, start, content, 0, content.length);
            parts.add(part(headers, content));
            pos = end + next.length;
        }
    }

    private static Part part(final String headers, final byte[] content) {
        String field = null;
        String filename = null;
        for (final String line : headers.split("\r\n")) {
            final int colon = line.indexOf(':');
            if (colon > 0 && line.substring(0, colon).trim().equalsIgnoreCase("content-disposition")) {
                final String value = line.substring(colon + 1);
                field = HeaderParams.param(value, "name");
                final String extended = HeaderParams.extendedParam(value, "filename*");
                filename = extended != null ? extended : HeaderParams.param(value, "filename");
            }
        }
        return new Part(field, filename, content);
    }

    private static int skipLinearWhitespace(final byte[] body, final int from) {
        int pos = from;
        while (pos < body.length && (body[pos] == ' ' || body[pos] == '\t')) {
            pos++;
        }
        return pos;
    }

    private static boolean startsWith(final byte[] body, final int pos, final byte[] prefix) {
        if (pos + prefix.length > body.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (body[pos + i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    static int indexOf(final byte[] body, final byte[] pattern, final int from) {
        final byte first = pattern[0];
        final int last = body.length - pattern.length;
        for (int i = from; i <= last; i++) {
            if (body[i] == first && startsWith(body, i, pattern)) {
                return i;
            }
        }
        return -1;
    }
}
