package org.resumepipeline.cli;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.resumepipeline.score.Ruleset;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code rp rules show|check FILE}. */
@Command(name = "rules", mixinStandardHelpOptions = true, description = "Show or check rulesets.",
        subcommands = {RulesCommand.Show.class})
final class RulesCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getErr());
        return 2;
    }

    /** Prints the default ruleset so a user can copy and edit it. */
    @Command(name = "show", mixinStandardHelpOptions = true, description = "Print the bundled ruleset (YAML).")
    static final class Show implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Parameters(arity = "0..1", paramLabel = "FILE", description = "A ruleset file to print with its version.")
        Path file;

        @Override
        public Integer call() {
            final Ruleset r = file == null ? Ruleset.defaults() : Ruleset.load(file);
            spec.commandLine().getOut().print(new String(r.bytes(), StandardCharsets.UTF_8));
            spec.commandLine().getOut().flush();
            spec.commandLine().getErr().println("# ruleset " + r.name() + ", version " + r.version());
            return 0;
        }
    }
}
