package org.resumepipeline.cli;

import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Stages run as their own {@code rp} processes on one broker, for the fault tests that stop or kill them. */
final class StageProcesses {
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private StageProcesses() {
    }

    /** @return {@code rp COMMAND} on the broker, its state and log under {@code dir}, HTTP on any free port */
    static RpProcess start(final Path dir, final String command, final String bootstrap, final String... more)
            throws Exception {
        return start(dir, Map.of(), command, bootstrap, more);
    }

    /** @return {@code rp COMMAND} as {@link #start(Path, String, String, String...)}, with these variables added */
    static RpProcess start(final Path dir, final Map<String, String> environment, final String command,
                           final String bootstrap, final String... more) throws Exception {
        final List<String> args = new ArrayList<>(List.of(command, "--bootstrap-servers", bootstrap, "--state-dir",
                dir.resolve(command).toString(), "--http-port", "0"));
        args.addAll(List.of(more));
        return RpProcess.startWith(dir.resolve(command + ".log"), List.of("-Xmx256m"), environment,
                args.toArray(String[]::new));
    }

    /** Waits until every stage's {@code /health/ready} answers {@code status}. */
    static void awaitReady(final List<RpProcess> stages, final int[] ports, final int status) {
        for (int i = 0; i < ports.length; i++) {
            final RpProcess stage = stages.get(i);
            final int port = ports[i];
            await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofMillis(200))
                    .until(() -> stage.status(port, "/health/ready") == status);
        }
    }

    /** @return how many documents of the batch the report process has scored so far */
    static long scored(final RpProcess report, final int port, final String batch) {
        return report.batch(port, batch).map(b -> b.path("byStatus").path("scored").asLong()).orElse(0L);
    }

    /** @return the body of a GET on the local port, as JSON */
    static String get(final int port, final String path) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .header("Accept", "application/json").timeout(Duration.ofSeconds(10)).build(),
                HttpResponse.BodyHandlers.ofString()).body();
    }
}
