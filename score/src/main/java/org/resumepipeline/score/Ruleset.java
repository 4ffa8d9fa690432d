package org.resumepipeline.score;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.resumepipeline.model.DocumentKeys;

/**
 * A ruleset file: its bytes and its version (a short hash of the bytes). Immutable, thread-safe.
 * STUB for the walking skeleton: the scoring issue replaces the parsing with the full YAML model.
 */
public final class Ruleset {
    public static final String DEFAULT_RESOURCE = "/rulesets/default.yaml";

    private final String name;
    private final byte[] bytes;
    private final String version;

    private Ruleset(final String name, final byte[] bytes) {
        this.name = name;
        this.bytes = bytes.clone();
        this.version = DocumentKeys.shortHash(bytes);
    }

    /** @return the ruleset shipped with the product */
    public static Ruleset defaults() {
        try (InputStream in = Ruleset.class.getResourceAsStream(DEFAULT_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("default ruleset missing from the classpath");
            }
            return new Ruleset("default", in.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** @throws UncheckedIOException when the file cannot be read */
    public static Ruleset load(final Path file) {
        try {
            return new Ruleset(file.getFileName().toString(), Files.readAllBytes(file));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read ruleset " + file, e);
        }
    }

    public String name() {
        return name;
    }

    public String version() {
        return version;
    }

    public byte[] bytes() {
        return bytes.clone();
    }
}
