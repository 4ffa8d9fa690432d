package org.resumepipeline.extract;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

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

    /**
     * @return the resumes of shared/corpus/realworld (every file but the truth files, SOURCES.tsv and README.md), in
     *         name order; skips the test when the corpus is absent
     * @throws IOException when the folder cannot be listed
     */
    static List<Path> realWorldResumes() throws IOException {
        final Path dir = require("realworld");
        try (Stream<Path> list = Files.list(dir)) {
            return list.filter(p -> !p.toString().endsWith(".json") && !p.toString().endsWith(".tsv")
                            && !p.getFileName().toString().equals("README.md"))
                    .sorted().toList();
        }
    }

    /** @return the truth file beside a resume of the corpus: {@code NN-name.pdf} goes with {@code NN-name.truth.json} */
    static Path truthOf(final Path resume) {
        final String name = resume.getFileName().toString();
        return resume.resolveSibling(name.substring(0, name.lastIndexOf('.')) + ".truth.json");
    }
}
