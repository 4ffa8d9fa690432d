package org.resumepipeline.cli.bench;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.resumepipeline.bench.TikaBaseline;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code rp bench tika}: raw in-process Tika alone on a folder ({@link TikaBaseline}), warmed, on N threads. The
 * pipeline bench runs it as a JVM of its own, so that its JIT and heap are Tika's alone whatever the pipeline's JVM
 * runs with. With {@code --format json} the last line of stdout is {@code {"baseline_docs_per_s": X, "threads": N}}.
 */
@Command(name = "tika", mixinStandardHelpOptions = true,
        description = "Raw in-process Tika (AutoDetectParser, plain text) on a folder: docs/s, warm, on N threads.")
final class TikaBench implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--input", required = true, paramLabel = "DIR", description = "Folder of documents.")
    Path input;

    @Option(names = "--threads", defaultValue = "0",
            description = "Parsing threads (default: as many as cores).")
    int threads;

    @Option(names = "--seconds", defaultValue = "10",
            description = "Measured span, after the warm-up (default: ${DEFAULT-VALUE}).")
    int seconds;

    @Option(names = "--format", defaultValue = "text", paramLabel = "text|json",
            description = "text, or json: the figure as the last line of stdout (default: ${DEFAULT-VALUE}).")
    String format;

    @Override
    public Integer call() throws IOException {
        if (seconds < 1 || threads < 0 || !List.of("json", "text").contains(format)) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(),
                    "--seconds must be at least 1, --threads 0 or more, --format text or json");
        }
        final List<byte[]> files = read(input);
        if (files.isEmpty()) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), "no files under " + input);
        }
        final int n = threads == 0 ? Runtime.getRuntime().availableProcessors() : threads;
        final double perSecond = measure(files, n, seconds);
        final PrintWriter out = spec.commandLine().getOut();
        if ("json".equals(format)) {
            out.printf(Locale.ROOT, "{\"baseline_docs_per_s\": %.2f, \"threads\": %d}%n", perSecond, n);
        } else {
            out.printf(Locale.ROOT, "raw tika (AutoDetectParser, plain text, %d threads, warm): %.1f docs/s%n", n,
                    perSecond);
        }
        out.flush();
        return 0;
    }

    /** Warm-up turns of 2 s until no faster, for at most 4 times the measured span, then the measured span. */
    static double measure(final List<byte[]> files, final int threads, final int seconds) {
        return new TikaBaseline(files, threads).documentsPerSecond(Duration.ofSeconds(Math.min(2, seconds)),
                Duration.ofSeconds(4L * seconds), Duration.ofSeconds(seconds));
    }

    /** @return the bytes of every file under the folder, in path order */
    static List<byte[]> read(final Path dir) throws IOException {
        final List<byte[]> files = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(dir)) {
            for (final Path p : walk.filter(Files::isRegularFile).sorted().toList()) {
                files.add(Files.readAllBytes(p));
            }
        }
        return files;
    }
}
