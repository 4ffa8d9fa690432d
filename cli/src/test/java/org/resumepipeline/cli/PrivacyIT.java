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
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.resumepipeline.broker.EmbeddedKafka;
import org.resumepipeline.model.Topics;
import org.resumepipeline.model.Json;

/**
 * Privacy of the running pipeline: the bundled sample resumes, the real-world corpus (../shared/corpus/realworld,
 * when it is there) and one of our own with a script in a bullet go through {@code rp run} with every logger of ours,
 * Tika's and PDFBox's at DEBUG; then records that are not our JSON but carry a candidate's details go to its input
 * topics and on to the dead-letter topic. No candidate's name, email, phone or bullet text may appear in the log (nor
 * a name as a file name, "jordan_pike"), in a metric label or in a dead letter's headers (its error message and
 * stack trace), and the HTML report shows the script as text.
 */
class PrivacyIT {
    private static final String BATCH = "privacy";
    private static final int QUOTED = 40;
    private static final String HOSTILE = """
            Quinn Zabriskie-Okafor
            quinn.zabriskie@example.org | +1 555 010 4477

            Experience
            Staff Engineer, Northwind Traders                               2019 - 2024
            - Replaced the nightly ledger export with a streaming job, cutting settlement delay from 9 hours to 4 minutes.
            - Wrote <script>alert('pwned')</script> into the release notes tool and then removed it within 2 days.

            Education
            BS in Computer Science, Example University, 2011 - 2015
            """;

    @TempDir
    Path dir;

    @Test
    void shouldKeepEveryCandidatesDetailsOutOfDebugLogsAndMetricLabels() throws Exception {
        Assumptions.assumeTrue(Files.isRegularFile(RpProcess.JAR), "the fat jar is built in the package phase");
        final Path input = Files.createDirectories(dir.resolve("resumes"));
        try (Stream<Path> samples = Files.list(Path.of("..", "samples"))) {
            for (final Path sample : samples.toList()) {
                Files.copy(sample, input.resolve(sample.getFileName()));
            }
        }
        Files.writeString(input.resolve("quinn.txt"), HOSTILE, StandardCharsets.UTF_8);
        final List<String> secrets = new ArrayList<>();
        final Path realWorld = Path.of("..", "..", "shared", "corpus", "realworld");
        if (Files.isDirectory(realWorld)) {
            try (Stream<Path> files = Files.list(realWorld)) {
                for (final Path f : files.sorted().toList()) {
                    final String name = f.getFileName().toString();
                    if (name.endsWith(".truth.json")) {
                        final JsonNode truth = Json.MAPPER.readTree(f.toFile());
                        for (final String field : List.of("name", "email", "phone")) {
                            if (truth.path(field).asText("").length() >= 5) {
                                secrets.add(truth.path(field).asText());
                            }
                        }
                    } else if (!name.endsWith(".tsv") && !name.endsWith(".json")) {
                        Files.copy(f, input.resolve("realworld-" + name));
                    }
                }
            }
        }
        secrets.addAll(secretsOf(input));
        assertThat(secrets).as("what the documents say about their candidates").contains("quinn.zabriskie@example.org",
                "Quinn Zabriskie-Okafor");

        final Path logback = dir.resolve("logback-debug.xml");
        Files.writeString(logback, """
                <configuration>
                  <appender name="OUT" class="ch.qos.logback.core.ConsoleAppender">
                    <encoder><pattern>%d{HH:mm:ss.SSS} %-5level %logger - %msg%n</pattern></encoder>
                  </appender>
                  <logger name="org.apache.kafka" level="INFO"/>
                  <logger name="kafka" level="INFO"/>
                  <root level="DEBUG"><appender-ref ref="OUT"/></root>
                </configuration>
                """, StandardCharsets.UTF_8);
        final int httpPort = EmbeddedKafka.freePort();
        final int brokerPort = EmbeddedKafka.freePort();
        final Path log = dir.resolve("run.log");
        final String metrics;
        final String html;
        final List<String> deadLetterHeaders;
        try (RpProcess rp = RpProcess.startWith(log, List.of("-Xmx768m", "-Dlogback.configurationFile=" + logback),
                Map.of("RP_LOG_LEVEL", "DEBUG"), "run", "--input", input.toString(), "--batch", BATCH,
                "--data-dir", dir.resolve("data").toString(), "--broker-port",
                Integer.toString(brokerPort), "--http-port", Integer.toString(httpPort))) {
            final int documents = countFiles(input);
            await("every document has its result").atMost(Duration.ofMinutes(5)).pollInterval(Duration.ofMillis(250))
                    .until(() -> {
                        assertThat(rp.isAlive()).as("rp run is still running").isTrue();
                        return rp.batch(httpPort, BATCH).map(b -> b.path("documents").asInt()).orElse(0)
                                >= documents;
                    });
            deadLetterHeaders = poisonAndReadDeadLetterHeaders("127.0.0.1:" + brokerPort);
            metrics = get(httpPort, "/metrics");
            html = get(httpPort, "/batches/" + BATCH + "/report.html");
            rp.terminate();
            rp.waitFor(Duration.ofSeconds(30));
        }
        final String logged = Files.readString(log, StandardCharsets.UTF_8);
        assertThat(logged).as("the run logged at DEBUG").contains("DEBUG");
        final String loggedLower = logged.toLowerCase(Locale.ROOT);
        final String metricsLower = metrics.toLowerCase(Locale.ROOT);
        for (final String secret : secrets) {
            assertThat(loggedLower).as("the log names no candidate detail").doesNotContain(secret.toLowerCase(Locale.ROOT));
            assertThat(metricsLower).as("no metric label holds a candidate detail")
                    .doesNotContain(secret.toLowerCase(Locale.ROOT));
        }
        final String headersLower = String.join("\n", deadLetterHeaders).toLowerCase(Locale.ROOT);
        assertThat(headersLower).as("the dead letters carry their error headers").contains("serializationexception");
        for (final String secret : secrets) {
            assertThat(headersLower).as("no dead letter's error message or stack trace quotes a candidate detail")
                    .doesNotContain(secret.toLowerCase(Locale.ROOT));
        }
        assertThat(html).as("the script in a bullet is shown as text").contains("&lt;script&gt;")
                .doesNotContain("<script>alert");
        System.out.printf("PrivacyIT: %d documents, %d candidate details checked against %d KB of DEBUG log, %d KB "
                + "of metrics and %d dead-letter headers%n", countFiles(input), secrets.size(), logged.length() / 1024,
                metrics.length() / 1024, deadLetterHeaders.size());
    }

