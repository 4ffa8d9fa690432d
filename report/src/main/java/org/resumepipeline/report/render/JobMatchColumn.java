package org.resumepipeline.report.render;

import org.resumepipeline.report.BatchReport;

/** Whether a report shows a job-match column: the batch has a job description or a document has a match. */
final class JobMatchColumn {
    private JobMatchColumn() {
    }

    static boolean shown(final BatchReport report) {
        return report.jobDescription() != null && !report.jobDescription().isBlank()
                || report.documents().stream().anyMatch(d -> d.jobMatch() != null);
    }
}
