package org.resumepipeline.ingest;

import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Set;
import java.util.function.Supplier;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipInputStream;
import org.resumepipeline.model.FailureReason;

/**
 * Streams the entries of a zip archive (one entry in memory at a time, at most the document size limit plus one
 * byte of it) and guards the archive itself against bombs (entry count, total expanded size, compression ratio),
 * zip-slip names and encryption. Hidden entries are drained through the same guards. Entries are handed on
 * unjudged: whether one is too large, hidden or a document is the run's decision. Not thread-safe: one per archive.
 */
final class ArchiveWalker {
    /** Where the entries go. */
    interface Sink {
        /** An entry (or hidden entry) of the archive, as read. */
        void entry(Entry entry);

        /** The archive itself, or an entry of it that cannot be taken out safely, is refused. */
        void refuse(String name, String key, FailureReason reason, String message);
    }

    /** Entry names that open an OOXML or ODF package: a document, not an archive of documents. */
    private static final Set<String> PACKAGE_FIRST_ENTRIES = Set.of("[content_types].xml", "mimetype",
            "_rels/.rels");
    private static final int CHUNK = 64 * 1024;
    private static final Charset LEGACY_NAMES = Charset.isSupported("IBM437")
            ? Charset.forName("IBM437") : StandardCharsets.UTF_8;

    private final String batch;
    private final IngestConfig config;
    private final Sink sink;
    private final byte[] chunk = new byte[CHUNK];

    ArchiveWalker(final String batch, final IngestConfig config, final Sink sink) {
        this.batch = batch;
        this.config = config;
        this.sink = sink;
    }

    /**
     * Walks one archive; refuses the archive itself (and stops) on a bomb, an encrypted entry or damage.
     *
     * @param name       display name of the archive
     * @param raw        the archive bytes, counted (and maybe digested) as read
     * @param archiveKey the key to refuse the archive under, asked for only when it is refused
     * @param depth      nesting depth of the archive (0 for an archive given directly)
     * @param budget     what the top-level archive may still expand to
     * @param tooLargeIfPackage true when the archive was too large to sniff whole: a first entry that opens an
     *                          OOXML/ODF package makes it a too-large document
     * @throws IOException when the underlying stream fails (not when its content is damaged)
     */
    void walk(final String name, final CountingInputStream raw, final Supplier<String> archiveKey, final int depth,
              final ArchiveBudget budget, final boolean tooLargeIfPackage) throws IOException {
        // names without the UTF-8 flag are legacy (IBM437) names: shown as they decode, never refused for it
        final ZipInputStream zip = new ZipInputStream(raw, LEGACY_NAMES);
        final long[] expanded = {0};
        boolean first = true;
        try {
            ZipEntry entry;
            while ((entry = zip.getNextEntry()) != null) {
                budget.entry();
                final String entryName = entry.getName();
                if (first && tooLargeIfPackage
                        && PACKAGE_FIRST_ENTRIES.contains(entryName.toLowerCase(Locale.ROOT))) {
                    sink.refuse(name, archiveKey.get(), FailureReason.TOO_LARGE,
                            Refusals.tooLarge(config.maxDocumentBytes()));
                    return;
                }
                first = false;
                final String display = name + "!/" + EntryNames.display(entryName);
                if (entry.isDirectory()) {
                    drain(zip, raw, budget, expanded);
                } else if (EntryNames.isUnsafeEntry(entryName)) {
                    drain(zip, raw, budget, expanded);
                    sink.refuse(display, Refusals.partialKey(batch, display, new byte[0], 0),
                            FailureReason.ARCHIVE_BOMB, Refusals.zipSlip());
                } else if (EntryNames.isHidden(entryName)) {
                    drain(zip, raw, budget, expanded);
                    sink.entry(Entry.hidden(display, depth + 1));
                } else {
                    readEntry(zip, raw, budget, expanded, display, depth);
                }
            }
        } catch (ArchiveBombException e) {
            sink.refuse(name, archiveKey.get(), FailureReason.ARCHIVE_BOMB, Refusals.bomb(e.getMessage()));
        } catch (ZipException e) {
            final boolean encrypted = String.valueOf(e.getMessage()).toLowerCase(Locale.ROOT).contains("encrypt");
            sink.refuse(name, archiveKey.get(), encrypted ? FailureReason.ENCRYPTED : FailureReason.CORRUPT,
                    encrypted ? Refusals.encryptedArchive() : Refusals.corruptArchive());
        } catch (EOFException | IllegalArgumentException e) {
            sink.refuse(name, archiveKey.get(), FailureReason.CORRUPT, Refusals.corruptArchive());
        }
    }

    private void readEntry(final ZipInputStream zip, final CountingInputStream raw, final ArchiveBudget budget,
                           final long[] expanded, final String display, final int depth) throws IOException {
        final int limit = config.maxDocumentBytes();
        final ByteArrayOutputStream out = new ByteArrayOutputStream();
        long size = 0;
        int n;
        while ((n = zip.read(chunk, 0, chunk.length)) > 0) {
            account(n, raw, budget, expanded);
            if (size + n <= limit) {
                out.write(chunk, 0, n);
            } else if (size <= limit) {
                out.write(chunk, 0, (int) (limit + 1 - size));
            }
            size += n;
        }
        sink.entry(new Entry(display, out.toByteArray(), size, depth + 1, false, budget, null));
    }

    private void drain(final ZipInputStream zip, final CountingInputStream raw, final ArchiveBudget budget,
                       final long[] expanded) throws IOException {
        int n;
        while ((n = zip.read(chunk, 0, chunk.length)) > 0) {
            account(n, raw, budget, expanded);
        }
    }

    private void account(final int n, final CountingInputStream raw, final ArchiveBudget budget,
                         final long[] expanded) {
        budget.expand(n);
        expanded[0] += n;
        if (expanded[0] > IngestConfig.RATIO_FLOOR_BYTES
                && expanded[0] > (double) config.maxCompressionRatio() * Math.max(1, raw.count())) {
            throw new ArchiveBombException("it expands more than " + config.maxCompressionRatio()
                    + " times its size");
        }
    }
}
