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
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.resumepipeline.model.Json;

/**
 * {@code rp} from the fat jar as a separate OS process, for tests that kill it the way a crash would (SIGKILL of the
 * JVM, its embedded broker and its Tika workers) and read its progress over its HTTP routes.
 */
final class RpProcess implements AutoCloseable {
    static final Path JAR = Path.of("target", "rp.jar");
    private static final Pattern HTTP_PORT = Pattern.compile("ready: HTTP on http://127\\.0\\.0\\.1:(\\d+)");

    private final Process process;
    private final Path log;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();

    private RpProcess(final Process process, final Path log) {
        this.process = process;
        this.log = log;
    }

    /**
     * @param log  where its stdout and stderr go
     * @param args the rp command line
     * @throws IOException when the JVM cannot be started
     */
    static RpProcess start(final Path log, final String... args) throws IOException {
        return startWithHeap(log, "768m", args);
    }

    /**
     * @param log  where its stdout and stderr go
     * @param heap the JVM's -Xmx ("256m")
     * @param args the rp command line
     * @throws IOException when the JVM cannot be started
     */
    static RpProcess startWithHeap(final Path log, final String heap, final String... args) throws IOException {
        return startWith(log, List.of("-Xmx" + heap), Map.of(), args);
    }

    /**
     * @param log         where its stdout and stderr go
     * @param jvmOptions  options of its JVM ("-Xmx256m", "-Dlogback.configurationFile=...")
     * @param environment variables added to this process's environment ("RP_LOG_LEVEL")
     * @param args        the rp command line
     * @throws IOException when the JVM cannot be started
     */
    static RpProcess startWith(final Path log, final List<String> jvmOptions, final Map<String, String> environment,
                               final String... args) throws IOException {
        return new RpProcess(RpJvm.start(JAR, jvmOptions, environment, List.of(args), log), log);
    }

    /** SIGTERM, as a container runtime stops a service; returns at once. */
    void terminate() {
        process.destroy();
    }

    /** @return the process id */
    long pid() {
        return process.pid();
    }

    boolean isAlive() {
        return process.isAlive();
    }

    /** @return the exit code, or empty when it did not exit within the timeout */
    Optional<Integer> waitFor(final Duration timeout) throws InterruptedException {
        return process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS) ? Optional.of(process.exitValue())
                : Optional.empty();
    }

    /** @return everything it printed so far */
    String output() throws IOException {
        return Files.readString(log, StandardCharsets.UTF_8);
    }

    /**
     * SIGKILL of the process and every descendant (Tika's worker JVMs), as a crash or an OOM kill would; returns once
     * they are gone.
     */
    void kill() throws InterruptedException {
        RpJvm.kill(process);
        process.waitFor(30, TimeUnit.SECONDS);
    }

    /**
     * @return the batch's aggregate from {@code GET /batches} on the port, empty while it does not answer or has no
     *         such batch yet
     */
    Optional<JsonNode> batch(final int port, final String batch) {
        try {
            final HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port
                            + "/batches")).header("Accept", "application/json").timeout(Duration.ofSeconds(2)).build(),
                    HttpResponse.BodyHandlers.ofString());
            if (r.statusCode() != 200) {
                return Optional.empty();
            }
            for (final JsonNode agg : Json.MAPPER.readTree(r.body())) {
                if (batch.equals(agg.path("batch").asText())) {
                    return Optional.of(agg);
                }
            }
            return Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
    }

    /**
     * @return the HTTP port a service printed in its {@code rp <stage> ready: HTTP on ...} line, once it has
     * @throws AssertionError when the process exits first or prints none within 150 s
     */
    int awaitHttpPort() {
        final int[] port = {-1};
        await().atMost(Duration.ofSeconds(150)).pollInterval(Duration.ofMillis(200)).until(() -> {
            final Matcher m = HTTP_PORT.matcher(output());
            if (m.find()) {
                port[0] = Integer.parseInt(m.group(1));
                return true;
            }
            assertThat(isAlive()).as(output()).isTrue();
            return false;
        });
        return port[0];
    }

    /** Waits until {@code rp broker} says it is ready (at most 90 s). */
    void awaitBrokerReady() {
        await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofMillis(100)).until(() -> {
            assertThat(isAlive()).as(output()).isTrue();
            return output().contains("Broker ready at ");
        });
    }

    /** @return the status of a GET on 127.0.0.1, or -1 when nothing answers within 5 s */
    int status(final int port, final String path) {
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

    /** Kills it when a test leaves it running. */
    @Override
    public void close() throws InterruptedException {
        if (process.isAlive()) {
            kill();
        }
    }
}
