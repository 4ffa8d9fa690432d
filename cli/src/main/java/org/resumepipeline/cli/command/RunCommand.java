package org.resumepipeline.cli.command;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.resumepipeline.cli.BlindOptions;
import org.resumepipeline.cli.DoneWaiter;
import org.resumepipeline.cli.Options;
import org.resumepipeline.cli.Pipeline;
import org.resumepipeline.cli.PipelineOptions;
import org.resumepipeline.ingest.IngestSummary;
import org.resumepipeline.ingest.Ingestor;
import org.resumepipeline.model.Batch;
import org.resumepipeline.model.DocumentKeys;
import org.resumepipeline.report.BatchReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code rp run}: all stages, ingest the inputs, optionally wait for every result and write the report. */
@Command(name = "run", mixinStandardHelpOptions = true,
        description = "Start all stages (embedded broker unless --bootstrap-servers), ingest the inputs, and "
                + "with --until-done wait for every result, write the report and print a ranked table.")
public final class RunCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    Options options = new Options();

    @Option(names = "--input", paramLabel = "PATH", arity = "1..*",
            description = "Files, folders or zip archives to ingest.")
    List<Path> inputs = List.of();

    @Option(names = "--batch", paramLabel = "NAME", description = "Batch name.")
    String batch;

    @Option(names = "--job", paramLabel = "FILE", description = "Job description for the batch (text).")
    Path job;

    @Mixin
    BlindOptions blind = new BlindOptions();

    @Option(names = "--until-done", description = "Wait until every document of the batch has a result, then exit.")
    boolean untilDone;

    @Option(names = "--report-out", paramLabel = "FILE", description = "Write the batch report JSON here.")
    Path reportOut;

    @Option(names = "--timeout", paramLabel = "SECONDS", defaultValue = "1800",
            description = "Longest wait with --until-done (default: ${DEFAULT-VALUE}).")
    int timeoutSeconds;

    @Override
    public Integer call() throws Exception {
        if (!inputs.isEmpty() && batch == null) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--batch is required with --input");
        }
        if (batch != null) {
            DocumentKeys.validateBatch(batch);
        }
        blind.validate(spec);
        return execute(spec.commandLine().getOut(), options, inputs, batch, job, blind, untilDone, reportOut,
                Duration.ofSeconds(timeoutSeconds));
    }

    public static int execute(final PrintWriter out, final Options options, final List<Path> inputs, final String batch,
                       final Path job, final boolean untilDone, final Path reportOut, final Duration timeout)
            throws IOException, InterruptedException {
        return execute(out, options, inputs, batch, job, new BlindOptions(), untilDone, reportOut, timeout);
    }

    public static int execute(final PrintWriter out, final Options options, final List<Path> inputs, final String batch,
                       final Path job, final BlindOptions blind, final boolean untilDone, final Path reportOut,
                       final Duration timeout) throws IOException, InterruptedException {
        final long begin = System.nanoTime();
        try (Pipeline pipeline = new Pipeline(options.pipeline(EnumSet.allOf(PipelineOptions.Stage.class)))) {
            final Thread hook = new Thread(pipeline::close, "rp-shutdown");
            Runtime.getRuntime().addShutdownHook(hook);
            pipeline.start();
            out.printf("Pipeline ready in %d ms (broker %s, ruleset %s)%n", (System.nanoTime() - begin) / 1_000_000,
                    pipeline.brokerStartupMillis() >= 0 ? "embedded at " + pipeline.bootstrap() + ", started in "
                            + pipeline.brokerStartupMillis() + " ms" : pipeline.bootstrap(), options.rules.ruleset().version());
            if (pipeline.httpPort() > 0) {
                out.printf("Start page: http://%s:%d/   Reports: http://%s:%d/batches   Metrics: http://%s:%d/metrics%n",
                        options.http.bind(), pipeline.httpPort(), options.http.bind(), pipeline.httpPort(),
                        options.http.bind(), pipeline.httpPort());
            }
            out.flush();
            IngestSummary summary = null;
            if (!inputs.isEmpty()) {
                final Ingestor ingestor = pipeline.ingestor();
                final String jd = job == null ? null : JobDescriptions.read(job);
                final Batch settings = ingestor.updateBatch(blind.apply(new Batch(batch, System.currentTimeMillis(),
                        jd)));
                summary = ingestor.ingest(batch, inputs, System.err);
                summary.toLines(settings.blind()).forEach(out::println);
                out.flush();
            }
            if (untilDone && batch != null) {
                final List<String> keys = summary == null ? List.of() : summary.allKeys();
                final BatchReport report = new DoneWaiter(pipeline.reportService(), pipeline.registry())
                        .await(batch, keys, options.rules.ruleset().version(), timeout);
                ReportOutput.write(out, report, reportOut);
                out.printf("%d documents in %.1f s.%s%n", report.documents().size(),
                        (System.nanoTime() - begin) / 1e9,
                        reportOut == null ? "" : " Report: " + reportOut.toAbsolutePath());
                out.flush();
                Runtime.getRuntime().removeShutdownHook(hook);
                // the documents Kafka did not take are listed above: the report lacks them, so not a success
                return summary == null || summary.complete() ? 0 : 1;
            }
            out.println("Serving until stopped (Ctrl-C).");
            out.flush();
            new CountDownLatch(1).await();
            return 0;
        }
    }
}
