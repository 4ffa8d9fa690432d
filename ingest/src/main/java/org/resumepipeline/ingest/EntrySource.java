package org.resumepipeline.ingest;

import java.io.ByteArrayInputStream;
import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.resumepipeline.model.DocumentKeys;

/**
 * Where entries come from: the files under the inputs (folders walked recursively and sorted, symlinks skipped),
 * each read into an {@link Entry}, and the entries of an archive, streamed by {@link ArchiveWalker}. It reads
 * at most the document size limit (plus one byte) of any file into memory; it judges nothing. Thread-safe for
 * {@link #list} and {@link #read}; {@link #expand} is called in order by one run.
 */
final class EntrySource {
    /** Bytes read of a file over the limit: enough to see a zip signature. */
    private static final int HEAD_BYTES = 4;

    private final String batch;
    private final IngestConfig config;

    EntrySource(final String batch, final IngestConfig config) {
        this.batch = batch;
        this.config = config;
    }

    /** A file found under the inputs. */
    record Input(String name, Path path, boolean hidden) {
    }

    /**
     * @return the regular files under the inputs, in order
     * @throws UncheckedIOException when an input is missing or cannot be listed
     */
    static List<Input> list(final List<Path> inputs) {
        final List<Input> out = new ArrayList<>();
        for (final Path in : inputs) {
            if (Files.isDirectory(in)) {
                final Path root = in.toAbsolutePath().normalize();
                final String prefix = root.getFileName() == null ? "" : root.getFileName() + "/";
                try (Stream<Path> walk = Files.walk(root)) {
                    walk.filter(p -> !p.equals(root)).sorted().forEach(p -> {
                        final String rel = root.relativize(p).toString().replace('\\', '/');
                        if (Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS)) {
                            out.add(new Input(prefix + rel, p, EntryNames.isHidden(rel)));
                        }
                    });
                } catch (IOException e) {
                    throw new UncheckedIOException("cannot list " + in, e);
                }
            } else if (Files.isRegularFile(in)) {
                final String name = in.getFileName().toString();
                out.add(new Input(name, in, EntryNames.isHidden(name)));
            } else {
                throw new UncheckedIOException(new FileNotFoundException("not a file or folder: " + in));
            }
        }
        return out;
    }

    /** @return the size the read-ahead holds in memory for this input (0 for what is not read whole) */
    long aheadBytes(final Input input) {
        if (input.hidden()) {
            return 0;
        }
        final long size = sizeOf(input.path());
        return size <= config.maxDocumentBytes() ? size : 0;
    }

    /**
     * @return the input as an entry: its bytes whole when it fits the limit, else its first bytes
     * @throws UncheckedIOException when the file cannot be read
     */
    Entry read(final Input input) {
        if (input.hidden()) {
            return Entry.hidden(input.name(), 0);
        }
        try {
            final long size = Files.size(input.path());
            if (size <= config.maxDocumentBytes()) {
                return Entry.whole(input.name(), Files.readAllBytes(input.path()));
            }
            final byte[] head = new byte[HEAD_BYTES];
            final int n;
            try (InputStream in = Files.newInputStream(input.path())) {
                n = in.readNBytes(head, 0, head.length);
            }
            return new Entry(input.name(), Arrays.copyOf(head, n), size, 0, false, null, input.path());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + input.path(), e);
        }
    }

    /**
     * Streams the entries of an archive to {@code sink}, from disk when its bytes were not read whole. The archive
     * is refused under its document key (its bytes whole) or, streamed from disk, a key of its name and the bytes
     * read.
     *
     * @param unsniffed true when the archive was too large to sniff whole (a package inside makes it a document)
     * @throws UncheckedIOException when the file cannot be read
     */
    void expand(final Entry archive, final boolean unsniffed, final ArchiveWalker.Sink sink) {
        final ArchiveWalker walker = new ArchiveWalker(batch, config, sink);
        final ArchiveBudget budget = archive.budget() == null ? new ArchiveBudget(config) : archive.budget();
        try {
            if (archive.path() == null) {
                walker.walk(archive.name(), new CountingInputStream(new ByteArrayInputStream(archive.content()),
                        null), () -> DocumentKeys.of(batch, archive.content()), archive.depth(), budget, unsniffed);
                return;
            }
            final MessageDigest digest = Refusals.nameDigest(archive.name());
            try (InputStream in = Files.newInputStream(archive.path())) {
                walker.walk(archive.name(), new CountingInputStream(in, digest), () -> Refusals.keyOf(batch, digest),
                        archive.depth(), budget, unsniffed);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + archive.name(), e);
        }
    }

    private static long sizeOf(final Path path) {
        try {
            return Files.size(path);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + path, e);
        }
    }
}
