package org.resumepipeline.report.render;

import java.util.Map;
import java.util.function.Function;

/** A captioned two- or three-column table of counts: key, count and an optional note per key. Thread-safe. */
final class KeyCountTable {
    private KeyCountTable() {
    }

    /**
     * @param caption   table caption
     * @param keyHeader header of the key column
     * @param counts    key -> count, in display order
     * @param noteHeader header of the note column, or null for none
     * @param note      key -> note text (escaped here), used when noteHeader is set
     * @return the table, or a short paragraph when there is nothing to count
     */
    static <K> String render(final String caption, final String keyHeader, final Map<K, Long> counts,
                             final String noteHeader, final Function<K, String> note) {
        if (counts.isEmpty()) {
            return "<p class=\"muted\">" + Html.escape(caption) + ": none.</p>\n";
        }
        final StringBuilder out = new StringBuilder("<table>\n<caption>").append(Html.escape(caption))
                .append("</caption>\n<thead><tr><th scope=\"col\">").append(Html.escape(keyHeader))
                .append("</th><th scope=\"col\" class=\"num\">Count</th>");
        if (noteHeader != null) {
            out.append("<th scope=\"col\">").append(Html.escape(noteHeader)).append("</th>");
        }
        out.append("</tr></thead>\n<tbody>\n");
        counts.forEach((key, count) -> {
            out.append("<tr><th scope=\"row\">").append(Html.escape(String.valueOf(key)))
                    .append("</th><td class=\"num\">").append(count).append("</td>");
            if (noteHeader != null) {
                out.append("<td>").append(Html.escape(note.apply(key))).append("</td>");
            }
            out.append("</tr>\n");
        });
        return out.append("</tbody>\n</table>\n").toString();
    }
}
