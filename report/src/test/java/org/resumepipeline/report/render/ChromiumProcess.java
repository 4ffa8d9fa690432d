package org.resumepipeline.report.render;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * A headless Chromium started for one test with a fresh profile and the DevTools protocol on a free port.
 * {@link #close()} kills it (and its helper processes) and deletes the profile.
 */
final class ChromiumProcess implements AutoCloseable {
    static final Path BINARY = Path.of("/usr/bin/chromium");
    private static final Pattern LISTENING = Pattern.compile("DevTools listening on (ws://\\S+)");

    private final Process process;
    private final Path profile;
    private final CompletableFuture<URI> devtools = new CompletableFuture<>();
    private final List<String> stderr = new ArrayList<>();

    private ChromiumProcess(final Process process, final Path profile) {
        this.process = process;
        this.profile = profile;
    }

    /**
     * @param url     the page to open
     * @param timeout how long to wait for the DevTools endpoint
     * @return the running browser
     * @throws IOException when it cannot start
     */
    static ChromiumProcess start(final String url, final Duration timeout) throws IOException {
        final Path profile = Files.createTempDirectory("rp-chromium-");
        final List<String> command = List.of(BINARY.toString(), "--headless", "--no-sandbox", "--disable-gpu",
                "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--disable-dev-shm-usage", "--hide-scrollbars", "--window-size=1280,900",
                "--user-data-dir=" + profile, "--remote-debugging-address=127.0.0.1", "--remote-debugging-port=0",
                url);
        final Process process = new ProcessBuilder(command).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        final ChromiumProcess chromium = new ChromiumProcess(process, profile);
        final Thread reader = new Thread(chromium::readStderr, "chromium-stderr");
        reader.setDaemon(true);
        reader.start();
        try {
            chromium.devtools.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            chromium.close();
            throw new IOException("interrupted while starting chromium", e);
        } catch (ExecutionException | TimeoutException e) {
            chromium.close();
            throw new IOException("chromium did not report a DevTools endpoint within " + timeout + "; stderr: "
                    + chromium.stderr(), e);
        }
        return chromium;
    }

    /** @return the browser's DevTools WebSocket endpoint */
    URI devtools() {
        return devtools.join();
    }

    /** @return the stderr lines read so far */
    synchronized List<String> stderr() {
        return List.copyOf(stderr);
    }

    private void readStderr() {
        try (BufferedReader in = new BufferedReader(new InputStreamReader(process.getErrorStream(),
                StandardCharsets.UTF_8))) {
            String line;
            while ((line = in.readLine()) != null) {
                synchronized (this) {
                    if (stderr.size() < 500) {
                        stderr.add(line);
                    }
                }
                final Matcher m = LISTENING.matcher(line);
                if (m.find()) {
                    devtools.complete(URI.create(m.group(1)));
                }
            }
            devtools.completeExceptionally(new IOException("chromium exited with " + process.waitFor()));
        } catch (IOException e) {
            devtools.completeExceptionally(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            devtools.completeExceptionally(e);
        }
    }

    @Override
    public void close() {
        final List<ProcessHandle> children = process.descendants().toList();
        process.destroy();
        try {
            if (!process.waitFor(5, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
        }
        children.stream().filter(ProcessHandle::isAlive).forEach(ProcessHandle::destroyForcibly);
        deleteProfile();
    }

    private void deleteProfile() {
        try (Stream<Path> files = Files.walk(profile)) {
            for (final Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException | UncheckedIOException e) {
            // A helper process may still hold a file for a moment; the temp dir is left for the OS to clean.
            System.err.println("could not delete chromium profile " + profile + ": " + e);
        }
    }
}
