package org.resumepipeline.cli.bench;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.resumepipeline.bench.ExtractBench;
import org.resumepipeline.bench.IngestBench;
import org.resumepipeline.bench.MixedResumes;
import org.resumepipeline.bench.ScoreBench;
import org.resumepipeline.broker.EmbeddedKafka;
import org.resumepipeline.model.Topics;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code rp bench score|extract|ingest|rescore|pipeline|tika|corpus|chaos}: figures for this machine. */
@Command(name = "bench", mixinStandardHelpOptions = true, description = "Benchmarks (figures for this machine).",
        subcommands = {BenchCommand.Score.class, BenchCommand.Extract.class, BenchCommand.Ingest.class,
                RescoreBench.class, PipelineBench.class, TikaBench.class, BenchCommand.Corpus.class, ChaosBench.class})
public final class BenchCommand {
    private BenchCommand() {
    }

    private static PrintStream stdout() {
        return new PrintStream(System.out, true, StandardCharsets.UTF_8);
    }

    /** Bullets/s and resumes/s of the scoring library on one thread. */
    @Command(name = "score", mixinStandardHelpOptions = true, description = "Scoring throughput on one thread.")
    static final class Score implements Callable<Integer> {
        @Option(names = "--seconds", defaultValue = "10", description = "Measurement time (default: ${DEFAULT-VALUE}).")
        int seconds;

        @Override
        public Integer call() {
            ScoreBench.run(stdout(), seconds);
            return 0;
        }
    }

    /** Raw in-process Tika next to isolated extraction with 1 and 2 workers. */
    @Command(name = "extract", mixinStandardHelpOptions = true,
            description = "Extraction throughput per format: raw Tika vs isolated workers.")
    static final class Extract implements Callable<Integer> {
        @Option(names = "--input", required = true, paramLabel = "DIR", description = "Folder of documents.")
        Path input;

        @Override
        public Integer call() throws Exception {
            ExtractBench.run(input, stdout());
            return 0;
        }
    }

    /** Documents/s from a generated local folder into the embedded broker. */
    @Command(name = "ingest", mixinStandardHelpOptions = true,
            description = "Ingest throughput from a local folder into an embedded broker.")
    static final class Ingest implements Callable<Integer> {
        @Option(names = "--docs", defaultValue = "10000", description = "Documents (default: ${DEFAULT-VALUE}).")
        int docs;

        @Option(names = "--doc-kb", defaultValue = "50", description = "KB per document (default: ${DEFAULT-VALUE}).")
        int docKb;

        @Override
        public Integer call() throws Exception {
            final Path dir = Files.createTempDirectory("rp-bench-ingest");
            try (EmbeddedKafka kafka = new EmbeddedKafka(dir.resolve("kafka"), 0,
                    Topics.MAX_MESSAGE_BYTES + 1024 * 1024).start()) {
                IngestBench.run(kafka.bootstrapServers(), dir.resolve("docs"), docs, docKb * 1024, stdout());
            }
            return 0;
        }
    }

    /** Writes the mixed synthetic corpus the pipeline bench runs on. */
    @Command(name = "corpus", mixinStandardHelpOptions = true,
            description = "Writes distinct synthetic resumes in turn as PDF, DOCX, ODT, RTF, HTML and TXT.")
    static final class Corpus implements Callable<Integer> {
        @Option(names = "--out", required = true, paramLabel = "DIR", description = "Folder to write into.")
        Path out;

        @Option(names = "--docs", defaultValue = "240", description = "Resumes (default: ${DEFAULT-VALUE}).")
        int docs;

        @Override
        public Integer call() throws Exception {
            final long bytes = MixedResumes.write(out, docs).stream().mapToLong(p -> p.toFile().length()).sum();
            stdout().printf(java.util.Locale.ROOT, "%d resumes (%s) in %s, %.1f MB%n", docs,
                    String.join(", ", MixedResumes.FORMATS), out, bytes / 1024.0 / 1024.0);
            return 0;
        }
    }
}
