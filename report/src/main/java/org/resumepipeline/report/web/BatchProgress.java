package org.resumepipeline.report.web;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.resumepipeline.model.DocumentResult;
import org.resumepipeline.report.BatchReport;
import org.resumepipeline.report.render.DocumentFindings;

/**
 * What {@code GET /batches/{b}/progress.json} answers to the live batch page: how many documents extraction has
 * read, how many are scored and failed, and one row per document in ranking order. {@code known} counts every
 * document the report has seen (read or with a result); the page adds the uploads it made itself to say how many
 * were received.
 *
 * @param batch          batch name
 * @param jobDescription true when the batch has a job description
 * @param known          documents the report has seen
 * @param extracted      documents extraction has read (scored ones included)
 * @param scored         documents scored
 * @param failed         documents that failed, refusals at upload included
 * @param documents      the rows, ranked
 */
record BatchProgress(String batch, boolean jobDescription, int known, int extracted, int scored, int failed,
                     List<Row> documents) {
    /**
     * One candidate row.
     *
     * @param key       document key
     * @param id        the key's hash part, for the candidate page's URL
     * @param rank      1-based rank
     * @param file      file name
     * @param status    scored or failed
     * @param score     resume score, or null
     * @param grade     grade, or null
     * @param jobMatch  job match percent, or null
     * @param coverage  the low-coverage note ("LOW_COVERAGE 38%"), or null
     * @param findings  the top rules, most frequent first
     * @param reason    the failure reason code, or null
     * @param message   the failure message, or null
     * @param advice    what to do about the failure, or null
     * @param category  the failure's category (FIX_THE_FILE, RETRY, OUR_BUG), or null
     * @param nextStep  what to do about any failure of that category, or null
     */
    record Row(String key, String id, int rank, String file, String status, Integer score, String grade,
               Integer jobMatch, String coverage, List<String> findings, String reason, String message,
               String advice, String category, String nextStep) {
    }

    static final int TOP_FINDINGS = 3;

    static BatchProgress of(final BatchReport report, final List<String> extractedKeys) {
        final List<Row> rows = new ArrayList<>();
        final Set<String> known = new LinkedHashSet<>(extractedKeys);
        int scored = 0;
        int failed = 0;
        int rank = 0;
        for (final DocumentResult d : report.documents()) {
            known.add(d.key());
            if (d.isScored()) {
                scored++;
            } else {
                failed++;
            }
            final var f = d.failure();
            rows.add(new Row(d.key(), WebRoutes.idOf(d.key()), ++rank, d.file(), d.status(), d.score(), d.grade(),
                    d.jobMatch() == null ? null : d.jobMatch().score(), d.lowCoverageNote(),
                    DocumentFindings.topRules(d, TOP_FINDINGS),
                    f == null || f.reason() == null ? null : f.reason().name(), f == null ? null : f.message(),
                    f == null || f.reason() == null ? null : f.reason().advice(),
                    f == null || f.category() == null ? null : f.category().name(),
                    f == null || f.category() == null ? null : f.category().whatToDo()));
        }
        final int extracted = Math.max(extractedKeys.size(), scored);
        return new BatchProgress(report.batch(), report.jobDescription() != null
                && !report.jobDescription().isBlank(), known.size(), extracted, scored, failed, rows);
    }
}
