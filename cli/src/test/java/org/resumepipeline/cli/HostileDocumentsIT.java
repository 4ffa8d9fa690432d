package org.resumepipeline.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.resumepipeline.broker.EmbeddedKafka;
import org.resumepipeline.extract.worker.IsolatedExtractor;
import org.resumepipeline.extract.worker.WorkerMain;
import org.resumepipeline.model.Json;

/**
 * One {@code rp run --until-done} batch of hostile documents: generated archive bombs (by ratio and by nesting),
 * zip-slip names, a 10,000-entry zip, 9.9 MB on one line, 50,000 nested HTML elements, a DOCX of 50,000 paragraphs,
 * invalid UTF-8, control characters and right-to-left overrides in bullets, a 5,000-bullet resume, every file of
 * shared/corpus/adversarial when it is there, and four documents on which a worker JVM hangs, calls System.exit,
 * dies as a SIGKILL would end it, or runs out of memory (the worker's test seams, {@link WorkerMain}). Each ends as a
 * result or a failure with a reason, each worker fault costs only its own document (its reason, within the time
 * limit), and the batch finishes.
 */
class HostileDocumentsIT {
    private static final String BATCH = "hostile";
    private static final int PARSE_TIMEOUT_SECONDS = 10;
    private static final Map<String, String> WORKER_FAULTS = Map.of("worker-hangs.txt", "TIMEOUT",
            "worker-exits.txt", "PARSE_ERROR", "worker-killed.txt", "PARSE_ERROR",
            "worker-out-of-memory.txt", "OUT_OF_MEMORY");

    @TempDir
    Path dir;

