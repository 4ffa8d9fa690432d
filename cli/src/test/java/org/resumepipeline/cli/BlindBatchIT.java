package org.resumepipeline.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.streams.errors.InvalidStateStoreException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.resumepipeline.broker.KafkaBootstrapExtension;
import org.resumepipeline.broker.KafkaBootstrapExtension.KafkaBootstrap;
import org.resumepipeline.cli.command.ReportOutput;
import org.resumepipeline.cli.ops.Eraser;
import org.resumepipeline.extract.ExtractConfig;
import org.resumepipeline.ingest.IngestSummary;
import org.resumepipeline.model.Batch;
import org.resumepipeline.model.DocumentKeys;
import org.resumepipeline.model.DocumentResult;
import org.resumepipeline.model.Json;
import org.resumepipeline.model.Reveal;
import org.resumepipeline.model.Topics;
import org.resumepipeline.report.BatchReport;
import org.resumepipeline.score.Ruleset;
import org.slf4j.LoggerFactory;

/**
 * A blind batch of resumes whose file names carry their candidates' names, beside the same files in a batch that is
 * not blind, on two report instances: no name, name part, email, phone or link of any candidate reaches any route of
 * either instance (bodies and headers), the metrics, the logs or the CLI's output; scores equal the open twin's;
 * a reveal returns the identity and leaves an audit record that the report lists; forget removes the document from
 * its reveals; a rescore keeps the batch blind.
 */
@ExtendWith(KafkaBootstrapExtension.class)
class BlindBatchIT {
    private static final String TOKEN = "it-blind-token";
    private static final Map<String, String> RESUMES = new LinkedHashMap<>();
    /** Per file: what no view may show. */
    private static final Map<String, List<String>> SECRETS = new LinkedHashMap<>();

    static {
        resume("Thaddeus_Okonkwo-Baptiste.txt", """
                Thaddeus Okonkwo-Baptiste
                thaddeus.ob@example.org | +1 555 013 2671 | https://www.linkedin.com/in/thaddeus-ob
                48 Larchmere Road, Springfield
                Date of birth: 14 March 1988, Nationality: Ghanaian

                Summary
                Platform engineer; colleagues call me Thaddeus the fixer.

                Experience
                Senior Platform Engineer, Northwind Traders                      2019 - 2024
                - Cut deploy time from 40 minutes to 6 minutes by moving 30 services to Kubernetes.
                - Built the on-call handbook at github.com/thaddeusob/oncall, reducing pages by 35%.

                Education
                BSc Computer Science, Example University, 2006 - 2010
                """, "Thaddeus", "Okonkwo", "Baptiste", "thaddeus.ob@example.org", "thaddeus.ob", "555 013 2671",
                "linkedin.com/in/thaddeus-ob", "github.com/thaddeusob", "Larchmere", "Ghanaian", "14 March 1988");
        resume("ingrid-vasquez-lindqvist-resume.txt", """
                Ingrid Vasquez-Lindqvist
                ingrid.vl@example.net
                +44 20 7946 0311
                https://github.com/ingridvl

                Experience
                Data Engineer, Contoso Analytics                                  2018 - 2023
                - Replaced the nightly batch with Kafka Streams, cutting report delay from 9 hours to 4 minutes.
                - Mentored 5 analysts; Ingrid's SQL guide (ingrid.vl@example.net) cut query costs by 28%.
                - Marital status: married

                Education
                MSc Statistics, Example Institute, 2012 - 2014
                """, "Ingrid", "Vasquez", "Lindqvist", "ingrid.vl@example.net", "7946 0311", "github.com/ingridvl",
                "married");
        resume("PriyamvadaNandakumarCV.txt", """
                Priyamvada Nandakumar
                priyamvada.n@example.com, (555) 014-8820, www.nandakumar.dev/portfolio

                Experience
                Backend Engineer, Fabrikam                                        2020 - 2024
                - Designed the payments API in Java serving 2 million requests a day with 99.95% availability.
                - Led the PostgreSQL upgrade for 12 databases with zero downtime.
                """, "Priyamvada", "Nandakumar", "priyamvada.n@example.com", "014-8820", "nandakumar.dev");
        resume("Wilhelmina_Zyskowski.txt", "", "Wilhelmina", "Zyskowski");
    }

