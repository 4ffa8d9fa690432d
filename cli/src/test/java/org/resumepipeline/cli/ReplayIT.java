package org.resumepipeline.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import org.resumepipeline.model.Json;
import org.resumepipeline.score.Ruleset;
import picocli.CommandLine;

/**
 * Replays through the real commands on their own embedded broker: rescore with changed weights, rescore twice,
 * forget, and replays after forget. The steps share one data directory and run in order.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ReplayIT {
    private static final String BATCH = "replay";

    @TempDir
    static Path dir;

    private static Path dataDir() {
        return dir.resolve("data");
    }

    static Result rp(final String... args) {
        final StringWriter out = new StringWriter();
        final StringWriter err = new StringWriter();
        final CommandLine cl = Rp.commandLine();
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        final int code = cl.execute(args);
        return new Result(code, out.toString(), err.toString());
    }

    record Result(int code, String out, String err) {
    }

    static JsonNode report(final Path file) throws Exception {
        return Json.MAPPER.readTree(file.toFile());
    }

    static Map<String, JsonNode> byKey(final JsonNode report) {
        final Map<String, JsonNode> docs = new HashMap<>();
        report.path("documents").forEach(d -> docs.put(d.path("key").asText(), d));
        return docs;
    }

    /** The bundled ruleset with no credit for naming a technology: only bullets with that signal change. */
    static Path noTechnologyCredit() throws Exception {
        final String yaml = new String(Ruleset.defaults().bytes(), StandardCharsets.UTF_8);
        final String changed = yaml.replaceFirst("(\\n\\s+TECHNOLOGY:\\s*)10", "$10");
        assertThat(changed).as("the default ruleset credits TECHNOLOGY with 10").isNotEqualTo(yaml);
        final Path file = dir.resolve("no-technology-credit.yaml");
        Files.writeString(file, changed, StandardCharsets.UTF_8);
        return file;
    }

    private static List<String> common() {
        return List.of("--data-dir", dataDir().toString(), "--http-port", "0");
    }

    private static String[] args(final List<String> head, final String... tail) {
        final List<String> all = new ArrayList<>(head);
        all.addAll(List.of(tail));
        all.addAll(common());
        return all.toArray(String[]::new);
    }

    @Test
    @Order(1)
    void shouldRescoreExactlyTheDocumentsTheChangedWeightTouches() throws Exception {
        final List<String> run = new ArrayList<>(List.of("run", "--batch", BATCH, "--until-done",
                "--report-out", dir.resolve("r0.json").toString(), "--input"));
        PipelineIT.samples().forEach(p -> run.add(p.toString()));
        final Result first = rp(args(run));
        assertThat(first.code()).as(first.err()).isZero();
        final Map<String, JsonNode> before = byKey(report(dir.resolve("r0.json")));

        final Path rules = noTechnologyCredit();
        final Result rescore = rp(args(List.of("rescore", "--rules", rules.toString(), "--batch", BATCH,
                "--until-done", "--report-out", dir.resolve("r1.json").toString())));
        assertThat(rescore.code()).as(rescore.err()).isZero();
        assertThat(rescore.out()).contains("Rescored");
        final JsonNode r1 = report(dir.resolve("r1.json"));
        final Map<String, JsonNode> after = byKey(r1);
        assertThat(after.keySet()).isEqualTo(before.keySet());
        final String version = Ruleset.load(rules).version();
        assertThat(r1.path("summary").path("rulesetVersions").size()).isEqualTo(1);
        assertThat(r1.path("summary").path("documents").asLong()).isEqualTo(before.size());

        int changedBullets = 0;
        for (final var e : before.entrySet()) {
            final JsonNode old = e.getValue();
            final JsonNode now = after.get(e.getKey());
            if (!"scored".equals(old.path("status").asText())) {
                assertThat(now.path("status").asText()).isEqualTo("failed");
                continue;
            }
            assertThat(now.path("rulesetVersion").asText()).isEqualTo(version);
            boolean anyTechnology = false;
            for (int r = 0; r < old.path("roles").size(); r++) {
                final JsonNode oldBullets = old.path("roles").get(r).path("bullets");
                final JsonNode newBullets = now.path("roles").get(r).path("bullets");
                for (int b = 0; b < oldBullets.size(); b++) {
                    final boolean technology = oldBullets.get(b).path("signals").findValuesAsText("signal")
                            .contains("TECHNOLOGY");
                    anyTechnology |= technology;
                    final int was = oldBullets.get(b).path("score").asInt();
                    final int is = newBullets.get(b).path("score").asInt();
                    if (technology) {
                        assertThat(is).isLessThanOrEqualTo(was);
                        changedBullets += is < was ? 1 : 0;
                    } else {
                        assertThat(is).as("a bullet without the signal keeps its score").isEqualTo(was);
                    }
                }
            }
            if (!anyTechnology) {
                assertThat(now.path("score").asInt()).as(e.getKey()).isEqualTo(old.path("score").asInt());
            }
        }
        assertThat(changedBullets).as("some sample bullets lose the technology credit").isPositive();
    }

    @Test
    @Order(2)
    void shouldGiveTheSameReportWhenRescoringTwice() throws Exception {
        final Path rules = noTechnologyCredit();
        final Result again = rp(args(List.of("rescore", "--rules", rules.toString(), "--batch", BATCH,
                "--until-done", "--report-out", dir.resolve("r2.json").toString())));
        assertThat(again.code()).as(again.err()).isZero();
        assertThat(again.out()).contains("already current");
        assertThat(Files.readString(dir.resolve("r2.json"))).isEqualTo(Files.readString(dir.resolve("r1.json")));
    }

    @Test
    @Order(3)
    void shouldKeepAForgottenDocumentGoneAcrossReplays() throws Exception {
        final Map<String, JsonNode> docs = byKey(report(dir.resolve("r1.json")));
        final String victim = docs.keySet().stream().sorted().findFirst().orElseThrow();
        final Result forget = rp(args(List.of("forget", "--document", victim)));
        assertThat(forget.code()).as(forget.err()).isZero();
        assertThat(forget.out()).contains("Forgot 1 document");

        final Result reextract = rp(args(List.of("reextract", "--batch", BATCH, "--report-out",
                dir.resolve("r3.json").toString())));
        assertThat(reextract.code()).as(reextract.err()).isZero();
        final Map<String, JsonNode> afterReextract = byKey(report(dir.resolve("r3.json")));
        assertThat(afterReextract).doesNotContainKey(victim).hasSize(docs.size() - 1);

        final Path other = dir.resolve("other.yaml");
        Files.writeString(other, new String(Ruleset.defaults().bytes(), StandardCharsets.UTF_8)
                + "\n# a new version\n", StandardCharsets.UTF_8);
        final Result rescore = rp(args(List.of("rescore", "--rules", other.toString(), "--batch", BATCH,
                "--until-done", "--report-out", dir.resolve("r4.json").toString())));
        assertThat(rescore.code()).as(rescore.err()).isZero();
        final JsonNode r4 = report(dir.resolve("r4.json"));
        assertThat(byKey(r4)).doesNotContainKey(victim).hasSize(docs.size() - 1);
        assertThat(r4.path("summary").path("documents").asLong()).isEqualTo(docs.size() - 1L);
    }
}
