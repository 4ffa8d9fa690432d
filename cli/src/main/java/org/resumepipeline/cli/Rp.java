package org.resumepipeline.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code rp} command: every stage, alone or together. */
@Command(name = "rp", mixinStandardHelpOptions = true, versionProvider = Rp.Version.class,
        description = "Resume pipeline: ingest, extract, score and report resumes on Kafka.",
        subcommands = {RunCommand.class, DemoCommand.class, IngestCommand.class, LintCommand.class,
                RescoreCommand.class, ReextractCommand.class, ForgetCommand.class, BenchCommand.class,
                ScoreBulletsCommand.class, RulesCommand.class, CommandLine.HelpCommand.class})
public final class Rp {
    private Rp() {
    }

    /** @return the configured command line (tests call it without exiting the JVM) */
    public static CommandLine commandLine() {
        final CommandLine cl = new CommandLine(new Rp());
        cl.setCaseInsensitiveEnumValuesAllowed(true);
        return cl;
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
