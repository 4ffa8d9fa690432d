package org.resumepipeline.ingest;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.resumepipeline.model.FailureReason;
import org.resumepipeline.model.Pseudonym;

/**
 * What one ingest did.
 *
 * @param batch        the batch
 * @param acceptedKeys keys of the documents published (each once)
 * @param duplicates   files skipped because the batch already had their bytes
 * @param refusals     files refused at the door (published as failures, not as uploads)
 * @param bytes        bytes published
 * @param millis       wall time
 * @param accepted     the published documents with their names and types (same order as acceptedKeys)
 * @param skipped      hidden and system files skipped (dotfiles, __MACOSX, .DS_Store, Thumbs.db)
 * @param duplicateKeys keys of the duplicates, each once: documents already on resume.uploads (published by an
 *                      earlier run, maybe one that crashed before they were scored) or twice in this run
 * @param unpublished  documents Kafka did not acknowledge (down, or going down during the run), not among the
 *                     accepted; running the same ingest again publishes them, and counts as duplicates any that
 *                     reached the topic without an acknowledgement
 * @param publishError what Kafka said about the first record it did not take (class and message), or null
 * @param earlierKeys  the keys the batch had on resume.uploads before the run (empty when not read): with the run's
 *                     own, they tell apart two documents whose 4-digit pseudonyms collide, as the report does
 */
public record IngestSummary(String batch, List<String> acceptedKeys, int duplicates, List<Refusal> refusals,
                            long bytes, long millis, List<Accepted> accepted, int skipped,
                            List<String> duplicateKeys, List<Accepted> unpublished, String publishError,
                            List<String> earlierKeys) {
    public IngestSummary {
        acceptedKeys = List.copyOf(acceptedKeys);
        refusals = List.copyOf(refusals);
        accepted = List.copyOf(accepted);
        duplicateKeys = List.copyOf(duplicateKeys);
        unpublished = unpublished == null ? List.of() : List.copyOf(unpublished);
        earlierKeys = earlierKeys == null ? List.of() : List.copyOf(earlierKeys);
    }

    /** The summary without the batch's earlier keys (kept for callers of the fourth version). */
    public IngestSummary(final String batch, final List<String> acceptedKeys, final int duplicates,
                         final List<Refusal> refusals, final long bytes, final long millis,
                         final List<Accepted> accepted, final int skipped, final List<String> duplicateKeys,
                         final List<Accepted> unpublished, final String publishError) {
        this(batch, acceptedKeys, duplicates, refusals, bytes, millis, accepted, skipped, duplicateKeys, unpublished,
                publishError, List.of());
    }

    /** The summary of a run Kafka acknowledged in full (kept for callers of the third version). */
    public IngestSummary(final String batch, final List<String> acceptedKeys, final int duplicates,
                         final List<Refusal> refusals, final long bytes, final long millis,
                         final List<Accepted> accepted, final int skipped, final List<String> duplicateKeys) {
        this(batch, acceptedKeys, duplicates, refusals, bytes, millis, accepted, skipped, duplicateKeys, List.of(),
                null);
    }

    /** @return true when every document of the run is on Kafka (published now or before) */
    public boolean complete() {
        return unpublished.isEmpty();
    }

    /** The summary without the duplicates' keys (kept for callers of the second version). */
    public IngestSummary(final String batch, final List<String> acceptedKeys, final int duplicates,
                         final List<Refusal> refusals, final long bytes, final long millis,
                         final List<Accepted> accepted, final int skipped) {
        this(batch, acceptedKeys, duplicates, refusals, bytes, millis, accepted, skipped, List.of());
    }

    /** The summary without file details (kept for callers of the first version). */
    public IngestSummary(final String batch, final List<String> acceptedKeys, final int duplicates,
                         final List<Refusal> refusals, final long bytes, final long millis) {
        this(batch, acceptedKeys, duplicates, refusals, bytes, millis, List.of(), 0, List.of());
    }

    /**
     * @return every key of the inputs that will get a result in the report: accepted, duplicates (their result may
     *         still be on its way: a run that crashed published them) and refused
     */
    public List<String> allKeys() {
        final List<String> all = new ArrayList<>(acceptedKeys);
        all.addAll(duplicateKeys);
        refusals.forEach(r -> all.add(r.key()));
        return all.stream().distinct().toList();
    }

    /** @return refusal counts by reason, in the reasons' declaration order */
    public Map<FailureReason, Integer> refusedByReason() {
        final Map<FailureReason, Integer> counts = new EnumMap<>(FailureReason.class);
        refusals.forEach(r -> counts.merge(r.reason(), 1, Integer::sum));
        return counts;
    }

    /**
     * @return the summary for a terminal: a totals line, one line per refusal reason, then one line per refused
     *         file ({@code  - <file>: <REASON>: <what to do>}); when Kafka did not take every document, a line
     *         saying so with what it said, one line per document not published ({@code  - <file>}) and what to do;
     *         no document content
     */
    public List<String> toLines() {
        return toLines(false);
    }

    /**
     * @return the pseudonym of each document of the batch known to this run, as the report names them
     *         ({@link Pseudonym#forBatch}: 8 digits for two whose 4 collide)
     */
    public Map<String, String> pseudonyms() {
        final Set<String> keys = new LinkedHashSet<>(earlierKeys);
        keys.addAll(allKeys());
        unpublished.forEach(a -> keys.add(a.key()));
        return Pseudonym.forBatch(keys);
    }

    /**
     * @param blind true for a blind batch: each file is named by its candidate's pseudonym ({@link #pseudonyms()}),
     *              never its name, and refusals by their advice, never a message that may quote the file
     * @return as {@link #toLines()}
     */
    public List<String> toLines(final boolean blind) {
        final Map<String, String> names = blind ? pseudonyms() : Map.of();
        final List<String> lines = new ArrayList<>();
        final int files = acceptedKeys.size() + duplicates + refusals.size();
        lines.add(String.format(Locale.ROOT,
                "batch %s: %d accepted (%s), %d duplicate(s), %d refused, %d skipped in %.2f s (%.0f files/s, "
                        + "%.1f MB/s)", batch, acceptedKeys.size(), Sizes.human(bytes), duplicates, refusals.size(),
                skipped, millis / 1000.0, Sizes.perSecond(files, millis),
                Sizes.perSecond(Sizes.mb(bytes), millis)));
        refusedByReason().forEach((reason, n) -> lines.add(String.format(Locale.ROOT, "refused %s: %d", reason, n)));
        refusals.forEach(r -> lines.add("  - " + (blind ? names.get(r.key()) : r.file()) + ": " + r.reason() + ": "
                + (blind ? r.reason().advice() : r.message())));
        if (!unpublished.isEmpty()) {
            lines.add(String.format(Locale.ROOT, "NOT PUBLISHED: %d document(s): Kafka did not acknowledge them (%s)",
                    unpublished.size(), publishError));
            unpublished.forEach(a -> lines.add("  - " + (blind ? names.get(a.key()) : a.file())));
            lines.add("Run the same command again once Kafka is back: it publishes these; documents already on Kafka"
                    + " count as duplicates, never twice.");
        }
        return lines;
    }
}
