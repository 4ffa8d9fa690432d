package org.resumepipeline.cli;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/**
 * HTTP/1.1 by hand over a socket to 127.0.0.1, for the abuse tests: requests no well-behaved client would send, and
 * no client threads of its own in the JVM whose threads are counted.
 */
final class RawHttp {
    private RawHttp() {
    }

    /** A response's status (-1: closed without an answer, -2: nothing within the timeout), head and body. */
    record Response(int status, String head, String body) {
    }

    /** Sends {@code head} (request line and headers, ending in an empty line) and {@code body}; reads the answer. */
    static Response exchange(final int port, final String head, final byte[] body) throws IOException {
        try (Socket s = new Socket("127.0.0.1", port)) {
            final OutputStream out = s.getOutputStream();
            out.write(head.getBytes(StandardCharsets.ISO_8859_1));
            try {
                out.write(body);
                out.flush();
            } catch (IOException e) {
                // the server answered and closed before taking the whole body (a 413 on the declared length)
            }
            return read(s, Duration.ofSeconds(30));
        }
    }

    /**
     * Opens a connection that sends {@code head} (the request line and headers of a request with a body, ending in
     * an empty line) and then nothing: the server's thread that reads the body waits for it.
     */
    static Socket stall(final int port, final String head) throws IOException {
        final Socket s = new Socket("127.0.0.1", port);
        s.getOutputStream().write(head.getBytes(StandardCharsets.ISO_8859_1));
        s.getOutputStream().flush();
        return s;
    }

    /** @return the whole answer on a connection the server closes after it */
    static Response read(final Socket s, final Duration timeout) throws IOException {
        s.setSoTimeout((int) timeout.toMillis());
        final ByteArrayOutputStream all = new ByteArrayOutputStream();
        try {
            final InputStream in = s.getInputStream();
            final byte[] buffer = new byte[8192];
            int n;
            while ((n = in.read(buffer)) != -1) {
                all.write(buffer, 0, n);
            }
        } catch (SocketTimeoutException e) {
            if (all.size() == 0) {
                return new Response(-2, "", "");
            }
        } catch (IOException e) {
            if (all.size() == 0) {
                return new Response(-1, "", "");
            }
        }
        final String text = all.toString(StandardCharsets.UTF_8);
        final int end = text.indexOf("\r\n\r\n");
        final String head = end < 0 ? text : text.substring(0, end);
        final int status = head.startsWith("HTTP/1.1 ") && head.length() >= 12
                ? Integer.parseInt(head.substring(9, 12)) : -1;
        return new Response(status, head, end < 0 ? "" : text.substring(end + 4));
    }

    /** @return live threads of this JVM */
    static long threads() {
        return ManagementFactory.getThreadMXBean().getThreadCount();
    }

    /** @return heap in use right after a full collection */
    static long heapAfterGc() {
        System.gc();
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }
}
