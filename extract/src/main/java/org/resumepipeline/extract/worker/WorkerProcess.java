package org.resumepipeline.extract.worker;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.resumepipeline.extract.ExtractConfig;
import org.resumepipeline.model.Json;

/** One worker JVM and its pipes. Not thread-safe: used by one caller at a time (the pool guarantees it). */
final class WorkerProcess {
    /** Exit code of a JVM started with -XX:+ExitOnOutOfMemoryError after an OutOfMemoryError. */
    static final int OOM_EXIT = 3;

    private final Process process;
    private final DataInputStream in;
    private final DataOutputStream out;
    private boolean ready;

    private WorkerProcess(final Process process) {
        this.process = process;
        this.in = new DataInputStream(new BufferedInputStream(process.getInputStream(), 1 << 16));
        this.out = new DataOutputStream(new BufferedOutputStream(process.getOutputStream(), 1 << 16));
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
        command.add("-XX:+ExitOnOutOfMemoryError");
        command.add("-Djava.awt.headless=true");
        command.add("-Dfile.encoding=UTF-8");
        command.addAll(jvmArgs);
        // stdout carries the frames: the JVM's own logging (which -Xlog options in JAVA_TOOL_OPTIONS or in the
        // arguments above would send to stdout) is turned off, then its warnings go to stderr
        command.add("-Xlog:disable");
        command.add("-Xlog:all=warning:stderr");
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.add(WorkerMain.class.getName());
        command.add(Long.toString(config.maxBytes()));
        command.add(Integer.toString(config.maxChars()));
        command.add(Boolean.toString(config.ocr()));
        final ProcessBuilder builder = new ProcessBuilder(command);
        builder.redirectError(log == null ? ProcessBuilder.Redirect.DISCARD : ProcessBuilder.Redirect.appendTo(log));
        return new WorkerProcess(builder.start());
    }

    private static String javaBinary() {
        return System.getProperty("java.home") + File.separator + "bin" + File.separator + "java";
    }

    /** Blocks until the worker has built its parser. */
    void awaitReady() throws IOException {
        if (!ready) {
            Frames.read(in);
            ready = true;
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

    /** Closes stdin (the worker exits by itself), then kills it if it lingers. */
    void stop() {
        try {
            out.close();
        } catch (IOException e) {
            process.destroyForcibly();
        }
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
