package org.resumepipeline.report;

import java.util.Comparator;
import java.util.List;
import org.resumepipeline.model.DocumentResult;

/**
 * The batch report (public schema): {@code {"batch", "documents": [DOC, ...]}}, extended with a summary.
 * Documents are ranked: scored by score descending, then failed; ties by file name and key.
 *
 * @param batch     batch name
 * @param documents the DOCs, ranked
 * @param summary   the batch aggregate
 * @param jobDescription the batch's job description, or null
 */
public record BatchReport(String batch, List<DocumentResult> documents, BatchAggregate summary,
                          String jobDescription) {
    /** The ranking order of the report. */
    public static final Comparator<DocumentResult> RANKING = Comparator
            .comparing((DocumentResult d) -> d.isScored() ? 0 : 1)
            .thenComparing(d -> d.score() == null ? 0 : -d.score())
            .thenComparing(d -> d.file() == null ? "" : d.file())
            .thenComparing(DocumentResult::key);

    public BatchReport {
        documents = documents.stream().sorted(RANKING).toList();
    }
}
