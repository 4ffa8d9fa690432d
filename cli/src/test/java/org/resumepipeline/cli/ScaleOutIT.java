package org.resumepipeline.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.ConsumerGroupDescription;
import org.apache.kafka.clients.admin.MemberDescription;
import org.apache.kafka.common.GroupState;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.resumepipeline.broker.EmbeddedKafka;
import org.resumepipeline.ingest.IngestSummary;
import org.resumepipeline.ingest.Ingestor;
import org.resumepipeline.model.Batch;
import org.resumepipeline.model.ClientDefaults;
import org.resumepipeline.model.Json;
import org.resumepipeline.model.Topics;

/**
 * The stages as separate services scale out: {@code rp broker} (6 partitions), two {@code rp extract}, two
 * {@code rp score} and one {@code rp report}, each its own JVM from the fat jar. Both instances of each stage do part
 * of a batch (their own {@code /metrics}); one extract instance dies by SIGKILL mid-batch and the other takes its
 * partitions; every document is in the report exactly once; the killed one, restarted, rejoins.
 */
class ScaleOutIT {
    private static final int DOCS = 240;
    private static final Pattern HTTP_PORT = Pattern.compile("ready: HTTP on http://127\\.0\\.0\\.1:(\\d+)");
    private static final String BATCH = "scale";
    /** Documents each extract instance has done before one is killed: both did part of the work. */
    private static final int SHARE_BEFORE_KILL = 20;

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    @Test
    void shouldShareTheBatchAcrossInstancesAndSurviveTheKillOfOne(@TempDir final Path dir) throws Exception {
        org.junit.jupiter.api.Assumptions.assumeTrue(Files.isRegularFile(RpProcess.JAR), "rp.jar is built by package");
        final List<Path> resumes = writeResumes(Files.createDirectories(dir.resolve("resumes")));
        final int brokerPort = EmbeddedKafka.freePort();
        final String bootstrap = "127.0.0.1:" + brokerPort;
        final List<RpProcess> all = new ArrayList<>();
        final long begin = System.nanoTime();
        try (RpProcess broker = RpProcess.startWithHeap(dir.resolve("broker.log"), "384m", "broker", "--data-dir",
                dir.resolve("broker").toString(), "--port", Integer.toString(brokerPort), "--partitions", "6")) {
            await().atMost(Duration.ofSeconds(90)).until(() -> broker.output().contains("Broker ready at " + bootstrap));
            final RpProcess extract1 = service(all, dir, "extract-1", bootstrap, "extract", "--workers", "1");
            final RpProcess extract2 = service(all, dir, "extract-2", bootstrap, "extract", "--workers", "1");
            final RpProcess score1 = service(all, dir, "score-1", bootstrap, "score");
            final RpProcess score2 = service(all, dir, "score-2", bootstrap, "score");
            final RpProcess report = service(all, dir, "report", bootstrap, "report");
            final int[] ports = new int[5];
            for (int i = 0; i < 5; i++) {
                ports[i] = awaitPort(all.get(i));
                assertThat(status(ports[i], "/health/live")).isEqualTo(200);
            }
            for (final int port : ports) {
                await().atMost(Duration.ofSeconds(60)).until(() -> status(port, "/health/ready") == 200);
            }
            // what the dashboard queries is there before any document: zeros, not "No data" (task metrics once
            // the rebalance that gives each instance its tasks is over)
            await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(get(ports[0], "/metrics"))
                    .contains("resume_failures_total{", "reason=\"TIMEOUT\"", "resume_extract_seconds_bucket{",
                            "kafka_stream_task_dropped_records_total{", "instance=\""));
            await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(get(ports[4], "/metrics"))
                    .contains("resume_pending_documents{", "resume_documents_current{",
                            "kafka_stream_alive_stream_threads{"));

            try (Ingestor ingestor = new Ingestor(ClientDefaults.client(bootstrap));
                 Admin admin = Admin.create(ClientDefaults.client(bootstrap))) {
                ingestor.putBatch(new Batch(BATCH, System.currentTimeMillis(), null));
                final Set<String> keys = new HashSet<>();
                keys.addAll(ingest(ingestor, resumes.subList(0, DOCS / 2)).allKeys());
                await().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofMillis(200))
                        .until(() -> extracted(ports[0]) >= SHARE_BEFORE_KILL
                                && extracted(ports[1]) >= SHARE_BEFORE_KILL);
                final double byKilledBeforeKill = extracted(ports[0]);
                extract1.kill();
                final long killedAt = System.nanoTime();
                keys.addAll(ingest(ingestor, resumes.subList(DOCS / 2, DOCS)).allKeys());
                assertThat(keys).hasSize(DOCS);

