package org.resumepipeline.cli.command;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.resumepipeline.model.Finding;
import org.resumepipeline.model.Json;
import org.resumepipeline.model.ScoredBullet;
import org.resumepipeline.score.ResumeScorer;
import org.resumepipeline.score.Ruleset;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code rp score-bullets}: one bullet per line on stdin, one result per line out, in order. */
@Command(name = "score-bullets", mixinStandardHelpOptions = true,
        description = "Score bullets read one per line from stdin; print one JSON object per line, in order.")
public final class ScoreBulletsCommand implements Callable<Integer> {
    enum Format { jsonl, text }

    @Spec
    CommandSpec spec;

    @Option(names = "--format", defaultValue = "jsonl", description = "jsonl or text (default: ${DEFAULT-VALUE}).")
    Format format;

    @Option(names = "--rules", paramLabel = "FILE", description = "Ruleset file (default: the bundled ruleset).")
    Path rules;

    @Option(names = "--current", description = "Treat the bullets as belonging to a current role (present tense).")
    boolean current;

    @Override
    public Integer call() throws Exception {
        final ResumeScorer scorer = new ResumeScorer(rules == null ? Ruleset.defaults() : Ruleset.load(rules));
        final PrintWriter out = spec.commandLine().getOut();
        try (BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = in.readLine()) != null) {
                final String bullet = line.strip();
                if (bullet.isEmpty()) {
                    continue;
                }
                final ScoredBullet scored = scorer.scoreBullet(bullet, current);
                if (format == Format.jsonl) {
                    out.println(Json.MAPPER.writeValueAsString(scored));
                } else {
                    printText(out, scored);
                }
            }
        }
        out.flush();
        return 0;
    }

    /** @return the finding's span as {@code [start,end) "text" } when it has one */
    static String span(final String text, final Finding f) {
        if (f.start() == null || f.end() == null || f.start() < 0 || f.end() > text.length() || f.start() >= f.end()) {
            return "";
        }
        return "[" + f.start() + "," + f.end() + ") \"" + text.substring(f.start(), f.end()) + "\" ";
    }

    static void printText(final PrintWriter out, final ScoredBullet b) {
        out.printf("%3d %-6s %s%n", b.score(), b.grade(), b.text());
        for (final Finding f : b.findings()) {
            out.printf("      %-5s %-20s %s%s%s%n", f.severity(), f.rule(), span(b.text(), f), f.message(),
                    f.suggestion() == null ? "" : " -> " + f.suggestion());
        }
        if (!b.signals().isEmpty()) {
            out.printf("      signals: %s%n", String.join(", ", b.signals().stream().map(s -> s.signal()).toList()));
        }
    }
}
