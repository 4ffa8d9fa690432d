package org.resumepipeline.cli.command;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.List;
import org.resumepipeline.score.Ruleset;
import org.resumepipeline.score.RulesetError;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code rp rules show|check FILE}. */
@Command(name = "rules", mixinStandardHelpOptions = true, description = "Show or check rulesets.",
        subcommands = {RulesCommand.Show.class, RulesCommand.Check.class})
public final class RulesCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getErr());
        return 2;
    }

    /** Validates a ruleset file and lists every error with its line number. Exit 0 valid, 1 invalid. */
    @Command(name = "check", mixinStandardHelpOptions = true,
            description = "Validate a ruleset file; errors are listed with line numbers.")
    static final class Check implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Parameters(paramLabel = "FILE", description = "The ruleset file.")
        Path file;

        @Override
        public Integer call() {
            final List<RulesetError> errors = Ruleset.validate(file);
            final var out = spec.commandLine().getOut();
            if (errors.isEmpty()) {
                final Ruleset r = Ruleset.load(file);
                out.printf("%s: valid ruleset '%s', version %s%n", file, r.name(), r.version());
                out.flush();
                return 0;
            }
            for (final RulesetError e : errors) {
                out.printf("%s:%s%n", file, e);
            }
            out.printf("%s: %d error(s)%n", file, errors.size());
            out.flush();
            return 1;
        }
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
