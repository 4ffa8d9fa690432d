package org.resumepipeline.cli;

import java.nio.file.Path;
import org.resumepipeline.score.Ruleset;
import picocli.CommandLine.Option;

/** {@code --rules FILE}: the ruleset of the commands that score. */
public final class RulesOption {
    @Option(names = "--rules", paramLabel = "FILE", description = "Ruleset file (default: the bundled ruleset).")
    Path rules;

    /** @return the ruleset file given, or null for the bundled ruleset */
    public Path file() {
        return rules;
    }

    /** @return the ruleset given, or the bundled one */
    public Ruleset ruleset() {
        return rules == null ? Ruleset.defaults() : Ruleset.load(rules);
    }
}
