package org.resumepipeline.cli.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.resumepipeline.bench.MixedResumes;
import org.resumepipeline.broker.EmbeddedKafka;
import org.resumepipeline.ingest.Ingestor;
import org.resumepipeline.model.Batch;
import org.resumepipeline.model.ClientDefaults;
import org.resumepipeline.model.Json;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code rp bench chaos}: the long fault run. {@code rp broker} and the stages {@code rp extract}, {@code rp score},
 * {@code rp report} as separate processes from this jar; for each stage in turn a batch of N documents published in
 * slices while that stage is killed with SIGKILL (with its worker JVMs) at random moments K times, each time started
 * again on its state directory. One document in 20 is a note that fails as not a resume. Then the batch's report must
 * hold every accepted document exactly once, each note's failure once, with counts equal to its documents. Prints a table (fault, times tried, documents lost, documents doubled, verdict) and one
 * JSON line; exits 1 when a fault loses or doubles a document.
 */
@Command(name = "chaos", mixinStandardHelpOptions = true,
        description = "kill -9 of extract, score and report processes mid-batch, K times each: nothing lost or doubled.")
final class ChaosBench implements Callable<Integer> {
    private static final Pattern BROKER_READY = Pattern.compile("Broker ready at ");
    private static final Duration START = Duration.ofMinutes(3);
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    /** The stages killed, in this order. */
    enum Fault {
        EXTRACT("extract"), SCORE("score"), REPORT("report");

        final String command;

        Fault(final String command) {
            this.command = command;
        }
    }

    /** What one fault did to its batch. */
    record Outcome(Fault fault, int tried, int documents, int failed, int lost, int doubled, boolean countsEqual,
                   double seconds) {
        boolean passed() {
            return lost == 0 && doubled == 0 && countsEqual;
        }
    }

    @Spec
    CommandSpec spec;

    @Option(names = "--docs", defaultValue = "300", description = "Documents per batch (default: ${DEFAULT-VALUE}).")
    int docs;

    @Option(names = "--kills", defaultValue = "5", description = "Kills of each stage (default: ${DEFAULT-VALUE}).")
    int kills;

    @Option(names = "--seed", description = "Seed of the random kill moments (default: the clock).")
    Long seed;

    @Option(names = "--dir", paramLabel = "DIR",
            description = "Folder for the broker's data, the stages' state and their logs (default: a temporary one).")
    Path dir;

    @Option(names = "--done-timeout", paramLabel = "SECONDS", defaultValue = "600",
            description = "How long a batch may take to complete after its last kill (default: ${DEFAULT-VALUE}).")
    int doneTimeoutSeconds;

    @Override
    public Integer call() throws Exception {
        final PrintWriter out = spec.commandLine().getOut();
        final long actualSeed = seed == null ? System.currentTimeMillis() : seed;
        final Random random = new Random(actualSeed);
        final Path work = dir == null ? Files.createTempDirectory("rp-bench-chaos") : Files.createDirectories(dir);
        final Path input = Files.createDirectories(work.resolve("resumes"));
        // one document in 20 is a note, not a resume: its failure record must also end in the report exactly once
        final int notes = docs / 20;
        MixedResumes.write(input, docs - notes, MixedResumes.MARKDOWN);
        for (int i = 0; i < notes; i++) {
            Files.writeString(input.resolve(String.format(Locale.ROOT, "note-%03d.txt", i)), "Note " + i
                    + ": call back on Tuesday about the meeting room booking.\n", StandardCharsets.UTF_8);
        }
        final List<Path> files;
        try (Stream<Path> listing = Files.list(input)) {
            // notes spread through the batch rather than all at its end
            files = listing.sorted(Comparator.comparing(p -> Integer.toHexString(p.getFileName().hashCode())))
                    .toList();
        }
        out.printf(Locale.ROOT, "rp bench chaos: %d documents a batch, %d kills of each stage, seed %d, in %s%n",
                docs, kills, actualSeed, work);
        out.flush();
        final int brokerPort = EmbeddedKafka.freePort();
        final String bootstrap = "127.0.0.1:" + brokerPort;
        final List<Outcome> outcomes = new ArrayList<>();
        final Map<Fault, StageProcess> stages = new EnumMap<>(Fault.class);
        final Map<Fault, Integer> ports = new EnumMap<>(Fault.class);
        try (StageProcess broker = StageProcess.start(work.resolve("broker.log"), "384m", List.of("broker",
                "--data-dir", work.resolve("broker").toString(), "--port", Integer.toString(brokerPort),
                "--partitions", "2"))) {
            broker.awaitLine(BROKER_READY, START);
            for (final Fault f : Fault.values()) {
                stages.put(f, startStage(work, f, bootstrap));
            }
            for (final Fault f : Fault.values()) {
                ports.put(f, stages.get(f).awaitHttpPort(START));
            }
            for (final Fault fault : Fault.values()) {
                final Outcome o = runFault(fault, files, notes, bootstrap, work, random, stages, ports, out);
                outcomes.add(o);
                out.printf(Locale.ROOT, "  %s: %d kills, %d documents (%d failed of %d notes), %d lost, %d doubled, "
                        + "%.1f s%n", label(fault), o.tried(), o.documents(), o.failed(), notes, o.lost(), o.doubled(),
                        o.seconds());
                out.flush();
            }
        } finally {
            for (final StageProcess p : stages.values()) {
                p.close();
            }
        }
        out.println();
        out.printf(Locale.ROOT, "%-22s %12s %15s %17s %8s%n", "fault", "times tried", "documents lost",
                "documents doubled", "verdict");
        for (final Outcome o : outcomes) {
            out.printf(Locale.ROOT, "%-22s %12d %15d %17d %8s%n", label(o.fault()), o.tried(), o.lost(), o.doubled(),
                    o.passed() ? "pass" : "FAIL");
        }
        out.println(jsonLine(outcomes, actualSeed));
        out.flush();
        return outcomes.stream().allMatch(Outcome::passed) ? 0 : 1;
    }

