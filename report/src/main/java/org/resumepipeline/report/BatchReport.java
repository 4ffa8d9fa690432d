package org.resumepipeline.report;

import java.util.Comparator;
import java.util.List;
import org.resumepipeline.model.DocumentResult;
import org.resumepipeline.model.Reveal;

/**
 * The batch report (public schema): {@code {"batch", "documents": [DOC, ...]}}, extended with a summary, and for
 * blind batches {@code "blind": true} and the audited {@code "reveals"}. Documents are ranked: scored by score
 * descending, then failed; ties by file name (in a blind batch, the pseudonym) and key.
 *
 * @param batch     batch name
 * @param documents the DOCs, ranked
 * @param summary   the batch aggregate
 * @param jobDescription the batch's job description, or null
 * @param blind     true when the DOCs show pseudonyms instead of identities
 * @param reveals   who revealed which document of the batch, oldest first (never the identity)
 */
public record BatchReport(String batch, List<DocumentResult> documents, BatchAggregate summary,
                          String jobDescription, boolean blind, List<Reveal> reveals) {
    /** The ranking order of the report. */
    public static final Comparator<DocumentResult> RANKING = Comparator
            .comparing((DocumentResult d) -> d.isScored() ? 0 : 1)
            .thenComparing(d -> d.score() == null ? 0 : -d.score())
            .thenComparing(d -> d.file() == null ? "" : d.file())
            .thenComparing(DocumentResult::key);

    public BatchReport {
        documents = documents.stream().sorted(RANKING).toList();
        reveals = reveals == null ? List.of()
                : reveals.stream().sorted(Comparator.comparingLong(Reveal::at).thenComparing(Reveal::id)).toList();
    }

    /** A report of a batch that is not blind. */
    public BatchReport(final String batch, final List<DocumentResult> documents, final BatchAggregate summary,
                       final String jobDescription) {
        this(batch, documents, summary, jobDescription, false, List.of());
    }
}
