package org.resumepipeline.extract.text;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Objects;

/** Word lists and tables kept as resources beside the classes that read them: one entry a line, "#" a comment. */
public final class ResourceLines {
    private ResourceLines() {
    }

    /**
     * @param anchor   the class the resource lies beside
     * @param resource its name, relative to the anchor's package
     * @return its entries, stripped, in file order, without blank and comment lines
     */
    public static List<String> read(final Class<?> anchor, final String resource) {
        try (InputStream in = anchor.getResourceAsStream(resource)) {
            return new String(Objects.requireNonNull(in, resource).readAllBytes(), StandardCharsets.UTF_8).lines()
                    .map(String::strip).filter(line -> !line.isEmpty() && !line.startsWith("#")).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
