package org.resumepipeline.cli.command;

import java.io.PrintWriter;
import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.apache.kafka.clients.admin.Admin;
import org.resumepipeline.cli.ClusterOptions;
import org.resumepipeline.cli.HttpOptions;
import org.resumepipeline.cli.Pipeline;
import org.resumepipeline.cli.PipelineOptions;
import org.resumepipeline.cli.Waits;
import org.resumepipeline.cli.ops.GroupLag;
import org.resumepipeline.model.DocumentKeys;
import org.resumepipeline.model.Json;
import org.resumepipeline.model.Topics;
import org.resumepipeline.report.ReportTopology;
import org.resumepipeline.report.blind.RevealedIdentity;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code rp reveal --document KEY}: who the candidate behind a blind batch's pseudonym is. Writes the audit record
 * to {@code resume.audit} first (who: {@code --reviewer}, else the OS user), then prints the identity as JSON.
 */
@Command(name = "reveal", mixinStandardHelpOptions = true,
        description = "Reveal who a candidate of a blind batch is: prints the name, contact and file name as JSON, "
                + "after writing who asked and when to resume.audit (the batch report lists reveals).")
public final class RevealCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    ClusterOptions cluster = new ClusterOptions();

    @Mixin
    HttpOptions http = new HttpOptions();

    @Option(names = "--document", required = true, paramLabel = "KEY", description = "Document key <batch>/<sha256>.")
    String document;

    @Option(names = "--reviewer", paramLabel = "NAME",
            description = "Who asks, for the audit record (default: the OS user name).")
    String reviewer;

    @Override
    public Integer call() throws Exception {
        DocumentKeys.batchOf(document);
        final String by = (reviewer == null || reviewer.isBlank() ? System.getProperty("user.name", "unknown")
                : reviewer.strip()) + " (rp reveal)";
        final PrintWriter out = spec.commandLine().getOut();
        final PipelineOptions po = PipelineOptions.of(cluster, http, null, null,
                EnumSet.of(PipelineOptions.Stage.REPORT));
        try (Pipeline pipeline = new Pipeline(po).start(); Admin admin = pipeline.admin()) {
            GroupLag.awaitCaughtUp(admin, ReportTopology.APPLICATION_ID,
                    List.of(Topics.SCORES.name(), Topics.FAILURES.name()), Duration.ofMinutes(5));
            final Optional<RevealedIdentity> identity = Waits.query(
                    () -> pipeline.reveals().reveal(document, by), Duration.ofMinutes(2));
            if (identity.isEmpty()) {
                spec.commandLine().getErr().println("No such document: " + document);
                spec.commandLine().getErr().flush();
                return 1;
            }
            out.println(Json.MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(identity.get()));
            out.flush();
            return 0;
        }
    }
}