    @Test
    void shouldEndEveryHostileDocumentAsAResultOrAFailureWithAReasonAndFinishTheBatch() throws Exception {
        Assumptions.assumeTrue(Files.isRegularFile(RpProcess.JAR), "the fat jar is built in the package phase");
        final Path input = Files.createDirectories(dir.resolve("hostile"));
        HostileDocuments.writeAll(input);
        for (final String file : WORKER_FAULTS.keySet()) {
            Files.writeString(input.resolve(file), HostileDocuments.resume(file), StandardCharsets.UTF_8);
        }
        Files.writeString(input.resolve("ordinary.txt"), HostileDocuments.resume("ordinary"), StandardCharsets.UTF_8);
        final Path adversarial = Path.of("..", "..", "shared", "corpus", "adversarial");
        int adversarialFiles = 0;
        if (Files.isDirectory(adversarial)) {
            try (Stream<Path> files = Files.list(adversarial)) {
                for (final Path f : files.filter(f -> !f.getFileName().toString().matches("MANIFEST.tsv|SOURCE.md"))
                        .toList()) {
                    Files.copy(f, input.resolve("adversarial-" + f.getFileName()));
                    adversarialFiles++;
                }
            }
        }
        // the workers see each document under its name in the batch: the input folder's name and the file's
        final String in = input.getFileName() + "/";
        final String seams = String.join(" ", "-D" + WorkerMain.STALL_ON + "=" + in + "worker-hangs.txt",
                "-D" + WorkerMain.EXIT_ON + "=" + in + "worker-exits.txt",
                "-D" + WorkerMain.CRASH_ON + "=" + in + "worker-killed.txt",
                "-D" + WorkerMain.OUT_OF_MEMORY_ON + "=" + in + "worker-out-of-memory.txt");
        final Path reportFile = dir.resolve("report.json");
        final long start = System.nanoTime();
        final Optional<Integer> exit;
        final String output;
        try (RpProcess rp = RpProcess.startWith(dir.resolve("run.log"), List.of("-Xmx768m",
                "-D" + IsolatedExtractor.WORKER_JVM_OPTIONS + "=" + seams), Map.of(), "run", "--input",
                input.toString(), "--batch", BATCH, "--until-done", "--report-out", reportFile.toString(),
                "--parse-timeout", Integer.toString(PARSE_TIMEOUT_SECONDS), "--data-dir",
                dir.resolve("data").toString(), "--broker-port", Integer.toString(EmbeddedKafka.freePort()),
                "--http-port", "0")) {
            exit = rp.waitFor(Duration.ofMinutes(5));
            output = rp.output();
        }
        final double seconds = (System.nanoTime() - start) / 1e9;
        assertThat(exit).as(output).contains(0);

        final JsonNode report = Json.MAPPER.readTree(reportFile.toFile());
        final Map<String, String> outcomeByFile = new TreeMap<>();
        final String folder = input.getFileName() + "/";
        final Set<String> keys = new HashSet<>();
        for (final JsonNode d : report.path("documents")) {
            assertThat(keys.add(d.path("key").asText())).as("each document once").isTrue();
            final String file = d.path("file").asText().substring(folder.length());
            final String status = d.path("status").asText();
            if ("failed".equals(status)) {
                assertThat(d.path("failure").path("reason").asText()).as(file + ": a failure has a reason")
                        .isNotBlank();
                assertThat(d.path("failure").path("message").asText()).as(file + ": and says why").isNotBlank();
                outcomeByFile.put(file, d.path("failure").path("reason").asText());
                if ("worker-hangs.txt".equals(file)) {
                    assertThat(d.path("failure").path("message").asText()).as("cut off at its time limit")
                            .contains("longer than " + PARSE_TIMEOUT_SECONDS + " s");
                }
            } else {
                assertThat(status).as(file).isEqualTo("scored");
                outcomeByFile.put(file, "scored");
            }
        }
        assertThat(report.path("summary").path("documents").asInt()).as("the batch counts its documents")
                .isEqualTo(keys.size());
        WORKER_FAULTS.forEach((file, reason) -> assertThat(outcomeByFile).as("the worker fault costs its document")
                .containsEntry(file, reason));
        assertThat(outcomeByFile).as("the documents after the faults are read").containsEntry("ordinary.txt",
                "scored");
        assertThat(outcomeByFile).as("archive bombs are refused at the door").containsEntry("bomb-ratio.zip",
                "ARCHIVE_BOMB");
        assertThat(outcomeByFile.entrySet()).as("an archive nested past the limit is refused")
                .anyMatch(e -> e.getKey().startsWith("bomb-nested.zip!/") && "ARCHIVE_BOMB".equals(e.getValue()));
        assertThat(outcomeByFile.entrySet()).as("zip-slip names are refused, never read")
                .filteredOn(e -> e.getKey().startsWith("zip-slip.zip!/")).hasSize(3)
                .allMatch(e -> "ARCHIVE_BOMB".equals(e.getValue()));
        assertThat(outcomeByFile).as("markup nested too deep cannot be read: not an archive bomb")
                .containsEntry("deeply-nested.html", "PARSE_ERROR");
        for (final String readable : List.of("fifty-thousand-paragraphs.docx", "invalid-utf8.txt",
                "control-characters.txt", "five-thousand-bullets.txt")) {
            assertThat(outcomeByFile).as(readable + " is read").containsEntry(readable, "scored");
        }
        for (final String generated : List.of("bomb-ratio.zip", "bomb-nested.zip", "one-line.txt",
                "deeply-nested.html", "fifty-thousand-paragraphs.docx", "invalid-utf8.txt", "control-characters.txt",
                "five-thousand-bullets.txt")) {
            assertThat(outcomeByFile.keySet()).as(generated + " ends in the report")
                    .anyMatch(f -> f.equals(generated) || f.startsWith(generated + "!/"));
        }
        assertThat(outcomeByFile.keySet()).as("the 10,000 entries are one document and its duplicates")
                .filteredOn(f -> f.startsWith("ten-thousand-entries.zip")).hasSize(1);
        final StringBuilder table = new StringBuilder();
        outcomeByFile.forEach((f, o) -> table.append(String.format(Locale.ROOT, "  %-60s %s%n", f, o)));
        System.out.printf(Locale.ROOT, "HostileDocumentsIT: %d documents (%d adversarial files) in %.1f s, parse "
                + "limit %d s:%n%s", keys.size(), adversarialFiles, seconds, PARSE_TIMEOUT_SECONDS, table);
    }
}
