package org.resumepipeline.ingest;

import java.nio.file.Path;

/**
 * One thing ingest judges: a file given directly, an upload, or an entry of an archive. Its bytes are read whole
 * when it fits the document size limit, and only a prefix otherwise (enough to key the refusal, or to see that a
 * file on disk is a zip to stream). Immutable (the bytes are not copied).
 *
 * @param name    display name ({@code folder/cv.pdf}, {@code cvs.zip!/cv.pdf})
 * @param content the bytes read: all of them when {@code content.length == size}, else a prefix
 * @param size    the real size in bytes
 * @param depth   0 for a file given directly; an archive's entries are one deeper than the archive
 * @param hidden  a hidden or system file (dotfile, {@code __MACOSX}, {@code Thumbs.db})
 * @param budget  what the enclosing top-level archive may still expand to; null outside archives
 * @param path    the file on disk when its bytes were not read whole; null otherwise
 */
record Entry(String name, byte[] content, long size, int depth, boolean hidden, ArchiveBudget budget, Path path) {
    private static final byte[] NONE = new byte[0];

    /** A file or upload whose bytes are all in memory. */
    static Entry whole(final String name, final byte[] content) {
        return new Entry(name, content, content.length, 0, false, null, null);
    }

    /** A hidden or system file: its bytes are never read. */
    static Entry hidden(final String name, final int depth) {
        return new Entry(name, NONE, 0, depth, true, null, null);
    }
}
