package org.resumepipeline.report.render;

import java.util.ArrayList;
import java.util.List;
import org.resumepipeline.model.DocumentResult;
import org.resumepipeline.model.FailureCategory;
import org.resumepipeline.report.BatchReport;

/**
 * The batch report as CSV (RFC 4180: comma separated, CRLF line ends, fields quoted when they hold a comma, quote
 * or line break, quotes doubled), one row per candidate in ranking order under a header row.
 *
 * <p>Columns: {@code rank, file, status, score, grade, [job_match,] top_findings, failure_reason, failure_message,
 * key, low_coverage, failure_category, what_to_do}: columns are only ever added at the end, so scripts reading
 * columns by position keep working. {@code low_coverage} is
 * {@code LOW_COVERAGE 38%} when the extractor could not read the resume well (its structure covers 38% of the
 * text), empty otherwise. {@code failure_category} is the failure's {@code FailureCategory} ({@code FIX_THE_FILE},
 * {@code RETRY}, {@code OUR_BUG}) and {@code what_to_do} its next step; both empty for a scored document. {@code job_match} is present only when the batch has a job description or a document has a job match.
 * {@code top_findings} holds up to three rule ids separated by {@code ;}, most severe first (error, warn, info),
 * then most frequent. Text cells that a spreadsheet would run as a formula (starting with {@code = + - @}, tab or
 * carriage return) are prefixed with an apostrophe. Stateless and thread-safe.
 */
public final class CsvReport {
    /** How many rule ids the top_findings column lists. */
    public static final int TOP_FINDINGS = 3;

    private static final String CRLF = "\r\n";

    private CsvReport() {
    }

    /**
     * @param report a batch report (documents already ranked)
     * @return the CSV text
     */
    public static String render(final BatchReport report) {
        final boolean jobMatch = JobMatchColumn.shown(report);
        final StringBuilder out = new StringBuilder(256 + 128 * report.documents().size());
        row(out, header(jobMatch));
        int rank = 0;
        for (final DocumentResult doc : report.documents()) {
            row(out, cells(++rank, doc, jobMatch));
        }
        return out.toString();
    }

    private static List<String> header(final boolean jobMatch) {
        final List<String> h = new ArrayList<>(List.of("rank", "file", "status", "score", "grade"));
        if (jobMatch) {
            h.add("job_match");
        }
        h.addAll(List.of("top_findings", "failure_reason", "failure_message", "key", "low_coverage",
                "failure_category", "what_to_do"));
        return h;
    }

    private static List<String> cells(final int rank, final DocumentResult doc, final boolean jobMatch) {
        final List<String> c = new ArrayList<>();
        c.add(Integer.toString(rank));
        c.add(text(doc.file()));
        c.add(text(doc.status()));
        c.add(doc.score() == null ? "" : Integer.toString(doc.score()));
        c.add(text(doc.grade()));
        if (jobMatch) {
            c.add(doc.jobMatch() == null ? "" : Integer.toString(doc.jobMatch().score()));
        }
        c.add(text(String.join(";", DocumentFindings.topRules(doc, TOP_FINDINGS))));
        c.add(doc.failure() == null || doc.failure().reason() == null ? "" : doc.failure().reason().name());
        c.add(doc.failure() == null ? "" : text(doc.failure().message()));
        c.add(text(doc.key()));
        c.add(text(doc.lowCoverageNote()));
        final FailureCategory category = doc.failure() == null ? null : doc.failure().category();
        c.add(category == null ? "" : category.name());
        c.add(category == null ? "" : category.whatToDo());
        return c;
    }

    /** Neutralizes spreadsheet formulas in untrusted text. */
    private static String text(final String s) {
        if (s == null || s.isEmpty()) {
            return "";
        }
        final char first = s.charAt(0);
        return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r'
                ? "'" + s : s;
    }

    private static void row(final StringBuilder out, final List<String> cells) {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                out.append(',');
            }
            out.append(quote(cells.get(i)));
        }
        out.append(CRLF);
    }

    /** @return the field quoted per RFC 4180 when it needs to be */
    static String quote(final String field) {
        if (field.indexOf(',') < 0 && field.indexOf('"') < 0 && field.indexOf('\n') < 0 && field.indexOf('\r') < 0) {
            return field;
        }
        return '"' + field.replace("\"", "\"\"") + '"';
    }
}
