package org.resumepipeline.ingest;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.security.MessageDigest;

/** Counts (and optionally digests) the raw bytes an archive reader consumes. Not thread-safe. */
final class CountingInputStream extends FilterInputStream {
    private final MessageDigest digest;
    private long count;

    /** @param digest updated with every byte read, or null */
    CountingInputStream(final InputStream in, final MessageDigest digest) {
        super(in);
        this.digest = digest;
    }

    @Override
    public int read() throws IOException {
        final int b = super.read();
        if (b >= 0) {
            count++;
            if (digest != null) {
                digest.update((byte) b);
            }
        }
        return b;
    }

    @Override
    public int read(final byte[] buf, final int off, final int len) throws IOException {
        final int n = super.read(buf, off, len);
        if (n > 0) {
            count += n;
            if (digest != null) {
                digest.update(buf, off, n);
            }
        }
        return n;
    }

    @Override
    public long skip(final long n) throws IOException {
        final byte[] sink = new byte[(int) Math.min(n, 8192)];
        final int read = read(sink, 0, sink.length);
        return Math.max(read, 0);
    }

    @Override
    public boolean markSupported() {
        return false;
    }

    long count() {
        return count;
    }
}
