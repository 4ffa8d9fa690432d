package org.resumepipeline.cli;

import java.io.PrintWriter;
import org.resumepipeline.cli.bench.BenchCommand;
import org.resumepipeline.cli.command.BrokerCommand;
import org.resumepipeline.cli.command.DemoCommand;
import org.resumepipeline.cli.command.ExtractCommand;
import org.resumepipeline.cli.command.ForgetCommand;
import org.resumepipeline.cli.command.IngestCommand;
import org.resumepipeline.cli.command.IngestServerCommand;
import org.resumepipeline.cli.command.LintCommand;
import org.resumepipeline.cli.command.ReextractCommand;
import org.resumepipeline.cli.command.ReportCommand;
import org.resumepipeline.cli.command.RevealCommand;
import org.resumepipeline.cli.command.RulesCommand;
import org.resumepipeline.cli.command.RunCommand;
import org.resumepipeline.cli.command.ScoreBulletsCommand;
import org.resumepipeline.cli.command.ScoreCommand;
import org.resumepipeline.cli.command.TopicsCommand;
import picocli.CommandLine.Command;
import picocli.CommandLine;

/** The {@code rp} command: every stage, alone or together. */
@Command(name = "rp", mixinStandardHelpOptions = true, versionProvider = Rp.Version.class,
        description = "Resume pipeline: ingest, extract, score and report resumes on Kafka.",
        subcommands = {RunCommand.class, DemoCommand.class, IngestCommand.class, LintCommand.class,
                RescoreCommand.class, ReextractCommand.class, ForgetCommand.class, RevealCommand.class, BenchCommand.class,
                ScoreBulletsCommand.class, RulesCommand.class, BrokerCommand.class, ExtractCommand.class,
                ScoreCommand.class, ReportCommand.class, IngestServerCommand.class, TopicsCommand.class,
                CommandLine.HelpCommand.class})
public final class Rp {
    private Rp() {
    }

    /** @return the configured command line (tests call it without exiting the JVM) */
    public static CommandLine commandLine() {
        final CommandLine cl = new CommandLine(new Rp());
        cl.setCaseInsensitiveEnumValuesAllowed(true);
        cl.setExecutionStrategy(Rp::execute);
        final CommandLine.IParameterExceptionHandler usageErrors = cl.getParameterExceptionHandler();
        cl.setParameterExceptionHandler((e, args) -> {
            if (e instanceof CommandLine.UnmatchedArgumentException u && u.getCommandLine() == cl
                    && !u.getUnmatched().isEmpty()) {
                final PrintWriter err = cl.getErr();
                err.printf("Unknown command '%s'. Commands: %s%n", u.getUnmatched().get(0),
                        String.join(", ", cl.getSubcommands().keySet()));
                CommandLine.UnmatchedArgumentException.printSuggestions(u, err);
                err.flush();
                return cl.getCommandSpec().exitCodeOnInvalidInput();
            }
            return usageErrors.handleParseException(e, args);
        });
        return cl;
    }

    /**
     * Runs the last command given, once the first word is known to be a command: picocli shows the help of
     * {@code rp} for {@code rp nosuch --help}, which would hide that no such command exists.
     */
    private static int execute(final CommandLine.ParseResult parsed) {
        if (!parsed.hasSubcommand() && !parsed.unmatched().isEmpty()) {
            throw new CommandLine.UnmatchedArgumentException(parsed.commandSpec().commandLine(), parsed.unmatched());
        }
        return new CommandLine.RunLast().execute(parsed);
    }

    public static void main(final String[] args) {
        Logging.init();
        final int code = commandLine().execute(args);
        // The one exit of the product: the exit code is part of the CLI contract (lint exits 1 on failures).
        System.exit(code);
    }

    /** Prints the project version. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            final String v = Rp.class.getPackage().getImplementationVersion();
            return new String[] {"rp " + (v == null ? "dev" : v)};
        }
    }
}