    /**
     * Publishes records that are not our JSON, each quoting a candidate, to the stages' input topics: resume text,
     * and JSON whose number fields hold the candidate's name and email (Jackson's message quotes such a value).
     *
     * @return the values of every header of the dead letters they become
     */
    private static List<String> poisonAndReadDeadLetterHeaders(final String bootstrap) throws Exception {
        final String quoted = "\"Quinn Zabriskie-Okafor quinn.zabriskie@example.org\"";
        final Map<String, String> poison = Map.of(Topics.UPLOADS.name(), "{\"size\": " + quoted + "}",
                Topics.TEXTS.name(), HOSTILE, Topics.SCORES.name(), "{\"uploadedAt\": " + quoted + "}");
        try (KafkaProducer<byte[], byte[]> producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap), new ByteArraySerializer(),
                new ByteArraySerializer())) {
            for (final Map.Entry<String, String> e : poison.entrySet()) {
                producer.send(new ProducerRecord<>(e.getKey(), (BATCH + "/poison").getBytes(StandardCharsets.UTF_8),
                        e.getValue().getBytes(StandardCharsets.UTF_8))).get();
            }
        }
        final Properties p = new Properties();
        p.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        p.put(ConsumerConfig.GROUP_ID_CONFIG, "it-privacy-dlq");
        p.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        p.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        final List<String> headers = new ArrayList<>();
        final int[] letters = {0};
        try (KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(p, new ByteArrayDeserializer(),
                new ByteArrayDeserializer())) {
            consumer.subscribe(List.of(Topics.DEAD_LETTERS.name()));
            await("dead letters").atMost(Duration.ofSeconds(90)).until(() -> {
                consumer.poll(Duration.ofMillis(500)).forEach(r -> {
                    letters[0]++;
                    r.headers().forEach(h -> headers.add(h.key() + ": " + new String(h.value(),
                            StandardCharsets.UTF_8)));
                });
                return letters[0] >= poison.size();
            });
        }
        return headers;
    }

    /** @return each document's name, email, phone and the opening of each bullet, read by {@code rp lint} */
    private List<String> secretsOf(final Path input) throws Exception {
        final List<String> command = new ArrayList<>(List.of("lint", "--format", "jsonl", "--workers", "2"));
        try (Stream<Path> files = Files.list(input)) {
            files.map(Path::toString).sorted().forEach(command::add);
        }
        final Path out = dir.resolve("lint.jsonl");
        try (RpProcess lint = RpProcess.start(out, command.toArray(String[]::new))) {
            assertThat(lint.waitFor(Duration.ofMinutes(2))).as(lint.output()).isPresent();
        }
        final List<String> secrets = new ArrayList<>();
        for (final String line : Files.readAllLines(out, StandardCharsets.UTF_8)) {
            if (!line.startsWith("{")) {
                continue;
            }
            final JsonNode doc = Json.MAPPER.readTree(line);
            final JsonNode contact = doc.path("document").path("contact").isMissingNode() ? doc.path("contact")
                    : doc.path("document").path("contact");
            for (final String field : List.of("name", "email", "phone")) {
                final String value = contact.path(field).asText("");
                if (value.length() >= 5) {
                    secrets.add(value);
                }
                if ("name".equals(field) && value.contains(" ")) {
                    secrets.add(value.replace(' ', '_'));
                }
            }
            doc.findValues("bullets").forEach(bullets -> bullets.forEach(b -> {
                final String text = b.isTextual() ? b.asText() : b.path("text").asText("");
                if (text.length() >= QUOTED) {
                    secrets.add(text.substring(0, QUOTED));
                }
            }));
        }
        return secrets;
    }

    private static int countFiles(final Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return (int) files.count();
        }
    }

    private static String get(final int port, final String path) throws IOException, InterruptedException {
        final HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create("http://127.0.0.1:" + port + path)).timeout(Duration.ofSeconds(10)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(path).isEqualTo(200);
        return response.body();
    }
}
