package org.resumepipeline.extract;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;

/** Finds the shared corpus (a sibling {@code shared/corpus} of the repository); tests skip when it is absent. */
final class SharedCorpus {
    private SharedCorpus() {
    }

    static Path require(final String name) {
        Path dir = Path.of(System.getProperty("user.dir")).toAbsolutePath();
        while (dir != null) {
            final Path candidate = dir.resolve("shared").resolve("corpus").resolve(name);
            if (Files.isDirectory(candidate)) {
                return candidate;
            }
            dir = dir.getParent();
        }
        assumeTrue(false, "shared/corpus/" + name + " not found next to the repository: skipped");
        return null;
    }
}
