package org.resumepipeline.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.resumepipeline.bench.MixedResumes;
import org.resumepipeline.broker.EmbeddedKafka;
import org.resumepipeline.ingest.IngestConfig;
import org.resumepipeline.ingest.IngestProgress;
import org.resumepipeline.ingest.IngestSummary;
import org.resumepipeline.ingest.Ingestor;
import org.resumepipeline.model.ClientDefaults;
import org.resumepipeline.model.Topics;

/**
 * Ingest when the broker ({@code rp broker}, its own JVM) dies by SIGKILL in the middle of a batch: the run lists the
 * documents Kafka did not acknowledge instead of failing as a whole; an upload to {@code rp ingest-server} answers 503
 * with {@code Retry-After} within the producer's bounded waits; {@code rp ingest} says Kafka does not answer and exits
 * 1; once the broker is back on the same data directory, {@code rp ingest} of the same folder publishes exactly the
 * rest, and resume.uploads holds each document of the batch once.
 *
 * <p>A long fault test (about a minute), tagged {@code chaos}: outside the default {@code mvn verify}; run it with
 * {@code -Drp.it.excludedGroups=none}.
 */
@Tag("chaos")
class IngestBrokerDownIT {
    private static final String BATCH = "outage";
    private static final int DOCS = 40;
    /** Documents handed to the producer before the broker is killed. */
    private static final int KILL_AFTER = 15;
    /** Documents on the topic when the broker is killed. */
    private static final int ON_KAFKA_BEFORE_KILL = 5;
    private static final Pattern TOTALS = Pattern.compile("batch " + BATCH + ": (\\d+) accepted .*, (\\d+) duplicate");

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    @TempDir
    Path dir;

    @Test
    void shouldListWhatWasNotPublishedWhenTheBrokerDiesAndPublishExactlyTheRestWhenRunAgain() throws Exception {
        Assumptions.assumeTrue(Files.isRegularFile(RpProcess.JAR), "the fat jar is built in the package phase");
        final Path input = Files.createDirectories(dir.resolve("resumes"));
        MixedResumes.write(input, DOCS, MixedResumes.MARKDOWN);
        final Path data = dir.resolve("broker");
        final int brokerPort = EmbeddedKafka.freePort();
        final String bootstrap = "127.0.0.1:" + brokerPort;
        final List<String> brokerArgs = List.of("broker", "--data-dir", data.toString(), "--port",
                Integer.toString(brokerPort), "--partitions", "2");
        final List<String> ingest = List.of("ingest", input.toString(), "--batch", BATCH, "--bootstrap-servers",
                bootstrap);
        try (RpProcess broker = RpProcess.startWithHeap(dir.resolve("broker.log"), "384m",
                brokerArgs.toArray(String[]::new));
             RpProcess server = startServerOnceReady(broker, bootstrap)) {
            final int port = server.awaitHttpPort();
            assertThat(upload(port, "warm-up.txt", "Warm up\nEXPERIENCE\n- Cut costs by 10%\n").status())
                    .isEqualTo(202);

            final IngestSummary first;
            try (Ingestor ingestor = new Ingestor(ClientDefaults.client(bootstrap),
                    IngestConfig.defaults().withCheckPublished(true))) {
                first = ingestor.ingest(BATCH, List.of(input), killBrokerAfter(broker, bootstrap));
            }
            System.out.printf(Locale.ROOT, "IngestBrokerDownIT: broker killed after %d documents handed to the "
                            + "producer; %d acknowledged, %d not published; the run ended in %d ms%n", KILL_AFTER,
                    first.acceptedKeys().size(), first.unpublished().size(), first.millis());
            assertThat(first.complete()).isFalse();
            assertThat(first.acceptedKeys().size() + first.unpublished().size()).isEqualTo(DOCS);
            assertThat(first.unpublished().size()).as("nothing after the kill is acknowledged")
                    .isGreaterThanOrEqualTo(DOCS - KILL_AFTER);
            assertThat(first.toLines()).contains("NOT PUBLISHED: " + first.unpublished().size()
                    + " document(s): Kafka did not acknowledge them (" + first.publishError() + ")")
                    .contains("  - " + first.unpublished().get(0).file());

            // with the broker down: the upload route answers 503 with a retry hint, rp ingest says so; both bounded
            final long downAt = System.nanoTime();
            final CompletableFuture<Answer> refused = CompletableFuture.supplyAsync(() ->
                    upload(port, "during-outage.txt", "During the outage\nEXPERIENCE\n- Shipped 3 services\n"));
            final String cliDown;
            try (RpProcess down = RpProcess.startWithHeap(dir.resolve("ingest-down.log"), "256m",
                    ingest.toArray(String[]::new))) {
                final Optional<Integer> code = down.waitFor(Duration.ofSeconds(90));
                cliDown = down.output();
                assertThat(code).as(cliDown).contains(1);
            }
            final double cliSeconds = (System.nanoTime() - downAt) / 1e9;
            assertThat(cliDown).contains("Kafka at " + bootstrap + " does not answer", "Nothing was published",
                    "run the same command again");
            final Answer response = refused.join();
            System.out.printf(Locale.ROOT, "IngestBrokerDownIT: broker down: HTTP upload answered %d in %.1f s, "
                    + "rp ingest exited 1 in %.1f s (JVM start included)%n", response.status(), response.seconds(),
                    cliSeconds);
            assertThat(response.status()).as(response.body()).isEqualTo(503);
            assertThat(response.retryAfter()).isPresent();
            assertThat(response.seconds()).as("an answer, not a hang").isLessThan(30);

            try (RpProcess back = RpProcess.startWithHeap(dir.resolve("broker-2.log"), "384m",
                    brokerArgs.toArray(String[]::new))) {
                back.awaitBrokerReady();
                final String again;
                try (RpProcess rerun = RpProcess.startWithHeap(dir.resolve("ingest-again.log"), "256m",
                        ingest.toArray(String[]::new))) {
                    final Optional<Integer> code = rerun.waitFor(Duration.ofSeconds(90));
                    again = rerun.output();
                    assertThat(code).as(again).contains(0);
                }
                final Matcher totals = TOTALS.matcher(again);
                assertThat(totals.find()).as(again).isTrue();
                final int accepted = Integer.parseInt(totals.group(1));
                final int duplicates = Integer.parseInt(totals.group(2));
                System.out.printf(Locale.ROOT, "IngestBrokerDownIT: the rerun published %d, found %d already on "
                        + "Kafka%n", accepted, duplicates);
                assertThat(accepted + duplicates).isEqualTo(DOCS);
                assertThat(accepted).as("only what the first run did not get acknowledged")
                        .isLessThanOrEqualTo(first.unpublished().size()).isPositive();
                assertThat(duplicates).as("what reached the topic before the kill").isGreaterThanOrEqualTo(
                        ON_KAFKA_BEFORE_KILL);
                assertThat(duplicates).isGreaterThanOrEqualTo(first.acceptedKeys().size());
                assertThat(uploadsOfTheBatch(bootstrap)).as("each document on resume.uploads once")
                        .hasSize(DOCS).allSatisfy((key, records) -> assertThat(records).as(key).isEqualTo(1));
                assertThat(upload(port, "after-outage.txt", "After the outage\nEXPERIENCE\n- Cut costs by 5%\n")
                        .status()).as("the server publishes again without a restart").isEqualTo(202);
            }
        }
    }

