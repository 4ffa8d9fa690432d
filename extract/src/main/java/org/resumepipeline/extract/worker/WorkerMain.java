package org.resumepipeline.extract.worker;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.Channels;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import org.resumepipeline.extract.ExtractConfig;
import org.resumepipeline.extract.Extraction;
import org.resumepipeline.extract.ParseFault;
import org.resumepipeline.extract.TikaResumeParser;
import org.resumepipeline.model.Json;

/**
 * A worker JVM: connects to its parent's Unix domain socket, reads framed requests (file name, media type or empty,
 * bytes) and answers framed JSON {@link WorkerReply}s, one document at a time, until the parent closes the
 * connection. Writes a ready frame (empty) once the parser is built. Its stdout and stderr are only logs: nothing
 * printed there, by the JVM, a parser or a native library, can reach the frames.
 * Arguments: maxBytes maxChars ocr ocrLanguage timeoutMillis socketPath.
 *
 * <p>Test seam: when the system property {@value #STALL_ON} names a file, a request for that file name is never
 * answered (the worker blocks until it is killed), so tests can check the time limit without depending on how fast
 * the machine parses. The property is only ever set by tests, through
 * {@link IsolatedExtractor#IsolatedExtractor(ExtractConfig, java.util.List)}. {@value #CRASH_ON} is the same kind
 * of seam for a worker that dies on a file (as a JVM fault or the OS's OOM killer would end it); with
 * {@value #CRASH_ONCE_MARKER} naming a file that does not exist yet, only the first worker to see the document dies
 * (it creates the marker), so tests can tell a transient crash from a document that kills every worker.
 * {@value #EXIT_ON} names a file on which the worker calls {@code System.exit} (as a parser that exits would), and
 * {@value #OUT_OF_MEMORY_ON} one on which it fills its heap until the JVM runs out of memory.
 */
public final class WorkerMain {
    /** System property of the test seam: a file name the worker never answers for. */
    public static final String STALL_ON = "resumepipeline.extract.worker.stallOn";
    /** System property of a test seam: text the worker writes to file descriptor 1 before each answer. */
    public static final String STDOUT_NOISE = "resumepipeline.extract.worker.stdoutNoise";
    /** System property of a test seam: a file name the worker dies on, with exit code {@value #CRASH_EXIT}. */
    public static final String CRASH_ON = "resumepipeline.extract.worker.crashOn";
    /** System property of a test seam: with {@link #CRASH_ON}, a marker file; only a worker that creates it dies. */
    public static final String CRASH_ONCE_MARKER = "resumepipeline.extract.worker.crashOnceMarker";
    /** The exit code of the {@link #CRASH_ON} seam, as a JVM killed by SIGKILL reports it. */
    public static final int CRASH_EXIT = 137;
    /** System property of a test seam: a file name the worker calls {@code System.exit(EXIT_CODE)} on. */
    public static final String EXIT_ON = "resumepipeline.extract.worker.exitOn";
    /** The exit code of the {@link #EXIT_ON} seam. */
    public static final int EXIT_CODE = 1;
    /** System property of a test seam: a file name the worker fills its heap on, until OutOfMemoryError. */
    public static final String OUT_OF_MEMORY_ON = "resumepipeline.extract.worker.outOfMemoryOn";

    private WorkerMain() {
    }

    public static void main(final String[] args) throws IOException {
        final ExtractConfig config = new ExtractConfig(false, 1, Duration.ofMillis(Long.parseLong(args[4])),
                Long.parseLong(args[0]), Integer.parseInt(args[1]), 0, Boolean.parseBoolean(args[2]), args[3]);
        final TikaResumeParser parser = new TikaResumeParser(config);
        WarmUp.run(parser, 1);
        final String stallOn = System.getProperty(STALL_ON);
        final String noise = System.getProperty(STDOUT_NOISE);
        final String crashOn = System.getProperty(CRASH_ON);
        final String exitOn = System.getProperty(EXIT_ON);
        final String outOfMemoryOn = System.getProperty(OUT_OF_MEMORY_ON);
        final SocketChannel channel = SocketChannel.open(UnixDomainSocketAddress.of(args[5]));
        final DataInputStream in = new DataInputStream(new BufferedInputStream(Channels.newInputStream(channel),
                1 << 16));
        final DataOutputStream out = new DataOutputStream(new BufferedOutputStream(Channels.newOutputStream(channel),
                1 << 16));
        Frames.write(out, new byte[0]);
        out.flush();
        while (true) {
            final String file;
            final String mediaType;
            final byte[] content;
            try {
                file = new String(Frames.read(in), StandardCharsets.UTF_8);
                mediaType = new String(Frames.read(in), StandardCharsets.UTF_8);
                content = Frames.read(in);
            } catch (EOFException e) {
                // the parent closed the connection: normal shutdown
                break;
            }
            if (file.equals(stallOn)) {
                stall();
            }
            if (file.equals(crashOn) && firstToCrash()) {
                Runtime.getRuntime().halt(CRASH_EXIT);
            }
            if (file.equals(exitOn)) {
                System.exit(EXIT_CODE);
            }
            if (file.equals(outOfMemoryOn)) {
                fillHeap();
            }
            if (noise != null) {
                // straight to file descriptor 1, as a native library would print
                final FileOutputStream fd1 = new FileOutputStream(FileDescriptor.out);
                fd1.write(noise.getBytes(StandardCharsets.UTF_8));
                fd1.flush();
            }
            Extraction result;
            try {
                result = parser.parse(file, content, mediaType.isEmpty() ? null : mediaType);
            } catch (RuntimeException | StackOverflowError e) {
                result = Extraction.parseError(ParseFault.of(e, null), null);
            }
            Frames.write(out, Json.MAPPER.writeValueAsBytes(WorkerReply.of(result)));
            out.flush();
        }
        System.exit(0);
    }

    /** The crash seam: true unless a once-only marker is set and another worker has already created it. */
    private static boolean firstToCrash() throws IOException {
        final String marker = System.getProperty(CRASH_ONCE_MARKER);
        if (marker == null) {
            return true;
        }
        try {
            Files.createFile(Path.of(marker));
            return true;
        } catch (FileAlreadyExistsException e) {
            return false;
        }
    }

    /** The test seam: hold on to ever more memory until the heap runs out (the JVM exits on OutOfMemoryError). */
    private static void fillHeap() {
        final java.util.List<long[]> held = new java.util.ArrayList<>();
        while (held.size() < Integer.MAX_VALUE) {
            held.add(new long[1 << 20]);
        }
    }

    /** The test seam: block until the parent kills this process. */
    private static void stall() {
        final CountDownLatch never = new CountDownLatch(1);
        while (true) {
            try {
                never.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }
}
