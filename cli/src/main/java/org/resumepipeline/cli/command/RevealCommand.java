package org.resumepipeline.cli.command;

import java.io.PrintWriter;
import java.net.URI;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.resumepipeline.cli.ReportAddress;
import org.resumepipeline.cli.Waits;
import org.resumepipeline.model.DocumentKeys;
import org.resumepipeline.model.Json;
import org.resumepipeline.report.blind.RevealedIdentity;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code rp reveal --document KEY}: who the candidate behind a blind batch's pseudonym is. Asks the running report
 * over HTTP ({@code --url}, else the address {@code rp run} or {@code rp report} recorded under {@code --data-dir}),
 * with {@code RP_API_TOKEN}; only when no report answers there does it start a report stage of its own, which joins
 * the report group and catches up first. Either way the audit record is written to {@code resume.audit} first (who:
 * {@code --reviewer}, else the OS user), then the identity is printed as JSON.
 */
@Command(name = "reveal", mixinStandardHelpOptions = true,
        description = "Reveal who a candidate of a blind batch is: prints the name, contact and file name as JSON, "
                + "after writing who asked and when to resume.audit (the batch report lists reveals).")
public final class RevealCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    ReportStageOptions stage = new ReportStageOptions();

    @Option(names = "--document", required = true, paramLabel = "KEY", description = "Document key <batch>/<sha256>.")
    String document;

    @Option(names = "--reviewer", paramLabel = "NAME",
            description = "Who asks, for the audit record (default: the OS user name).")
    String reviewer;

    @Option(names = "--url", paramLabel = "URL", description = "The running report's HTTP address (default: the one "
            + "rp run or rp report recorded under --data-dir). Without a report there, a report stage is started.")
    URI url;

    @Override
    public Integer call() throws Exception {
        DocumentKeys.batchOf(document);
        final String who = reviewer == null || reviewer.isBlank() ? System.getProperty("user.name", "unknown")
                : reviewer.strip();
        final PrintWriter out = spec.commandLine().getOut();
        final PrintWriter err = spec.commandLine().getErr();
        final Optional<URI> running = url != null ? Optional.of(url) : ReportAddress.read(stage.cluster.dataDir());
        if (running.isPresent()) {
            final RevealOverHttp.Answer answer = RevealOverHttp.ask(running.get(), document, who,
                    System.getenv("RP_API_TOKEN"));
            if (answer.identity().isPresent()) {
                return print(out, answer.identity().get());
            }
            if (answer.reached() || url != null) {
                err.println(answer.problem());
                err.flush();
                return 1;
            }
        }
        return revealWithOwnReportStage(out, err, who + " (rp reveal)");
    }

    private int revealWithOwnReportStage(final PrintWriter out, final PrintWriter err, final String by)
            throws Exception {
        try (ReportStageOptions.ReportStage report = stage.start()) {
            report.awaitCaughtUp();
            final Optional<RevealedIdentity> identity = Waits.query(
                    () -> report.pipeline().reveals().reveal(document, by), Duration.ofMinutes(2));
            if (identity.isEmpty()) {
                err.println("No such document: " + document);
                err.flush();
                return 1;
            }
            return print(out, identity.get());
        }
    }

    private static int print(final PrintWriter out, final RevealedIdentity identity) throws Exception {
        out.println(Json.MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(identity));
        out.flush();
        return 0;
    }
}