    private RpProcess startServerOnceReady(final RpProcess broker, final String bootstrap) throws Exception {
        broker.awaitBrokerReady();
        return RpProcess.startWithHeap(dir.resolve("ingest-server.log"), "256m", "ingest-server",
                "--bootstrap-servers", bootstrap, "--http-port", "0", "--state-dir",
                dir.resolve("ingest-state").toString());
    }

    /**
     * Kills the broker, as a crash would, once the run has handed {@value #KILL_AFTER} documents to the producer and
     * the broker holds {@value #ON_KAFKA_BEFORE_KILL} of them (so the rerun must recognize some and publish the
     * rest).
     */
    private static IngestProgress killBrokerAfter(final RpProcess broker, final String bootstrap) {
        return new IngestProgress() {
            private int done;

            @Override
            public void expect(final long files) {
                // the count is known
            }

            @Override
            public void step(final long bytes) {
                if (++done == KILL_AFTER) {
                    await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(20))
                            .until(() -> uploadsOfTheBatch(bootstrap).size() >= ON_KAFKA_BEFORE_KILL);
                    try {
                        broker.kill();
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                }
            }

            @Override
            public void close() {
                // nothing shown
            }
        };
    }

    /** An upload's answer and how long it took. */
    private record Answer(int status, Optional<String> retryAfter, String body, double seconds) {
    }

    private Answer upload(final int port, final String file, final String text) {
        final long begin = System.nanoTime();
        try {
            final HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port
                            + "/batches/" + BATCH + "-http/documents?filename=" + file))
                    .timeout(Duration.ofSeconds(60)).POST(HttpRequest.BodyPublishers.ofString(text)).build(),
                    HttpResponse.BodyHandlers.ofString());
            return new Answer(r.statusCode(), r.headers().firstValue("Retry-After"), r.body(),
                    (System.nanoTime() - begin) / 1e9);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** @return how many records resume.uploads holds for each key of the batch (read_committed, from the start) */
    private static Map<String, Integer> uploadsOfTheBatch(final String bootstrap) {
        final Map<String, Object> cfg = new HashMap<>(ClientDefaults.client(bootstrap));
        cfg.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        cfg.put(ConsumerConfig.MAX_PARTITION_FETCH_BYTES_CONFIG, Topics.MAX_MESSAGE_BYTES);
        final Map<String, Integer> counts = new HashMap<>();
        try (KafkaConsumer<String, Boolean> consumer = new KafkaConsumer<>(cfg, new StringDeserializer(),
                (topic, bytes) -> bytes != null)) {
            final List<TopicPartition> partitions = consumer.partitionsFor(Topics.UPLOADS.name()).stream()
                    .map(p -> new TopicPartition(p.topic(), p.partition())).toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            final Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
            final Set<TopicPartition> done = new HashSet<>();
            while (done.size() < partitions.size()) {
                for (final ConsumerRecord<String, Boolean> r : consumer.poll(Duration.ofMillis(500))) {
                    if (r.key().startsWith(BATCH + "/")) {
                        counts.merge(r.key(), 1, Integer::sum);
                    }
                }
                partitions.stream().filter(p -> consumer.position(p) >= end.get(p)).forEach(done::add);
            }
        }
        return counts;
    }
}