    private Outcome runFault(final Fault fault, final List<Path> files, final int notes, final String bootstrap,
                             final Path work,
                             final Random random, final Map<Fault, StageProcess> stages,
                             final Map<Fault, Integer> ports, final PrintWriter out) throws Exception {
        final String batch = "chaos-" + fault.command;
        final long start = System.nanoTime();
        final Set<String> accepted = new HashSet<>();
        try (Ingestor ingestor = new Ingestor(ClientDefaults.client(bootstrap))) {
            ingestor.putBatch(new Batch(batch, System.currentTimeMillis(), null));
            // published in slices, one before each kill, so that every kill meets work in progress
            final int slices = kills + 1;
            for (int i = 0; i < slices; i++) {
                final List<Path> slice = files.subList(files.size() * i / slices, files.size() * (i + 1) / slices);
                accepted.addAll(ingestor.ingest(batch, slice).acceptedKeys());
                if (i == kills) {
                    break;
                }
                Thread.sleep(500 + random.nextInt(4000));
                stages.get(fault).kill();
                final StageProcess again = startStage(work, fault, bootstrap);
                stages.put(fault, again);
                ports.put(fault, again.awaitHttpPort(START));
                out.printf(Locale.ROOT, "  %s %d of %d: %d of %d documents reported%n", label(fault), i + 1, kills,
                        reported(ports.get(Fault.REPORT), batch), docs);
                out.flush();
            }
        }
        final int reportPort = ports.get(Fault.REPORT);
        final long end = System.nanoTime() + Duration.ofSeconds(doneTimeoutSeconds).toNanos();
        while (reported(reportPort, batch) < accepted.size() && System.nanoTime() < end) {
            Thread.sleep(250);
        }
        final JsonNode report = Json.MAPPER.readTree(get(reportPort, "/batches/" + batch + "/report.json"));
        final Map<String, Integer> seen = new HashMap<>();
        report.path("documents").forEach(d -> seen.merge(d.path("key").asText(), 1, Integer::sum));
        final int lost = (int) accepted.stream().filter(k -> !seen.containsKey(k)).count();
        final int doubled = seen.values().stream().mapToInt(n -> n - 1).sum();
        final JsonNode summary = report.path("summary");
        final long byStatus = summary.path("byStatus").path("scored").asLong()
                + summary.path("byStatus").path("failed").asLong();
        final boolean countsEqual = summary.path("documents").asLong() == docs && byStatus == docs
                && summary.path("byStatus").path("failed").asLong() == notes && accepted.size() == docs
                && seen.size() == docs;
        return new Outcome(fault, kills, docs, (int) summary.path("byStatus").path("failed").asLong(), lost, doubled,
                countsEqual, (System.nanoTime() - start) / 1e9);
    }

    private static StageProcess startStage(final Path work, final Fault fault, final String bootstrap)
            throws IOException {
        final List<String> args = new ArrayList<>(List.of(fault.command, "--bootstrap-servers", bootstrap,
                "--state-dir", work.resolve(fault.command).toString(), "--http-port", "0"));
        if (fault == Fault.EXTRACT) {
            args.addAll(List.of("--workers", "1"));
        }
        final Path log = work.resolve(fault.command + "-" + System.nanoTime() + ".log");
        return StageProcess.start(log, fault == Fault.EXTRACT ? "384m" : "256m", args);
    }

    /** @return scored plus failed documents of the batch in the report process's aggregate, 0 while it is away */
    private static long reported(final int port, final String batch) {
        try {
            for (final JsonNode agg : Json.MAPPER.readTree(get(port, "/batches"))) {
                if (batch.equals(agg.path("batch").asText())) {
                    return agg.path("byStatus").path("scored").asLong() + agg.path("byStatus").path("failed").asLong();
                }
            }
            return 0;
        } catch (IOException e) {
            return 0;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 0;
        }
    }

    private static String get(final int port, final String path) throws IOException, InterruptedException {
        final HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port
                + path)).header("Accept", "application/json").timeout(Duration.ofSeconds(10)).build(),
                HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() != 200) {
            throw new IOException("GET " + path + ": " + r.statusCode());
        }
        return r.body();
    }

    private static String label(final Fault fault) {
        return "kill -9 " + fault.command;
    }

    private static String jsonLine(final List<Outcome> outcomes, final long seed) {
        final ObjectNode line = Json.MAPPER.createObjectNode();
        line.put("bench", "chaos");
        line.put("seed", seed);
        final ArrayNode faults = line.putArray("faults");
        for (final Outcome o : outcomes) {
            faults.addObject().put("fault", label(o.fault())).put("timesTried", o.tried())
                    .put("documents", o.documents()).put("failed", o.failed()).put("documentsLost", o.lost())
                    .put("documentsDoubled", o.doubled()).put("countsEqualDocuments", o.countsEqual())
                    .put("seconds", Math.round(o.seconds() * 10) / 10.0)
                    .put("verdict", o.passed() ? "pass" : "fail");
        }
        return line.toString();
    }
}
