package org.resumepipeline.cli.command;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.resumepipeline.cli.ExtractOptions;
import org.resumepipeline.cli.RulesOption;
import org.resumepipeline.extract.Extraction;
import org.resumepipeline.extract.Extractor;
import org.resumepipeline.extract.Extractors;
import org.resumepipeline.model.DocumentKeys;
import org.resumepipeline.model.DocumentResult;
import org.resumepipeline.model.Failure;
import org.resumepipeline.model.FailureReason;
import org.resumepipeline.model.Finding;
import org.resumepipeline.model.Json;
import org.resumepipeline.model.ResumeText;
import org.resumepipeline.model.ScoredBullet;
import org.resumepipeline.model.ScoredRole;
import org.resumepipeline.score.ResumeScorer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code rp lint}: extraction and scoring in this process, no Kafka. Exit 0 all scored, 1 any failed. */
@Command(name = "lint", mixinStandardHelpOptions = true,
        description = "Extract and score files in this process (no Kafka). Exit 0 when every file was scored, "
                + "1 when any failed, 2 on usage errors.")
public final class LintCommand implements Callable<Integer> {
    enum Format { text, jsonl }

    private static final String BATCH = "lint";

    @Spec
    CommandSpec spec;

    @Mixin
    RulesOption rules = new RulesOption();

    @Mixin
    ExtractOptions extract = new ExtractOptions();

    @Option(names = "--format", defaultValue = "text", description = "text or jsonl (default: ${DEFAULT-VALUE}).")
    Format format;

    @Option(names = "--job", paramLabel = "FILE", description = "Job description (text) to match skills against.")
    Path job;

    @Parameters(paramLabel = "FILE", arity = "1..*", description = "Resume files.")
    List<Path> files;

    @Override
    public Integer call() throws IOException {
        final ResumeScorer scorer = new ResumeScorer(rules.ruleset());
        final String jd = job == null ? null : Files.readString(job, StandardCharsets.UTF_8);
        final PrintWriter out = spec.commandLine().getOut();
        boolean anyFailed = false;
        try (Extractor extractor = Extractors.create(extract.extractConfig())) {
            for (final Path file : files) {
                final DocumentResult doc = lint(extractor, scorer, file, jd);
                anyFailed |= !doc.isScored();
                if (format == Format.jsonl) {
                    out.println(Json.MAPPER.writeValueAsString(doc));
                } else {
                    printText(out, doc);
                }
                out.flush();
            }
        }
        return anyFailed ? 1 : 0;
    }

    public static DocumentResult lint(final Extractor extractor, final ResumeScorer scorer, final Path file,
                               final String jobDescription) {
        final String name = file.getFileName().toString();
        final byte[] content;
        try {
            content = Files.readAllBytes(file);
        } catch (IOException e) {
            return DocumentResult.failed(new Failure(BATCH + "/unreadable", BATCH, name, "ingest",
                    FailureReason.PARSE_ERROR, "cannot read the file: " + e.getClass().getSimpleName(), 0));
        }
        final String key = DocumentKeys.of(BATCH, content);
        final Extraction extraction = extractor.extract(name, content);
        if (!extraction.isOk()) {
            return DocumentResult.failed(new Failure(key, BATCH, name, "extract", extraction.reason(),
                    extraction.message(), 0));
        }
        return scorer.score(new ResumeText(key, BATCH, name, 0, extractor.version(), extraction.document()),
                jobDescription);
    }

    private static void printText(final PrintWriter out, final DocumentResult doc) {
        if (!doc.isScored()) {
            out.printf("%s: FAILED %s - %s%n%n", doc.file(), doc.failure().reason(), doc.failure().message());
            return;
        }
        out.printf("%s: %d/100 (%s), ruleset %s%n", doc.file(), doc.score(), doc.grade(), doc.rulesetVersion());
        for (final Finding f : doc.findings()) {
            out.printf("  %-5s %-20s %s%s%n", f.severity(), f.rule(), f.message(),
                    f.suggestion() == null ? "" : " -> " + f.suggestion());
        }
        for (final ScoredRole role : doc.roles()) {
            out.printf("  %s%s%s%n", nz(role.title()), role.company() == null ? "" : " @ " + role.company(),
                    role.dates() == null ? "" : " (" + role.dates() + ")");
            for (final ScoredBullet b : role.bullets()) {
                out.print("  ");
                ScoreBulletsCommand.printText(out, b);
            }
        }
        out.println();
    }

    private static String nz(final String s) {
        return s == null ? "(untitled role)" : s;
    }
}
