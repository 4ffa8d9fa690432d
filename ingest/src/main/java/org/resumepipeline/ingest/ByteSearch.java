package org.resumepipeline.ingest;

/** Finds a short pattern in bytes. Thread-safe. */
final class ByteSearch {
    private ByteSearch() {
    }

    /** @return true when {@code pattern} (not empty) occurs in {@code bytes} */
    static boolean contains(final byte[] bytes, final byte[] pattern) {
        final byte first = pattern[0];
        final int last = bytes.length - pattern.length;
        outer:
        for (int i = 0; i <= last; i++) {
            if (bytes[i] != first) {
                continue;
            }
            for (int j = 1; j < pattern.length; j++) {
                if (bytes[i + j] != pattern[j]) {
                    continue outer;
                }
            }
            return true;
        }
        return false;
    }
}
