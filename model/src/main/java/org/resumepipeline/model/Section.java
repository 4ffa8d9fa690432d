package org.resumepipeline.model;

import java.util.List;
import java.util.Objects;

/**
 * A section in reading order.
 *
 * @param kind    what the heading says it is
 * @param heading the heading as written
 * @param lines   the section's text lines (bullets included), in order
 */
public record Section(SectionKind kind, String heading, List<String> lines) {
    public Section {
        Objects.requireNonNull(kind, "kind");
        lines = lines == null ? List.of() : List.copyOf(lines);
    }
}