    private static void resume(final String file, final String text, final String... secrets) {
        RESUMES.put(file, text);
        final List<String> all = new ArrayList<>(List.of(secrets));
        all.add(file);
        all.add(file.replaceFirst("\\.txt$", ""));
        SECRETS.put(file, all);
    }

    @Test
    void shouldShowNoIdentityInAnyViewScoreAsTheOpenTwinAndAuditEveryReveal(final KafkaBootstrap kafka,
                                                                          @TempDir final Path dir) throws Exception {
        org.junit.jupiter.api.Assumptions.assumeTrue(Files.isRegularFile(RpProcess.JAR),
                "rp reveal runs from the fat jar, built in the package phase");
        final long started = System.nanoTime();
        final Path input = Files.createDirectories(dir.resolve("resumes"));
        for (final Map.Entry<String, String> r : RESUMES.entrySet()) {
            Files.writeString(input.resolve(r.getKey()), r.getValue(), StandardCharsets.UTF_8);
        }
        final String blind = "it-blind-" + System.nanoTime();
        final String open = "it-open-" + System.nanoTime();
        final ListAppender<ILoggingEvent> logs = captureLogs();
        final PipelineOptions all = new PipelineOptions(kafka.servers(), dir.resolve("a"), "127.0.0.1", 0, 2,
                Ruleset.defaults(), ExtractConfig.defaults(), EnumSet.allOf(PipelineOptions.Stage.class), TOKEN, 0,
                null, null);
        final PipelineOptions reportOnly = new PipelineOptions(kafka.servers(), dir.resolve("b"), "127.0.0.1", 0, 2,
                Ruleset.defaults(), ExtractConfig.defaults(), EnumSet.of(PipelineOptions.Stage.REPORT), TOKEN, 0,
                null, null);
        try (Pipeline a = new Pipeline(all).start(); Pipeline b = new Pipeline(reportOnly).start()) {
            final HttpClient http = HttpClient.newHttpClient();
            final HttpResponse<String> put = http.send(request(a, "/batches/" + blind).header("Authorization",
                            "Bearer " + TOKEN).PUT(HttpRequest.BodyPublishers.ofString("{\"blind\": true}")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(put.statusCode()).as(put.body()).isEqualTo(200);
            assertThat(Json.MAPPER.readTree(put.body()).path("blind").asBoolean()).isTrue();
            await().atMost(Duration.ofSeconds(30)).ignoreException(InvalidStateStoreException.class).until(() ->
                    b.reportService().batchMetadata(blind).map(Batch::blind).orElse(false));
            await().atMost(Duration.ofSeconds(30)).ignoreExceptions().untilAsserted(() -> {
                for (final Pipeline p : List.of(a, b)) {
                    assertThat(get(http, p, "/batches/" + blind).body()).as("the batch page before any result")
                            .contains("<h2 id=\"blind-heading\">Blind review</h2>");
                }
            });
            a.ingestor().putBatch(new Batch(open, 1L, null));
            // files added without --blind: the batch stays blind
            final Path ingestLog = dir.resolve("ingest.log");
            try (RpProcess ingest = RpProcess.startWith(ingestLog, List.of("-Xmx256m"), Map.of(), "ingest",
                    input.toString(), "--batch", blind, "--bootstrap-servers", kafka.servers())) {
                assertThat(ingest.waitFor(Duration.ofSeconds(60))).as(ingest.output()).hasValue(0);
            }
            assertThat(a.ingestor().currentBatch(blind).map(Batch::blind)).as("rp ingest without --blind")
                    .hasValue(true);
            final List<String> blindKeys = RESUMES.values().stream().map(text -> DocumentKeys.of(blind,
                    text.getBytes(StandardCharsets.UTF_8))).toList();
            final IngestSummary openRun = a.ingestor().ingest(open, List.of(input));
            final DoneWaiter done = new DoneWaiter(a.reportService(), a.registry());
            final BatchReport blindReport = done.await(blind, blindKeys, Ruleset.defaults().version(),
                    Duration.ofMinutes(2));
            final BatchReport openReport = done.await(open, openRun.allKeys(), Ruleset.defaults().version(),
                    Duration.ofMinutes(2));
            assertThat(blindReport.documents()).hasSize(RESUMES.size());
            assertThat(blindReport.blind()).isTrue();
            assertThat(openReport.blind()).isFalse();
            assertThat(scores(blindReport)).as("the blind batch scores as the open one").isEqualTo(scores(openReport));
            assertThat(openReport.documents()).extracting(d -> d.file().substring(d.file().lastIndexOf('/') + 1))
                    .as("the open twin shows the names, so the check below could fail")
                    .containsExactlyInAnyOrderElementsOf(RESUMES.keySet());

            final Map<String, String> views = new LinkedHashMap<>();
            views.put("rp ingest's output (its summary, progress and logs)", Files.readString(ingestLog));
            final StringWriter table = new StringWriter();
            try (PrintWriter out = new PrintWriter(table)) {
                ReportOutput.write(out, blindReport, dir.resolve("blind-report.json"));
            }
            views.put("rp run's ranked table", table.toString());
            views.put("POST /batches/" + blind + "/documents (a refused and a duplicate file)", upload(http, a, blind,
                    input, "Wilhelmina_Zyskowski.txt", "Thaddeus_Okonkwo-Baptiste.txt"));
            views.put("--report-out", Files.readString(dir.resolve("blind-report.json")));
            final List<String> ids = blindReport.documents().stream().map(d -> d.key().substring(d.key()
                    .lastIndexOf('/') + 1)).toList();
            await().atMost(Duration.ofSeconds(30)).ignoreExceptions().untilAsserted(() -> {
                for (final Pipeline p : List.of(a, b)) {
                    final Map<String, String> got = routes(http, p, blind, ids);
                    final JsonNode report = Json.MAPPER.readTree(got.get("GET /batches/" + blind + "/report.json"));
                    assertThat(report.path("documents").size()).as(p.httpPort() + " serves the whole batch")
                            .isEqualTo(RESUMES.size());
                    got.forEach((route, body) -> views.put(p.httpPort() + " " + route, body));
                }
            });
            assertThat(views.get(b.httpPort() + " GET /batches/" + blind + "/report.csv"))
                    .as("the second instance serves the same blind view")
                    .isEqualTo(views.get(a.httpPort() + " GET /batches/" + blind + "/report.csv"));
            assertNoSecrets(views);

            final String key = blindReport.documents().stream().filter(DocumentResult::isScored).findFirst()
                    .orElseThrow().key();
            final String sha = key.substring(key.lastIndexOf('/') + 1);
            final HttpResponse<String> anonymous = http.send(request(b, "/batches/" + blind + "/documents/" + sha
                    + "/reveal").POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(anonymous.statusCode()).isEqualTo(401);
            final HttpResponse<String> revealed = http.send(request(b, "/batches/" + blind + "/documents/"
                    + URLEncoder.encode(key, StandardCharsets.UTF_8) + "/reveal").header("Authorization", "Bearer "
                    + TOKEN).POST(HttpRequest.BodyPublishers.ofString("{\"reviewer\": \"it-reviewer\"}")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(revealed.statusCode()).as(revealed.body()).isEqualTo(200);
            assertThat(revealed.headers().firstValue("Cache-Control")).hasValue("no-store");
            final JsonNode identity = Json.MAPPER.readTree(revealed.body());
            final String path = identity.path("file").asText();
            final String file = path.substring(path.lastIndexOf('/') + 1);
            assertThat(RESUMES).containsKey(file);
            assertThat(identity.path("name").asText()).isEqualTo(RESUMES.get(file).lines().findFirst().orElseThrow());
            assertThat(identity.path("candidate").asText())
                    .isEqualTo(blindReport.documents().stream().filter(d -> d.key().equals(key)).findFirst()
                            .orElseThrow().file());
            assertThat(identity.path("revealedBy").asText()).startsWith("it-reviewer (token ").doesNotContain(TOKEN);

            final List<Reveal> audit = audit(kafka.servers(), blind);
            assertThat(audit).singleElement().satisfies(r -> {
                assertThat(r.document()).isEqualTo(key);
                assertThat(r.by()).isEqualTo(identity.path("revealedBy").asText());
                assertThat(r.id()).isEqualTo(identity.path("audit").asText());
                assertThat(r.at()).isPositive();
            });
            await().atMost(Duration.ofSeconds(30)).ignoreExceptions().untilAsserted(() -> {
                for (final Pipeline p : List.of(a, b)) {
                    final JsonNode report = Json.MAPPER.readTree(get(http, p, "/batches/" + blind + "/report.json")
                            .body());
                    assertThat(report.path("reveals").size()).isEqualTo(1);
                    assertThat(report.path("reveals").get(0).path("document").asText()).isEqualTo(key);
                    assertThat(get(http, p, "/batches/" + blind + "/report.html").body()).contains("Reveals (1)",
                            "it-reviewer");
                }
            });

            final String other = blindReport.documents().stream().filter(d -> d.isScored() && !d.key().equals(key))
                    .findFirst().orElseThrow().key();
            final Path cliLog = dir.resolve("reveal.log");
            final String cliOut;
            final long revealStarted = System.nanoTime();
            // the running report (a) recorded its address under its data dir: rp reveal asks it over HTTP
            try (RpProcess reveal = RpProcess.startWith(cliLog, List.of("-Xmx256m"), Map.of("RP_API_TOKEN", TOKEN),
                    "reveal", "--document", other, "--reviewer", "cli-reviewer", "--bootstrap-servers",
                    kafka.servers(), "--data-dir", dir.resolve("a").toString(), "--http-port", "0")) {
                assertThat(reveal.waitFor(Duration.ofSeconds(60))).as(reveal.output()).hasValue(0);
                cliOut = reveal.output();
            }
            final double revealSeconds = (System.nanoTime() - revealStarted) / 1e9;
            assertNoSecrets(Map.of("rp reveal's log", cliOut.substring(0, cliOut.indexOf("{\n"))));
            final JsonNode byCli = Json.MAPPER.readTree(cliOut.substring(cliOut.indexOf("{\n"),
                    cliOut.lastIndexOf('}') + 1));
            assertThat(byCli.path("document").asText()).isEqualTo(other);
            final String otherFile = byCli.path("file").asText().substring(byCli.path("file").asText()
                    .lastIndexOf('/') + 1);
            assertThat(byCli.path("name").asText()).isEqualTo(RESUMES.get(otherFile).lines().findFirst()
                    .orElseThrow());
            assertThat(audit(kafka.servers(), blind)).hasSize(2).anySatisfy(r -> {
                assertThat(r.document()).isEqualTo(other);
                assertThat(r.by()).startsWith("cli-reviewer (token ").doesNotContain(TOKEN);
            });

            new Eraser(kafka.servers()).tombstone(Set.of(key), null);
            await().atMost(Duration.ofSeconds(30)).ignoreExceptions().untilAsserted(() -> {
                final JsonNode report = Json.MAPPER.readTree(get(http, b, "/batches/" + blind + "/report.json")
                        .body());
                assertThat(report.path("documents").size()).isEqualTo(RESUMES.size() - 1);
                final JsonNode first = report.path("reveals").get(0);
                assertThat(first.path("document").isNull()).as("forget keeps that a reveal happened, not whom it "
                        + "revealed").isTrue();
                assertThat(first.path("by").asText()).startsWith("it-reviewer");
                assertThat(report.path("reveals").get(1).path("document").asText()).isEqualTo(other);
            });
            assertThat(audit(kafka.servers(), blind)).hasSize(2).anySatisfy(r -> {
                assertThat(r.by()).startsWith("it-reviewer");
                assertThat(r.document()).isNull();
                assertThat(r.candidate()).isNull();
            });
            assertNoSecrets(Map.of("the report listing a forgotten and a CLI reveal", get(http, b, "/batches/" + blind
                    + "/report.json").body()));

            final String yaml = new String(Ruleset.defaults().bytes(), StandardCharsets.UTF_8) + "\n# blind IT\n";
            final Ruleset next = Ruleset.parse("it", yaml.getBytes(StandardCharsets.UTF_8));
            final PipelineOptions rescore = new PipelineOptions(kafka.servers(), dir.resolve("c"), "127.0.0.1", -1,
                    2, next, ExtractConfig.defaults(), EnumSet.of(PipelineOptions.Stage.SCORE), null, 0, blind, null);
            try (Pipeline c = new Pipeline(rescore).start()) {
                await().atMost(Duration.ofSeconds(60)).ignoreExceptions().untilAsserted(() -> {
                    final BatchReport after = b.reportService().report(blind).orElseThrow();
                    assertThat(after.summary().rulesetVersions()).containsOnlyKeys(next.version());
                    assertThat(after.blind()).as("a rescore keeps the batch blind").isTrue();
                    final Map<String, String> again = new LinkedHashMap<>();
                    again.put("report.json after the rescore", ReportOutputJson.of(after));
                    assertNoSecrets(again);
                });
            }
            logs.stop();
            final Map<String, String> logged = new LinkedHashMap<>();
            logged.put("logs at DEBUG", String.join("\n", logs.list.stream().map(e -> e.getFormattedMessage()
                    + (e.getThrowableProxy() == null ? "" : " " + e.getThrowableProxy().getMessage())).toList()));
            assertNoSecrets(logged);
            System.out.printf(Locale.ROOT, "BlindBatchIT: %d documents, %d views checked on 2 instances (%d bytes), "
                    + "%d secrets in all, %d log events, rp reveal %.1f s, %.1f s%n", RESUMES.size(), views.size(),
                    views.values().stream().mapToInt(String::length).sum(),
                    SECRETS.values().stream().mapToInt(List::size).sum(), logs.list.size(), revealSeconds,
                    (System.nanoTime() - started) / 1e9);
            views.keySet().forEach(view -> System.out.println("BlindBatchIT view: " + view));
        } finally {
            releaseLogs(logs);
        }
    }

    /** @return each scored document's score, grade and bullet scores, by the hash part of its key */
    private static Map<String, String> scores(final BatchReport report) {
        final Map<String, String> out = new java.util.TreeMap<>();
        for (final DocumentResult d : report.documents()) {
            final List<String> bullets = new ArrayList<>();
            d.roles().forEach(r -> r.bullets().forEach(bl -> bullets.add(bl.score() + bl.grade()
                    + bl.findings().stream().map(f -> f.rule()).toList())));
            out.put(d.key().substring(d.key().lastIndexOf('/') + 1), d.status() + " " + d.score() + " " + d.grade()
                    + " " + bullets + " " + d.findings().stream().map(f -> f.rule()).toList());
        }
        return out;
    }

    /** @return every route's answer, headers included, on one instance */
    private static Map<String, String> routes(final HttpClient http, final Pipeline p, final String batch,
                                              final List<String> ids) throws Exception {
        final String base = "/batches/" + batch;
        final List<String> paths = new ArrayList<>(List.of("/batches", base + "/report.json", base + "/report.csv",
                base + "/report.html", base, base + "/progress.json", base + "/charts",
                base + "/compare?a=" + ids.get(0) + "&b=" + ids.get(1),
                base + "/shortlist.csv?ids=" + String.join(",", ids), base + "/shortlist.json?ids="
                        + String.join(",", ids), base + "/candidates/" + "0".repeat(64), "/metrics", "/"));
        // what the report instances ask each other, with the token they share
        paths.addAll(List.of("/internal/report/documents/" + batch, "/internal/report/aggregates",
                "/internal/report/aggregates/" + batch, "/documents/" + URLEncoder.encode(batch + "/"
                        + "0".repeat(64), StandardCharsets.UTF_8)));
        for (final String id : ids) {
            paths.add(base + "/candidates/" + id);
            paths.add("/documents/" + URLEncoder.encode(batch + "/" + id, StandardCharsets.UTF_8));
            paths.add("/internal/report/document?key=" + URLEncoder.encode(batch + "/" + id, StandardCharsets.UTF_8));
        }
        final Map<String, String> out = new LinkedHashMap<>();
        for (final String path : paths) {
            final HttpResponse<String> r = get(http, p, path);
            assertThat(r.statusCode()).as(path).isIn(200, 404);
            out.put("GET " + path, r.body());
            out.put("headers of GET " + path, r.headers().map().toString());
        }
        final HttpResponse<String> unknownReveal = http.send(request(p, base + "/documents/" + "0".repeat(64)
                + "/reveal").header("Authorization", "Bearer " + TOKEN).POST(HttpRequest.BodyPublishers.noBody())
                .build(), HttpResponse.BodyHandlers.ofString());
        assertThat(unknownReveal.statusCode()).isEqualTo(404);
        out.put("POST the reveal of a document the batch does not have", unknownReveal.body()
                + unknownReveal.headers().map());
        final HttpResponse<String> index = http.send(request(p, "/batches").header("Accept", "text/html")
                .header("Authorization", "Bearer " + TOKEN).build(), HttpResponse.BodyHandlers.ofString());
        out.put("GET /batches as HTML", index.body());
        return out;
    }

    /** @return the answer (body and headers) to an upload of these files of the folder to the batch */
    private static String upload(final HttpClient http, final Pipeline p, final String batch, final Path folder,
                                 final String... files) throws Exception {
        final String boundary = "blind-it-boundary";
        final java.io.ByteArrayOutputStream body = new java.io.ByteArrayOutputStream();
        for (final String file : files) {
            body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"files\"; filename=\""
                    + file + "\"\r\nContent-Type: text/plain\r\n\r\n").getBytes(StandardCharsets.UTF_8));
            body.writeBytes(Files.readAllBytes(folder.resolve(file)));
            body.writeBytes("\r\n".getBytes(StandardCharsets.UTF_8));
        }
        body.writeBytes(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        final HttpResponse<String> r = http.send(request(p, "/batches/" + batch + "/documents")
                .header("Authorization", "Bearer " + TOKEN)
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).as(r.body()).isEqualTo(202);
        assertThat(Json.MAPPER.readTree(r.body()).path("refused").size()).as(r.body()).isEqualTo(1);
        return r.body() + r.headers().map();
    }

    private static void assertNoSecrets(final Map<String, String> views) {
        for (final Map.Entry<String, String> view : views.entrySet()) {
            final String shown = view.getValue().toLowerCase(Locale.ROOT);
            SECRETS.forEach((file, secrets) -> {
                for (final String secret : secrets) {
                    assertThat(shown).as(view.getKey() + " shows " + secret + " of " + file)
                            .doesNotContain(secret.toLowerCase(Locale.ROOT));
                }
            });
        }
    }

    private static HttpRequest.Builder request(final Pipeline p, final String path) {
        return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + p.httpPort() + path))
                .timeout(Duration.ofSeconds(20));
    }

    private static HttpResponse<String> get(final HttpClient http, final Pipeline p, final String path)
            throws Exception {
        return http.send(request(p, path).header("Authorization", "Bearer " + TOKEN).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /** @return the current reveals of a batch on resume.audit */
    private static List<Reveal> audit(final String servers, final String batch) {
        final Properties props = new Properties();
        props.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, servers);
        props.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        final Map<String, Reveal> current = new LinkedHashMap<>();
        try (KafkaConsumer<String, Reveal> consumer = new KafkaConsumer<>(props, new StringDeserializer(),
                Topics.AUDIT.valueSerde().deserializer())) {
            final List<TopicPartition> partitions = consumer.partitionsFor(Topics.AUDIT.name()).stream()
                    .map(i -> new TopicPartition(i.topic(), i.partition())).toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            final Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
            while (partitions.stream().anyMatch(tp -> consumer.position(tp) < end.get(tp))) {
                for (final ConsumerRecord<String, Reveal> r : consumer.poll(Duration.ofMillis(200))) {
                    if (r.key().startsWith(batch + "/")) {
                        current.put(r.key(), r.value());
                    }
                }
            }
        }
        return new ArrayList<>(current.values());
    }

    private static ListAppender<ILoggingEvent> captureLogs() {
        final LoggerContext context = (LoggerContext) LoggerFactory.getILoggerFactory();
        final ListAppender<ILoggingEvent> appender = new ListAppender<>();
        appender.setContext(context);
        appender.start();
        context.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME).addAppender(appender);
        context.getLogger("org.resumepipeline").setLevel(Level.DEBUG);
        return appender;
    }

    private static void releaseLogs(final ListAppender<ILoggingEvent> appender) {
        final LoggerContext context = (LoggerContext) LoggerFactory.getILoggerFactory();
        context.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME).detachAppender(appender);
        context.getLogger("org.resumepipeline").setLevel(null);
    }

    /** The report JSON as {@code report.json} and {@code --report-out} write it. */
    private static final class ReportOutputJson {
        static String of(final BatchReport report) {
            return org.resumepipeline.report.ReportRoutes.json(report);
        }
    }
}
