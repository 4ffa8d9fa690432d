package org.resumepipeline.cli.bench;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.resumepipeline.cli.RpJvm;

/**
 * One {@code rp} command ({@code rp broker}, {@code rp extract}, ...) as its own OS process from this very jar, with
 * its output in a log file, for {@code rp bench chaos}: started, waited for, and killed with SIGKILL together with
 * its Tika worker JVMs, as a crash or the OOM killer would. Not thread-safe.
 */
final class StageProcess implements AutoCloseable {
    private static final Pattern HTTP_PORT = Pattern.compile("ready: HTTP on http://[^:]+:(\\d+)");

    private final Process process;
    private final Path log;

    private StageProcess(final Process process, final Path log) {
        this.process = process;
        this.log = log;
    }

    /**
     * @param log  where its stdout and stderr go (appended to: a restart keeps the earlier lives' output)
     * @param heap the JVM's -Xmx ("256m")
     * @param args the rp command line
     * @throws IOException when the JVM cannot be started
     */
    static StageProcess start(final Path log, final String heap, final List<String> args) throws IOException {
        Files.writeString(log, "", StandardCharsets.UTF_8);
        return new StageProcess(RpJvm.start(jar(), List.of("-Xmx" + heap), Map.of(), args, log), log);
    }

    /** @return the jar this class was loaded from: rp's fat jar */
    private static Path jar() {
        try {
            final Path jar = Path.of(StageProcess.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            if (!Files.isRegularFile(jar)) {
                throw new IllegalStateException("rp bench chaos runs from rp's jar (./rp), not from " + jar);
            }
            return jar;
        } catch (URISyntaxException e) {
            throw new IllegalStateException("cannot locate rp's jar", e);
        }
    }

    /**
     * @return the HTTP port from its {@code rp <stage> ready: HTTP on ...} line
     * @throws IllegalStateException when it exits first or prints none within the timeout
     */
    int awaitHttpPort(final Duration timeout) throws IOException, InterruptedException {
        return Integer.parseInt(awaitLine(HTTP_PORT, timeout).group(1));
    }

    /** Waits until it prints a line matching {@code pattern}; returns the match. */
    Matcher awaitLine(final Pattern pattern, final Duration timeout) throws IOException, InterruptedException {
        final long end = System.nanoTime() + timeout.toNanos();
        while (true) {
            final Matcher m = pattern.matcher(Files.readString(log, StandardCharsets.UTF_8));
            if (m.find()) {
                return m;
            }
            if (!process.isAlive()) {
                throw new IllegalStateException("exited with " + process.exitValue() + " before '" + pattern
                        + "'; see " + log);
            }
            if (System.nanoTime() > end) {
                throw new IllegalStateException("no '" + pattern + "' within " + timeout + "; see " + log);
            }
            Thread.sleep(100);
        }
    }

    /** SIGKILL of the process and every descendant; returns once they are gone. */
    void kill() throws InterruptedException {
        RpJvm.kill(process);
    }

    /** SIGTERM, then SIGKILL if it has not stopped within 30 s. */
    @Override
    public void close() throws InterruptedException {
        if (!process.isAlive()) {
            return;
        }
        process.destroy();
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            kill();
        }
    }
}
