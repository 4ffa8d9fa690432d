package org.resumepipeline.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.resumepipeline.broker.KafkaBootstrapExtension;
import org.resumepipeline.model.Json;

/**
 * The start page in Debian's headless Chromium while the server's upload threads are all taken (another
 * recruiter's uploads, here raw sockets that send an upload's headers and stall): the server answers the page's
 * requests 503 with {@code Retry-After}, and the page waits and asks again until it gets through, so every file
 * ends accepted and lands in the batch. Skipped without Debian's chromium and chromium-driver.
 */
@ExtendWith(KafkaBootstrapExtension.class)
class WebAppUploadRetryBrowserIT {
    private static final Duration RESULTS = Duration.ofSeconds(90);
    /** The page's state text of a file after a 503, by the third try or later (two 503s at least). */
    private static final String RETRIED_TWICE = "server busy, retrying in \\d+ s \\(try [3-8] of 8\\)";
    private static Path dir;
    private static WebAppSession web;

    @BeforeAll
    static void start() throws Exception {
        dir = Files.createTempDirectory("rp-web-retry-it");
        web = WebAppSession.start(dir);
    }

    @AfterAll
    static void stop() throws Exception {
        if (web != null) {
            web.close();
        }
    }

    @Test
    void shouldRetryEachFileAnswered503UntilTheServerHasAnUploadThreadAgain() throws Exception {
        final List<Path> files = resumes("files", "ada_busy.txt", "ben_busy.txt");
        final String batch = "retry-files";
        fillStartPage(batch, files);
        // the page's uploads wait at the door until the pool is full, so the batch itself is created first
        web.js("""
                var open; var door = new Promise(function (r) { open = r; });
                window.__openDoor = function () { open(); };
                window.__waiting = 0;
                var send = XMLHttpRequest.prototype.send;
                XMLHttpRequest.prototype.send = function (body) {
                  var xhr = this; window.__waiting++; door.then(function () { send.call(xhr, body); });
                };""");
        upload();
        await().atMost(Duration.ofSeconds(20)).until(() -> ((Number) web.js("return window.__waiting")).intValue()
                == files.size());

        final List<Socket> stalled = fillUploadPool();
        try {
            web.js("window.__openDoor()");
            for (final Path file : files) {
                await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(100))
                        .until(() -> web.fileState(name(file)), s -> s.matches(RETRIED_TWICE));
            }
        } finally {
            release(stalled);
        }
        assertUploaded(batch, files);
    }

    @Test
    void shouldRetryCreatingTheBatchAnswered503AndThenUploadEveryFile() throws Exception {
        final List<Path> files = resumes("batch", "cleo_busy.txt");
        final String batch = "retry-batch";
        fillStartPage(batch, files);
        final List<Socket> stalled = fillUploadPool();
        try {
            upload();
            await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(100))
                    .until(() -> web.driver().findElement(By.id("upload-status")).getText(),
                            s -> s.matches("Creating batch " + batch + ": " + RETRIED_TWICE + "…"));
        } finally {
            release(stalled);
        }
        assertUploaded(batch, files);
    }

    private static List<Path> resumes(final String sub, final String... names) throws IOException {
        final Path folder = Files.createDirectories(dir.resolve(sub));
        final List<Path> files = new ArrayList<>();
        for (final String name : names) {
            files.add(Files.writeString(folder.resolve(name), WebAppDocuments.resume(name.replace(".txt", ""),
                    "Backend Engineer", List.of("Cut p95 latency from 900 ms to 180 ms by caching the orders API",
                            "Led the migration of 40 Kafka services to Kubernetes, cutting deploy time by 60%")),
                    StandardCharsets.UTF_8));
        }
        return files;
    }

    private static void fillStartPage(final String batch, final List<Path> files) {
        web.driver().get(web.base() + "/");
        web.labelled("Batch name").sendKeys(batch);
        web.labelled("Resumes").sendKeys(files.stream().map(Path::toString).collect(Collectors.joining("\n")));
        assertThat(web.driver().findElements(By.cssSelector("#file-list li"))).hasSize(files.size());
    }

    private static void upload() {
        web.driver().findElement(By.xpath("//button[normalize-space()='Upload']")).click();
    }

    /**
     * Takes every upload thread of the server with a connection that sends an upload's headers and no body, and
     * waits until one more request with a body is refused 503.
     */
    private static List<Socket> fillUploadPool() throws IOException {
        final List<Socket> stalled = new ArrayList<>();
        for (int i = 0; i < HttpServerSettings.MAX_UPLOADS; i++) {
            stalled.add(RawHttp.stall(web.port(), "POST /batches/stalled/documents HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                    + "Content-Type: multipart/form-data; boundary=BOUNDARY\r\nContent-Length: 100000\r\n\r\n"));
        }
        // an invalid batch name: refused at once (400) when a thread is free, so the probe holds none
        await().atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(100)).until(() -> RawHttp.exchange(
                web.port(), "PUT /batches/%21 HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Length: 0\r\n"
                        + "Connection: close\r\n\r\n", new byte[0]).status() == 503);
        return stalled;
    }

    private static void release(final List<Socket> stalled) throws IOException {
        for (final Socket s : stalled) {
            s.close();
        }
    }

    private static void assertUploaded(final String batch, final List<Path> files) {
        await().atMost(Duration.ofSeconds(60)).until(() -> web.driver().findElement(By.id("upload-status")).getText()
                .startsWith("Upload finished"));
        assertThat(web.driver().findElement(By.id("upload-status")).getText())
                .isEqualTo("Upload finished: " + files.size() + " accepted, 0 already in the batch, 0 refused.");
        for (final Path file : files) {
            assertThat(web.fileState(name(file))).as(name(file)).isEqualTo("accepted");
        }
        await().atMost(RESULTS).ignoreExceptions().until(() -> {
            final JsonNode report = Json.MAPPER.readTree(web.get("/batches/" + batch + "/report.json"));
            final List<String> shown = new ArrayList<>();
            report.path("documents").forEach(d -> shown.add(d.path("file").asText()));
            return shown.stream().sorted().toList().equals(files.stream().map(WebAppUploadRetryBrowserIT::name)
                    .sorted().toList());
        });
    }

    private static String name(final Path file) {
        return file.getFileName().toString();
    }
}
