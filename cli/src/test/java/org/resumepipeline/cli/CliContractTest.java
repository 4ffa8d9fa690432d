package org.resumepipeline.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.resumepipeline.model.Json;
import picocli.CommandLine;

/** The CLI contracts of the commands that need no Kafka: output shapes and exit codes. */
class CliContractTest {
    private static final String RESUME = String.join("\n",
            "Alex Example", "alex@example.com | github.com/alex-example", "",
            "EXPERIENCE", "Senior Backend Engineer, Example Payments — Jan 2021 – Present",
            "- Cut p99 checkout latency from 480 ms to 120 ms by adding a Redis read-through cache",
            "- Worked on the backend services",
            "- Introduced idempotency keys on the payments API, preventing duplicate charges on client retries",
            "", "SKILLS", "Java, Kafka, PostgreSQL, Kubernetes", "",
            "EDUCATION", "B.Sc. Computer Science, Example University, 2012 – 2016", "");

    record Run(int code, String out, String err) {
    }

    static Run rp(final String stdin, final String... args) {
        final InputStream original = System.in;
        System.setIn(new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)));
        try {
            final StringWriter out = new StringWriter();
            final StringWriter err = new StringWriter();
            final CommandLine cl = Rp.commandLine();
            cl.setOut(new PrintWriter(out, true));
            cl.setErr(new PrintWriter(err, true));
            return new Run(cl.execute(args), out.toString(), err.toString());
        } finally {
            System.setIn(original);
        }
    }

    private static List<String> fieldNames(final JsonNode node) {
        final List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }

    @Test
    void shouldPrintOneJsonObjectPerBulletInOrder() throws Exception {
        final Run run = rp("Worked on the backend services\n\nCut p99 latency from 480 ms to 120 ms with a cache\n",
                "score-bullets", "--format", "jsonl");
        assertThat(run.code()).isZero();
        final List<String> lines = run.out().lines().toList();
        assertThat(lines).hasSize(2);
        final JsonNode first = Json.MAPPER.readTree(lines.get(0));
        assertThat(fieldNames(first)).containsExactly("text", "score", "grade", "findings", "signals");
        assertThat(first.path("text").asText()).isEqualTo("Worked on the backend services");
        assertThat(first.path("findings").findValuesAsText("rule")).contains("WEAK_OPENER");
        assertThat(fieldNames(first.path("findings").get(0)))
                .containsExactly("rule", "severity", "message", "start", "end", "suggestion");
        final JsonNode second = Json.MAPPER.readTree(lines.get(1));
        assertThat(second.path("score").asInt()).isGreaterThan(first.path("score").asInt());
    }

    @Test
    void shouldLintAResumeToOneDocPerFileAndExitOneWhenAnyFails(@TempDir final Path dir) throws Exception {
        final Path resume = Files.writeString(dir.resolve("alex.txt"), RESUME, StandardCharsets.UTF_8);
        final Path empty = Files.createFile(dir.resolve("empty.pdf"));
        final Run ok = rp("", "lint", "--format", "jsonl", "--workers", "1", resume.toString());
        assertThat(ok.code()).as(ok.err()).isZero();
        final JsonNode doc = Json.MAPPER.readTree(ok.out().lines().findFirst().orElseThrow());
        assertThat(fieldNames(doc)).startsWith("key", "file", "status", "failure", "rulesetVersion", "score", "grade",
                "pages", "contact", "roles", "skills", "education", "findings", "warnings");
        assertThat(doc.path("status").asText()).isEqualTo("scored");
        assertThat(doc.path("roles").get(0).path("bullets")).hasSize(3);

        final Run failed = rp("", "lint", "--format", "jsonl", "--workers", "1", resume.toString(), empty.toString());
        assertThat(failed.code()).isEqualTo(1);
        final List<String> lines = failed.out().lines().toList();
        assertThat(lines).hasSize(2);
        final JsonNode failure = Json.MAPPER.readTree(lines.get(1));
        assertThat(failure.path("status").asText()).isEqualTo("failed");
        assertThat(failure.path("failure").path("reason").asText()).isEqualTo("EMPTY");
    }

    @Test
    void shouldExitTwoOnUsageErrors() {
        assertThat(rp("", "lint").code()).isEqualTo(2);
        assertThat(rp("", "score-bullets", "--format", "xml").code()).isEqualTo(2);
        assertThat(rp("", "run", "--until-done", "--input", "x").code()).as("--batch is required with --input")
                .isEqualTo(2);
    }

    @Test
    void shouldReportRulesetErrorsWithLineNumbers(@TempDir final Path dir) throws Exception {
        final Path bad = Files.writeString(dir.resolve("bad.yaml"), "name: x\nrules: [\n", StandardCharsets.UTF_8);
        final Run run = rp("", "rules", "check", bad.toString());
        assertThat(run.code()).isEqualTo(1);
        assertThat(run.out()).contains("line ");
        final Run show = rp("", "rules", "show");
        assertThat(show.code()).isZero();
        final Path copy = Files.writeString(dir.resolve("copy.yaml"), show.out(), StandardCharsets.UTF_8);
        assertThat(rp("", "rules", "check", copy.toString()).code()).as("the shown ruleset is valid").isZero();
    }

    @Test
    void shouldShowOnlyTheOptionsACommandUses() {
        final Run lint = rp("", "lint", "--help");
        assertThat(lint.code()).isZero();
        assertThat(lint.out()).contains("--rules", "--workers", "--parse-timeout", "--ocr", "--format", "--job")
                .doesNotContain("--bootstrap-servers", "--http-port", "--http-bind", "--data-dir", "--broker-port",
                        "--partitions");
        final Run forget = rp("", "forget", "--help");
        assertThat(forget.out()).contains("--bootstrap-servers", "--document").doesNotContain("--rules", "--workers");
        final Run run = rp("", "run", "--help");
        assertThat(run.out()).contains("--bootstrap-servers", "--http-port", "--rules", "--workers", "--ocr");
        assertThat(run.out()).contains("--blind", "--blind-mask");
        assertThat(rp("", "ingest", "--help").out()).contains("--blind", "--blind-mask", "--bootstrap-servers");
        final Run reveal = rp("", "reveal", "--help");
        assertThat(reveal.code()).isZero();
        assertThat(reveal.out()).contains("--document", "--reviewer", "--url", "--bootstrap-servers", "--data-dir",
                "--http-port").doesNotContain("--rules", "--workers", "--blind");
    }

    @Test
    void shouldRefuseABlindMaskWithoutBlindOrWithAnUnknownName() {
        final Run withoutBlind = rp("", "ingest", "x", "--batch", "b", "--blind-mask", "employers");
        assertThat(withoutBlind.code()).isEqualTo(2);
        assertThat(withoutBlind.err()).contains("--blind-mask needs --blind");
        final Run unknown = rp("", "ingest", "x", "--batch", "b", "--blind", "--blind-mask", "hobbies");
        assertThat(unknown.code()).isEqualTo(2);
        assertThat(unknown.err()).contains("unknown mask 'hobbies'");
    }

    @Test
    void shouldSayAnUnknownCommandIsUnknownAndExitTwo() {
        for (final String[] args : List.of(new String[] {"nosuch"}, new String[] {"nosuch", "--help"},
                new String[] {"nosuch", "-h", "--data-dir", "x"})) {
            final Run run = rp("", args);
            assertThat(run.code()).as(String.join(" ", args)).isEqualTo(2);
            assertThat(run.err()).as(String.join(" ", args)).contains("Unknown command 'nosuch'");
            assertThat(run.out()).as("no help on stdout").isEmpty();
        }
        assertThat(rp("", "--help").code()).as("rp --help").isZero();
        assertThat(rp("", "lint", "--help").code()).isZero();
    }
}
