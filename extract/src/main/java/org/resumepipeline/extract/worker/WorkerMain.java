package org.resumepipeline.extract.worker;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.FileDescriptor;
import java.io.FileInputStream;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import org.resumepipeline.extract.ExtractConfig;
import org.resumepipeline.extract.Extraction;
import org.resumepipeline.extract.TikaResumeParser;
import org.resumepipeline.model.FailureReason;
import org.resumepipeline.model.Json;

/**
 * A worker JVM: reads framed requests (file name, media type or empty, bytes) on stdin, answers framed JSON {@link WorkerReply} on stdout,
 * one document at a time, until stdin closes. Writes a ready frame (empty) once the parser is built. Anything else
 * that prints to stdout is sent to stderr, so the protocol stream stays clean.
 * Arguments: maxBytes maxChars ocr.
 *
 * <p>Test seam: when the system property {@value #STALL_ON} names a file, a request for that file name is never
 * answered (the worker blocks until it is killed), so tests can check the time limit without depending on how fast
 * the machine parses. The property is only ever set by tests, through
 * {@link IsolatedExtractor#IsolatedExtractor(ExtractConfig, java.util.List)}.
 */
public final class WorkerMain {
    /** System property of the test seam: a file name the worker never answers for. */
    public static final String STALL_ON = "resumepipeline.extract.worker.stallOn";

    private WorkerMain() {
    }

    public static void main(final String[] args) throws IOException {
        final PrintStream protocol = new PrintStream(new FileOutputStream(FileDescriptor.out), false,
                StandardCharsets.UTF_8);
        System.setOut(System.err);
        final ExtractConfig config = new ExtractConfig(false, 1, Duration.ofSeconds(1), Long.parseLong(args[0]),
                Integer.parseInt(args[1]), 0, Boolean.parseBoolean(args[2]));
        final TikaResumeParser parser = new TikaResumeParser(config);
        WarmUp.run(parser, 1);
        final String stallOn = System.getProperty(STALL_ON);
        final DataInputStream in = new DataInputStream(new BufferedInputStream(new FileInputStream(FileDescriptor.in),
                1 << 16));
        final DataOutputStream out = new DataOutputStream(new BufferedOutputStream(protocol, 1 << 16));
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
                // the parent closed our stdin: normal shutdown
                break;
            }
            if (file.equals(stallOn)) {
                stall();
            }
            Extraction result;
            try {
                result = parser.parse(file, content, mediaType.isEmpty() ? null : mediaType);
            } catch (RuntimeException | StackOverflowError e) {
                result = Extraction.failed(FailureReason.PARSE_ERROR, null, null);
            }
            Frames.write(out, Json.MAPPER.writeValueAsBytes(WorkerReply.of(result)));
            out.flush();
        }
        System.exit(0);
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