                await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(100))
                        .until(() -> ownsEveryUploadPartition(admin, 1));
                final double takeover = (System.nanoTime() - killedAt) / 1e9;
                System.out.printf(Locale.ROOT, "ScaleOutIT: extract takeover after SIGKILL in %.1f s%n", takeover);
                // ready again once its Streams app has taken the new tasks (503 while it rebalances)
                await().atMost(Duration.ofSeconds(30)).until(() -> status(ports[1], "/health/ready") == 200);

                await().atMost(Duration.ofSeconds(150)).pollInterval(Duration.ofMillis(500))
                        .until(() -> scoredInReport(ports[4]) == DOCS);
                System.out.printf(Locale.ROOT, "ScaleOutIT: %d documents in the report %.1f s after the start of the "
                        + "test (JVM start-ups and the takeover included)%n", DOCS, (System.nanoTime() - begin) / 1e9);
                final JsonNode documents = reportDocuments(ports[4]);
                final Set<String> reported = new HashSet<>();
                documents.forEach(d -> reported.add(d.path("key").asText()));
                assertThat(documents.size()).as("each document once").isEqualTo(DOCS);
                assertThat(reported).isEqualTo(keys);
                await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(get(ports[4], "/metrics"))
                        .as("nothing on its way any more").contains("resume_pending_documents{")
                        .containsPattern("resume_pending_documents\\{[^}]*} 0\\.0"));

                final double bySurvivor = extracted(ports[1]);
                final double scored1 = scored(ports[2]);
                final double scored2 = scored(ports[3]);
                System.out.printf(Locale.ROOT, "ScaleOutIT: %d documents; extract-1 %.0f before its kill, extract-2 "
                                + "%.0f; score-1 %.0f, score-2 %.0f%n", DOCS, byKilledBeforeKill, bySurvivor, scored1,
                        scored2);
                assertThat(byKilledBeforeKill).isGreaterThanOrEqualTo(SHARE_BEFORE_KILL);
                assertThat(bySurvivor).isGreaterThan(DOCS / 2.0 - byKilledBeforeKill);
                assertThat(scored1).isPositive();
                assertThat(scored2).isPositive();
                assertThat(scored1 + scored2).isGreaterThanOrEqualTo(DOCS);
                printMemory(all);
                printMemory(List.of(broker));

                final RpProcess again = service(all, dir, "extract-1", bootstrap, "extract", "--workers", "1");
                final int againPort = awaitPort(again);
                await().atMost(Duration.ofSeconds(60)).until(() -> status(againPort, "/health/ready") == 200);
                await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(200))
                        .until(() -> ownsEveryUploadPartition(admin, 2));
            }
            final long stopAt = System.nanoTime();
            report.terminate();
            assertThat(report.waitFor(Duration.ofSeconds(30))).as("report stops within 30 s of SIGTERM").isPresent();
            System.out.printf(Locale.ROOT, "ScaleOutIT: report stopped %.1f s after SIGTERM%n",
                    (System.nanoTime() - stopAt) / 1e9);
        } finally {
            for (final RpProcess p : all) {
                p.close();
            }
        }
    }

    private static RpProcess service(final List<RpProcess> all, final Path dir, final String name,
                                     final String bootstrap, final String command, final String... more)
            throws IOException {
        final List<String> args = new ArrayList<>(List.of(command, "--bootstrap-servers", bootstrap, "--state-dir",
                dir.resolve(name).toString(), "--http-port", "0"));
        args.addAll(List.of(more));
        final RpProcess p = RpProcess.startWithHeap(dir.resolve(name + "-" + all.size() + ".log"), "256m",
                args.toArray(new String[0]));
        all.add(p);
        return p;
    }

    private static int awaitPort(final RpProcess p) {
        final int[] port = {-1};
        await().atMost(Duration.ofSeconds(150)).pollInterval(Duration.ofMillis(200)).until(() -> {
            final Matcher m = HTTP_PORT.matcher(p.output());
            if (m.find()) {
                port[0] = Integer.parseInt(m.group(1));
                return true;
            }
            assertThat(p.isAlive()).as(p.output()).isTrue();
            return false;
        });
        return port[0];
    }

    /** @return true when the extract group is stable with this many members and they hold every upload partition */
    private static boolean ownsEveryUploadPartition(final Admin admin, final int members) throws Exception {
        final ConsumerGroupDescription group = admin.describeConsumerGroups(List.of(PipelineOptions
                .DEFAULT_EXTRACT_GROUP)).all().get().get(PipelineOptions.DEFAULT_EXTRACT_GROUP);
        if (group.groupState() != GroupState.STABLE || group.members().size() != members) {
            return false;
        }
        final Set<Integer> owned = new HashSet<>();
        for (final MemberDescription m : group.members()) {
            m.assignment().topicPartitions().stream().filter(tp -> tp.topic().equals(Topics.UPLOADS.name()))
                    .forEach(tp -> owned.add(tp.partition()));
        }
        return owned.size() == 6;
    }

    private static IngestSummary ingest(final Ingestor ingestor, final List<Path> files) {
        return ingestor.ingest(BATCH, files);
    }

    private int status(final int port, final String path) {
        try {
            return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                    .timeout(Duration.ofSeconds(5)).build(), HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (IOException e) {
            return -1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return -1;
        }
    }

    private String get(final int port, final String path) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .header("Accept", "application/json").timeout(Duration.ofSeconds(10)).build(),
                HttpResponse.BodyHandlers.ofString()).body();
    }

    /** @return the sum of a counter's series whose labels include the given one, from a service's /metrics */
    private double counter(final int port, final String name, final String label) {
        try {
            double sum = 0;
            for (final String line : get(port, "/metrics").split("\n")) {
                if (line.startsWith(name + "{") && line.contains(label)) {
                    sum += Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1));
                }
            }
            return sum;
        } catch (IOException e) {
            return -1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return -1;
        }
    }

    private double extracted(final int port) {
        return counter(port, "resume_documents_total", "stage=\"extract\"");
    }

    private double scored(final int port) {
        return counter(port, "resume_documents_total", "stage=\"score\"");
    }

    private long scoredInReport(final int port) throws IOException, InterruptedException {
        for (final JsonNode agg : Json.MAPPER.readTree(get(port, "/batches"))) {
            if (BATCH.equals(agg.path("batch").asText())) {
                return agg.path("byStatus").path("scored").asLong();
            }
        }
        return 0;
    }

    private JsonNode reportDocuments(final int port) throws IOException, InterruptedException {
        return Json.MAPPER.readTree(get(port, "/batches/" + BATCH + "/report.json")).path("documents");
    }

    /** Prints each service's resident memory (VmRSS, and its worker JVMs for extract), for the README's figures. */
    private static void printMemory(final List<RpProcess> all) {
        for (final RpProcess p : all) {
            if (!p.isAlive()) {
                continue;
            }
            final long self = rssKb(p.pid());
            final long workers = ProcessHandle.of(p.pid()).map(h -> h.descendants()
                    .mapToLong(d -> rssKb(d.pid())).sum()).orElse(0L);
            System.out.printf(Locale.ROOT, "ScaleOutIT: pid %d RSS %d MB, its worker JVMs %d MB%n", p.pid(),
                    self / 1024, workers / 1024);
        }
    }

    private static long rssKb(final long pid) {
        try {
            for (final String line : Files.readAllLines(Path.of("/proc", Long.toString(pid), "status"))) {
                if (line.startsWith("VmRSS:")) {
                    return Long.parseLong(line.replaceAll("[^0-9]", ""));
                }
            }
        } catch (IOException | NumberFormatException e) {
            return 0;
        }
        return 0;
    }

    /** Plain-text resumes, each different, cheap to extract. */
    private static List<Path> writeResumes(final Path dir) throws IOException {
        final List<Path> files = new ArrayList<>();
        for (int i = 0; i < DOCS; i++) {
            final String text = String.join("\n", "Candidate " + i, "candidate" + i + "@example.com", "",
                    "EXPERIENCE", "Backend Engineer, Example Corp " + i + " — Jan 2020 – Present",
                    "- Cut p99 latency from " + (400 + i) + " ms to " + (100 + i % 50) + " ms with a read cache",
                    "- Led a team of " + (2 + i % 7) + " engineers shipping " + (3 + i % 11) + " services",
                    "- Worked on the billing system", "", "SKILLS", "Java, Kafka, PostgreSQL", "",
                    "EDUCATION", "B.Sc. Computer Science, Example University, 2012 – 2016", "");
            files.add(Files.writeString(dir.resolve(String.format(Locale.ROOT, "candidate-%03d.txt", i)), text,
                    StandardCharsets.UTF_8));
        }
        return files;
    }
}
