package org.resumepipeline.extract.worker;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;

/** Length-prefixed frames: a 4-byte big-endian length, then that many bytes. */
final class Frames {
    /** Largest frame accepted (the reply JSON or a document; documents are bounded by maxBytes before). */
    static final int MAX_FRAME = 256 * 1024 * 1024;

    private Frames() {
    }

    static void write(final DataOutputStream out, final byte[] payload) throws IOException {
        out.writeInt(payload.length);
        out.write(payload);
    }

    /**
     * @throws EOFException when the stream ends (the other side died)
     * @throws IOException  on a frame length out of range
     */
    static byte[] read(final DataInputStream in) throws IOException {
        final int length = in.readInt();
        if (length < 0 || length > MAX_FRAME) {
            throw new IOException("bad frame length " + length);
        }
        final byte[] payload = new byte[length];
        in.readFully(payload);
        return payload;
    }
}
