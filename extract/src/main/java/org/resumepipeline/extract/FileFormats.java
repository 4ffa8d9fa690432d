package org.resumepipeline.extract;

import java.util.List;
import java.util.Locale;

/**
 * The formats the extract stage names a document by, from its file extension: the {@code format} tag of its meters
 * and the formats the bench reads. The one list; stateless.
 */
public final class FileFormats {
    /** Extensions named as they are; any other file is {@link #OTHER}. */
    public static final List<String> EXTENSIONS = List.of("pdf", "docx", "doc", "odt", "rtf", "html", "htm", "md",
            "txt");
    /** The format of a file whose extension is not one of {@link #EXTENSIONS}. */
    public static final String OTHER = "other";

    private FileFormats() {
    }

    /** @return the lower-case extension when it is one of {@link #EXTENSIONS}, else {@link #OTHER} */
    public static String of(final String file) {
        final int dot = file == null ? -1 : file.lastIndexOf('.');
        final String ext = dot < 0 ? "" : file.substring(dot + 1).toLowerCase(Locale.ROOT);
        return EXTENSIONS.contains(ext) ? ext : OTHER;
    }
}
