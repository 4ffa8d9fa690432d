package org.resumepipeline.cli.command;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.resumepipeline.cli.Options;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code rp demo}: {@code run --until-done} on the bundled sample resumes. */
@Command(name = "demo", mixinStandardHelpOptions = true,
        description = "Run the whole pipeline on the bundled sample resumes (batch 'demo') and print the ranked table.")
public final class DemoCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    Options options = new Options();

    @Option(names = "--samples", paramLabel = "DIR", description = "Sample folder (default: samples/ of the project).")
    Path samples;

    @Option(names = "--report-out", paramLabel = "FILE",
            description = "Where the report JSON goes (default: <data-dir>/demo-report.json).")
    Path reportOut;

    @Override
    public Integer call() throws Exception {
        final Path dir = samples != null ? samples : defaultSamples();
        if (!Files.isDirectory(dir)) {
            spec.commandLine().getErr().println("rp demo: no sample folder at " + dir + " (use --samples DIR)");
            return 2;
        }
        final Path out = reportOut != null ? reportOut : options.cluster.dataDir().resolve("demo-report.json");
        final List<Path> resumes;
        try (Stream<Path> list = Files.list(dir)) {
            resumes = list.filter(Files::isRegularFile)
                    .filter(p -> !p.getFileName().toString().equalsIgnoreCase("README.md")).sorted().toList();
        }
        return RunCommand.execute(spec.commandLine().getOut(), options, resumes, "demo", null, true, out,
                Duration.ofMinutes(15));
    }

    static Path defaultSamples() {
        final String home = System.getProperty("rp.home", System.getenv().getOrDefault("RP_HOME", "."));
        return Path.of(home, "samples");
    }
}
