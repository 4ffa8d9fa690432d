package org.resumepipeline.ingest.http;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/** Parameters of header values like {@code form-data; name="f"; filename="a.pdf"}. Thread-safe. */
final class HeaderParams {
    private HeaderParams() {
    }

    /** @return the value of {@code name=...} (quoted or not, the escapes \" and \\ undone), or null */
    static String param(final String header, final String name) {
        int i = 0;
        final int n = header.length();
        while (i < n) {
            final int semi = nextSeparator(header, i);
            final String piece = header.substring(i, semi).trim();
            final int eq = piece.indexOf('=');
            if (eq > 0 && piece.substring(0, eq).trim().toLowerCase(Locale.ROOT).equals(name)) {
                return unquote(piece.substring(eq + 1).trim());
            }
            i = semi + 1;
        }
        return null;
    }

    /** @return the decoded value of an RFC 5987 parameter such as {@code filename*=UTF-8''r%C3%A9sum%C3%A9.pdf} */
    static String extendedParam(final String header, final String name) {
        final String raw = param(header, name);
        if (raw == null) {
            return null;
        }
        final int quote = raw.indexOf("''");
        if (quote < 0 || !raw.substring(0, quote).equalsIgnoreCase("utf-8")) {
            return null;
        }
        try {
            return URLDecoder.decode(raw.substring(quote + 2).replace("+", "%2B"), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static int nextSeparator(final String header, final int from) {
        boolean quoted = false;
        for (int i = from; i < header.length(); i++) {
            final char c = header.charAt(i);
            if (c == '\\' && quoted) {
                i++;
            } else if (c == '"') {
                quoted = !quoted;
            } else if (c == ';' && !quoted) {
                return i;
            }
        }
        return header.length();
    }

    private static String unquote(final String value) {
        if (value.length() < 2 || value.charAt(0) != '"' || value.charAt(value.length() - 1) != '"') {
            return value;
        }
        final StringBuilder out = new StringBuilder(value.length());
        for (int i = 1; i < value.length() - 1; i++) {
            final char c = value.charAt(i);
            // only \" and \\ are escapes: a Windows path sent as is ("..\..\win.ini") keeps its backslashes, so
            // the file-name check sees the folders instead of a name with them squeezed out ("....win.ini")
            final char next = i + 1 < value.length() - 1 ? value.charAt(i + 1) : 0;
            if (c == '\\' && (next == '"' || next == '\\')) {
                out.append(value.charAt(++i));
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }
}
