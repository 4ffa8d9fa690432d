package org.resumepipeline.report.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.resumepipeline.report.BatchReport;
import org.resumepipeline.report.render.HtmlReport;

/**
 * {@code GET /batches/{b}}: the live batch page. Progress (received, extracted, scored, failed) updates without a
 * reload in a live region; the table whose caption starts with "Candidates" lists one row per document, ranked,
 * sortable by its column buttons and filterable by grade, status, minimum score, minimum job match and text; rows
 * can be selected (or every candidate above a score) into a shortlist that exports as CSV or JSON, and two selected
 * candidates can be compared. {@code batch.js} polls {@code /batches/{b}/progress.json} and renders the rows with
 * text nodes only. The charts are drawn here, and reloaded as a fragment while documents arrive. Thread-safe.
 */
final class BatchPage {
    private BatchPage() {
    }

    /**
     * @param batch  the batch name, valid
     * @param report its report so far (before the first result: no DOCs, the batch's settings), or null when
     *               nothing is known of it yet
     */
    static String body(final String batch, final BatchReport report) {
        final String b = HtmlReport.escape(batch);
        final String path = "/batches/" + URLEncoder.encode(batch, StandardCharsets.UTF_8);
        final StringBuilder out = new StringBuilder("<h1>Batch <span class=\"batch-name\">").append(b)
                .append("</span></h1>\n<div id=\"batch\" data-batch=\"").append(b).append("\" data-path=\"")
                .append(HtmlReport.escape(path)).append("\"></div>\n");
        if (report != null) {
            out.append(org.resumepipeline.report.render.BlindNotice.render(report));
        }
        if (report != null && report.jobDescription() != null && !report.jobDescription().isBlank()) {
            out.append("<details class=\"job\"><summary>Job description</summary><p class=\"job-text\">")
                    .append(HtmlReport.escape(report.jobDescription())).append("</p></details>\n");
        }
        out.append("""
                <section aria-labelledby="progress-heading" class="progress">
                <h2 id="progress-heading">Progress</h2>
                <dl class="cards">
                <div><dt>Received</dt><dd id="count-received">0</dd></div>
                <div><dt>Extracted</dt><dd id="count-extracted">0</dd></div>
                <div><dt>Scored</dt><dd id="count-scored">0</dd></div>
                <div><dt>Failed</dt><dd id="count-failed">0</dd></div>
                </dl>
                <p><label for="batch-progress">Documents with a result</label>
                <progress id="batch-progress" max="1" value="0"></progress></p>
                <p id="progress-status" role="status" aria-live="polite" class="status">Waiting for the first \
                results…</p>
                </section>
                <section aria-labelledby="candidates-heading">
                <h2 id="candidates-heading">Candidates</h2>
                <form id="filters" class="filters" role="search" aria-label="Filter candidates">
                <div><label for="filter-grade">Grade</label>
                <select id="filter-grade"><option value="">Any</option><option value="strong">strong</option>\
                <option value="fair">fair</option><option value="weak">weak</option></select></div>
                <div><label for="filter-status">Status</label>
                <select id="filter-status"><option value="">Any</option><option value="scored">scored</option>\
                <option value="failed">failed</option></select></div>
                <div><label for="filter-min-score">Minimum score</label>
                <input id="filter-min-score" type="number" min="0" max="100" step="1" inputmode="numeric"></div>
                <div><label for="filter-min-match">Minimum job match</label>
                <input id="filter-min-match" type="number" min="0" max="100" step="1" inputmode="numeric"></div>
                <div class="grow"><label for="filter-text">Search</label>
                <input id="filter-text" type="search" placeholder="file name, rule or reason"></div>
                </form>
                <div class="shortlist" role="group" aria-labelledby="shortlist-heading">
                <h3 id="shortlist-heading">Shortlist</h3>
                <p><label for="select-above">Select all with a score of at least</label>
                <input id="select-above" type="number" min="0" max="100" step="1" value="70" inputmode="numeric">
                <button type="button" id="select-above-button">Select</button>
                <button type="button" id="select-none">Clear the selection</button></p>
                <p><span id="selected-count">0</span> selected.
                <a id="compare-link" class="button" aria-disabled="true">Compare the two selected</a>
                <a id="export-csv" class="button" download>Export shortlist as CSV</a>
                <a id="export-json" class="button" download>Export shortlist as JSON</a></p>
                </div>
                <table id="candidates" class="candidates">
                <caption>Candidates ranked by resume score (<span id="shown-count">0</span> shown of \
                <span id="total-count">0</span>)</caption>
                <thead><tr>
                <th scope="col">Select</th>
                <th scope="col" class="num" aria-sort="ascending"><button type="button" data-sort="rank">Rank</button></th>
                <th scope="col"><button type="button" data-sort="file">Candidate file</button></th>
                <th scope="col"><button type="button" data-sort="status">Status</button></th>
                <th scope="col" class="num"><button type="button" data-sort="score">Score</button></th>
                <th scope="col"><button type="button" data-sort="grade">Grade</button></th>
                <th scope="col" class="num"><button type="button" data-sort="jobMatch">Job match</button></th>
                <th scope="col">Top findings or failure</th>
                </tr></thead>
                <tbody id="candidate-rows"></tbody>
                </table>
                <p id="no-rows" class="muted" hidden>No candidate matches the filters.</p>
                </section>
                <section aria-labelledby="failures-heading" id="failures-section" hidden>
                <h2 id="failures-heading">Documents that could not be read (<span id="failure-count">0</span>)</h2>
                <ul id="failures" class="failures"></ul>
                </section>
                <section aria-labelledby="charts-heading">
                <h2 id="charts-heading">Pictures</h2>
                <div id="charts">
                """);
        out.append(report == null || report.documents().isEmpty()
                ? "<p class=\"muted\">The charts appear with the first results.</p>\n"
                : BatchCharts.render(report));
        out.append("</div>\n</section>\n<p class=\"meta\">The same report as <a href=\"").append(path)
                .append("/report.html\">a printable page</a>, <a href=\"").append(path)
                .append("/report.json\">JSON</a> or <a href=\"").append(path).append("/report.csv\">CSV</a>.</p>\n");
        return out.toString();
    }
}
