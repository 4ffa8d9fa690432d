package org.resumepipeline.report.render;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import org.resumepipeline.model.DocumentResult;
import org.resumepipeline.report.BatchAggregate;
import org.resumepipeline.report.BatchReport;

/**
 * Server-rendered HTML pages for recruiters: one self-contained page per batch report (inline CSS, a few lines of
 * inline JS, no external resources) and an index of batches.
 *
 * <p>The report page shows a summary (counts by status and grade, mean score, failures by reason with what to do,
 * top rules, ruleset versions), the candidates ranked by score with grade badges, an optional job-match column,
 * the failures, and per candidate an expandable details row with roles, bullets, findings highlighted on their
 * character spans, suggestions and signals. The expand control of the candidate at rank N has
 * {@code id="doc-N-toggle"} and controls {@code id="doc-N-details"}; a URL fragment {@code #doc-N} (or
 * {@code #expand=doc-N}) opens it on load.
 *
 * <p>All text from documents, file names and batch metadata is escaped. Stateless and thread-safe.
 */
public final class HtmlReport {
    /** The default link of a batch in the index: {@code /batches/<batch>/report.html}. */
    public static final Function<String, String> DEFAULT_BATCH_LINK =
            batch -> "/batches/" + URLEncoder.encode(batch, StandardCharsets.UTF_8) + "/report.html";

    private HtmlReport() {
    }

    /**
     * @param report a batch report (documents already ranked)
     * @return the whole HTML document
     */
    public static String render(final BatchReport report) {
        Objects.requireNonNull(report, "report");
        final String body = "<h1>Batch report: " + Html.escape(report.batch()) + "</h1>\n"
                + BlindNotice.render(report)
                + SummarySection.render(report)
                + CandidateTable.render(report)
                + FailureList.render(report);
        return HtmlPage.page("Resume report: " + report.batch(), body);
    }

    /**
     * @param id  an element id prefix for the candidate's headings and roles, e.g. {@code candidate}
     * @param doc the document
     * @return the candidate's details (failure and what to do, or facts, job match, signal coverage, findings, roles
     *         and bullets with findings highlighted and their suggestions), escaped, for another page
     */
    public static String candidateDetails(final String id, final DocumentResult doc) {
        return CandidateDetails.render(id, doc, true);
    }

    /**
     * @param whole false to leave out the file-name heading and the job-match list, for a page that shows both
     *              its own way
     * @return as {@link #candidateDetails(String, DocumentResult)}
     */
    public static String candidateDetails(final String id, final DocumentResult doc, final boolean whole) {
        return CandidateDetails.render(id, doc, whole);
    }

    /** @return the style sheet of the report pages, for pages that serve it as a file */
    public static String styles() {
        return HtmlPage.CSS;
    }

    /**
     * @param text untrusted text
     * @return the text escaped for element content and quoted attributes
     */
    public static String escape(final String text) {
        return Html.escape(text);
    }

    /**
     * @param batches the batch aggregates to list
     * @return the index page, linking each batch with {@link #DEFAULT_BATCH_LINK}
     */
    public static String renderIndex(final List<BatchAggregate> batches) {
        return renderIndex(batches, DEFAULT_BATCH_LINK);
    }

    /**
     * @param batches the batch aggregates to list
     * @param link    batch name -> URL of its HTML report (escaped here)
     * @return the index page
     */
    public static String renderIndex(final List<BatchAggregate> batches, final Function<String, String> link) {
        Objects.requireNonNull(batches, "batches");
        Objects.requireNonNull(link, "link");
        return HtmlPage.page("Resume batches", BatchIndex.render(batches, link));
    }
}
