package org.resumepipeline.report.render;

/** HTML escaping for text content and quoted attribute values. Thread-safe. */
final class Html {
    private Html() {
    }

    /**
     * @param text untrusted text, may be null
     * @return the text with {@code & < > " '} escaped, safe in element content and quoted attributes; "" for null
     */
    static String escape(final String text) {
        if (text == null) {
            return "";
        }
        final StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            final char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                case '\u0000' -> out.append('\uFFFD');
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
