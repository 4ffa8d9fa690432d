package org.resumepipeline.extract.worker;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.File;
import java.io.IOException;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.Channels;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.resumepipeline.extract.ExtractConfig;
import org.resumepipeline.model.Json;

/**
 * One worker JVM and its connection. The frames travel over a Unix domain socket the worker connects to, not over its
 * stdout: whatever the worker's JVM or a native library prints lands in the worker log (stdout and stderr both go
 * there) and can never corrupt a frame. Not thread-safe: used by one caller at a time (the pool guarantees it).
 */
final class WorkerProcess {
    /** Exit code of a JVM started with -XX:+ExitOnOutOfMemoryError after an OutOfMemoryError. */
    static final int OOM_EXIT = 3;
    /** How long a new worker may take to connect (JVM start-up and the parser's warm-up). */
    private static final long CONNECT_TIMEOUT_MS = 120_000;
    private static final String SOCKET_FILE = "w.sock";

    private final Process process;
    private final ServerSocketChannel server;
    private final Path socketDir;
    /** Set by the caller's thread on connect; closed by the watchdog's on a timeout. */
    private volatile SocketChannel channel;
    private DataInputStream in;
    private DataOutputStream out;
    private boolean ready;

    private WorkerProcess(final Process process, final ServerSocketChannel server, final Path socketDir) {
        this.process = process;
        this.server = server;
        this.socketDir = socketDir;
    }

    /**
     * @param config  limits and heap size
     * @param log     file that receives the worker's stderr, or null to discard it
     * @param jvmArgs extra JVM options (tests only: see {@link WorkerMain#STALL_ON})
     */
    static WorkerProcess start(final ExtractConfig config, final File log, final List<String> jvmArgs)
            throws IOException {
        final List<String> command = new ArrayList<>();
        command.add(javaBinary());
        command.add("-Xmx" + config.workerHeapMb() + "m");
        command.add("-Xss4m");
        command.add("-XX:+UseSerialGC");
        // C1 only: on 2 cores C2's compilations cost a worker more CPU than its faster code saves (bench pipeline,
        // 480 documents: 67-89 ms of worker CPU a document with C2, 36-37 ms with C1 alone)
        command.add("-XX:TieredStopAtLevel=1");
        command.add("-XX:+ExitOnOutOfMemoryError");
        command.add("-Djava.awt.headless=true");
        command.add("-Dfile.encoding=UTF-8");
        command.addAll(jvmArgs);
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.add(WorkerMain.class.getName());
        command.add(Long.toString(config.maxBytes()));
        command.add(Integer.toString(config.maxChars()));
        command.add(Boolean.toString(config.ocr()));
        command.add(config.ocrLanguage());
        command.add(Long.toString(config.timeout().toMillis()));
        final Path dir = Files.createTempDirectory(socketParent(), "rp-worker");
        final Path socket = dir.resolve(SOCKET_FILE);
        final ServerSocketChannel server = ServerSocketChannel.open(StandardProtocolFamily.UNIX);
        try {
            server.bind(UnixDomainSocketAddress.of(socket), 1);
            server.configureBlocking(false);
            command.add(socket.toString());
            final ProcessBuilder builder = new ProcessBuilder(command);
            final ProcessBuilder.Redirect output = log == null ? ProcessBuilder.Redirect.DISCARD
                    : ProcessBuilder.Redirect.appendTo(log);
            builder.redirectOutput(output);
            builder.redirectError(output);
            builder.redirectInput(ProcessBuilder.Redirect.PIPE);
            return new WorkerProcess(builder.start(), server, dir);
        } catch (IOException | RuntimeException e) {
            server.close();
            deleteQuietly(dir);
            throw e;
        }
    }

    /** A short directory for the socket: a Unix socket path is limited to about 100 bytes. */
    private static Path socketParent() {
        final Path tmp = Path.of("/tmp");
        return Files.isDirectory(tmp) && Files.isWritable(tmp) ? tmp : Path.of(System.getProperty("java.io.tmpdir"));
    }

    private static void deleteQuietly(final Path dir) {
        try {
            Files.deleteIfExists(dir.resolve(SOCKET_FILE));
            Files.deleteIfExists(dir);
        } catch (IOException e) {
            // a stale socket file in the temp directory is harmless
        }
    }

    private static String javaBinary() {
        return System.getProperty("java.home") + File.separator + "bin" + File.separator + "java";
    }

    /** Blocks until the worker has connected and built its parser. */
    void awaitReady() throws IOException {
        if (ready) {
            return;
        }
        if (channel == null) {
            connect();
        }
        Frames.read(in);
        ready = true;
    }

    /** Waits for the worker's connection; a worker that dies or hangs before connecting fails the wait. */
    private void connect() throws IOException {
        final long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(CONNECT_TIMEOUT_MS);
        try {
            SocketChannel accepted = server.accept();
            while (accepted == null) {
                if (!process.isAlive()) {
                    throw new EOFException("the worker exited with code " + process.exitValue()
                            + " before connecting");
                }
                if (System.nanoTime() > deadline) {
                    throw new IOException("the worker did not connect within " + CONNECT_TIMEOUT_MS + " ms");
                }
                Thread.sleep(5);
                accepted = server.accept();
            }
            accepted.configureBlocking(true);
            channel = accepted;
            in = new DataInputStream(new BufferedInputStream(Channels.newInputStream(channel), 1 << 16));
            out = new DataOutputStream(new BufferedOutputStream(Channels.newOutputStream(channel), 1 << 16));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while waiting for the worker to connect", e);
        } finally {
            // one connection per worker: the listening socket and its file are no longer needed
            server.close();
            deleteQuietly(socketDir);
        }
    }

    /** @param mediaType the type sniffed at ingest, or "" to let the worker detect it */
    WorkerReply call(final String file, final byte[] content, final String mediaType) throws IOException {
        awaitReady();
        Frames.write(out, file.getBytes(StandardCharsets.UTF_8));
        Frames.write(out, mediaType.getBytes(StandardCharsets.UTF_8));
        Frames.write(out, content);
        out.flush();
        return Json.MAPPER.readValue(Frames.read(in), WorkerReply.class);
    }

    long pid() {
        return process.pid();
    }

    boolean alive() {
        return process.isAlive();
    }

    void kill() {
        process.destroyForcibly();
        closeQuietly();
    }

    private void closeQuietly() {
        try {
            server.close();
            if (channel != null) {
                channel.close();
            }
        } catch (IOException e) {
            // closing a dead worker's socket
        }
        deleteQuietly(socketDir);
    }

    /** @return the exit code once the process has ended (waits briefly), or -1 */
    int exitCode() {
        try {
            if (process.waitFor(2, TimeUnit.SECONDS)) {
                return process.exitValue();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return -1;
    }

    /** Closes the connection (the worker exits by itself), then kills it if it lingers. */
    void stop() {
        if (channel == null) {
            process.destroyForcibly();
        }
        closeQuietly();
        try {
            if (!process.waitFor(2, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
        }
    }
}
