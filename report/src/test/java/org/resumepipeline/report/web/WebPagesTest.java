package org.resumepipeline.report.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.resumepipeline.model.DocumentResult;
import org.resumepipeline.model.FailureCategory;
import org.resumepipeline.report.BatchReport;
import org.resumepipeline.report.render.ReportFixtures;

/** The web app's pages as HTML: the contract names, escaping, and nothing the Content-Security-Policy would block. */
class WebPagesTest {
    private static final Pattern LABEL = Pattern.compile("<label for=\"([^\"]+)\"[^>]*>([^<]+)</label>");

    @Test
    void shouldLabelTheStartPageControlsWithTheirContractNames() {
        final String page = WebPage.render("Start a batch", null, "upload.js", StartPage.body());
        assertThat(labels(page)).contains("batch-name=Batch name", "job-description=Job description",
                "resumes=Resumes", "blind=Blind review");
        assertThat(page).contains("<input id=\"blind\" name=\"blind\" type=\"checkbox\"").doesNotContain("checked");
        assertThat(page).contains("<input id=\"batch-name\"", "<textarea id=\"job-description\"",
                "<input id=\"resumes\" name=\"resumes\" type=\"file\" multiple", "webkitdirectory",
                "<button type=\"submit\" id=\"upload\" class=\"primary\">Upload</button>",
                "role=\"status\" aria-live=\"polite\"", "<script src=\"/assets/upload.js\" defer></script>");
        assertThat(labels(page)).as("no other label holds a contract name, so label lookups find one control")
                .filteredOn(l -> !l.startsWith("batch-name=") && !l.startsWith("job-description=")
                        && !l.startsWith("resumes="))
                .noneMatch(l -> l.contains("Batch name") || l.contains("Job description") || l.contains("Resumes"));
        assertNothingInline(page);
    }

    @Test
    void shouldListTheRevealsOfABlindBatchOnItsPagesAndNothingForAnOpenOne() {
        final BatchReport open = ReportFixtures.report();
        final BatchReport blind = new BatchReport(open.batch(), open.documents(), open.summary(), null, true,
                List.of(new org.resumepipeline.model.Reveal("r1", open.batch(), open.batch() + "/aaa",
                        "Candidate 7F3A", "<b>lee</b> (token 1a2b3c4d)", 1_700_000_000_000L)));
        final String page = BatchPage.body(blind.batch(), blind);
        assertThat(page).contains("<h2 id=\"blind-heading\">Blind review</h2>", "Reveals (1)", "Candidate 7F3A",
                "&lt;b&gt;lee&lt;/b&gt; (token 1a2b3c4d)", "2023-11-14 22:13 UTC").doesNotContain("<b>lee");
        assertThat(org.resumepipeline.report.render.HtmlReport.render(blind)).contains("Reveals (1)");
        assertThat(BatchPage.body(open.batch(), open)).doesNotContain("blind-heading");
    }

    @Test
    void shouldShowABlindBatchsNoticeAndJobBeforeItsFirstResultWithoutCharts() {
        final BatchReport settings = new BatchReport("b", List.of(),
                org.resumepipeline.report.BatchAggregate.empty("b"), "Java and Kafka", true, List.of());
        assertThat(BatchPage.body("b", settings)).contains("<h2 id=\"blind-heading\">Blind review</h2>",
                "No candidate has been revealed.", "Java and Kafka", "The charts appear with the first results.");
    }

    @Test
    void shouldEscapeEveryDocumentTextOnTheBatchCandidateAndComparePages() {
        final BatchReport report = ReportFixtures.report();
        final DocumentResult weak = ReportFixtures.weak();
        final String batch = WebPage.render("Batch", null, "batch.js", BatchPage.body(report.batch(), report));
        final String candidate = WebPage.render(weak.file(), null, null, CandidatePage.body("/batches/b", weak, null));
        final String compare = WebPage.render("Compare", null, null, ComparePage.body("/batches/b", report.batch(),
                List.of(ReportFixtures.strong(), weak)));
        for (final String page : List.of(batch, candidate, compare)) {
            assertThat(page).doesNotContain("<script>", "<img", "<b>markup", "<i>");
            assertNothingInline(page);
        }
        assertThat(candidate).contains("window.__pwned=1&lt;/script&gt;");
        assertThat(compare).contains("window.__pwned=1&lt;/script&gt;");
        assertThat(batch).contains("<caption>Candidates ranked by resume score", "id=\"chart-scores\"",
                "id=\"chart-rules\"", "id=\"chart-coverage\"", "id=\"chart-job\"");
        assertThat(candidate).contains("<h1>bob&lt;script&gt;.docx</h1>", "Suggestion:", "<mark");
        assertThat(compare).contains("alice.pdf", "bob&lt;script&gt;.docx");
    }

    @Test
    void shouldRankTheProgressRowsAndCountWhatWasReadScoredAndFailed() {
        final BatchReport report = ReportFixtures.report();
        final BatchProgress progress = BatchProgress.of(report, List.of(ReportFixtures.BATCH + "/aaa",
                ReportFixtures.BATCH + "/eee"));
        assertThat(progress.scored()).isEqualTo(3);
        assertThat(progress.failed()).isEqualTo(1);
        assertThat(progress.extracted()).isEqualTo(3);
        assertThat(progress.known()).as("4 results and one document only read so far").isEqualTo(5);
        assertThat(progress.documents()).extracting(BatchProgress.Row::file)
                .containsExactly("alice.pdf", ReportFixtures.FAIR_FILE, "bob<script>.docx", "locked.pdf");
        assertThat(progress.documents().get(3).reason()).isEqualTo("ENCRYPTED");
        assertThat(progress.documents().get(3).advice()).isNotBlank();
        assertThat(progress.documents().get(3).category()).isEqualTo("FIX_THE_FILE");
        assertThat(progress.documents().get(3).nextStep()).isEqualTo(FailureCategory.FIX_THE_FILE.whatToDo());
        assertThat(progress.documents().get(0).category()).as("a scored row has no category").isNull();
        assertThat(progress.documents().get(0).id()).isEqualTo("aaa");
        assertThat(progress.documents().get(0).jobMatch()).isEqualTo(75);
    }

    @Test
    void shouldDrawChartsThatSayWhatTheyShow() {
        final String charts = BatchCharts.render(ReportFixtures.report());
        assertThat(charts.split("<svg ", -1)).hasSize(5);
        assertThat(charts).contains("role=\"img\"", "<title id=\"chart-scores-title\">Score distribution</title>",
                "80–89: 1", "30–39: 1", "<title id=\"chart-job-title\">Job match</title>", "go: 0% (0 of 3)");
        assertThat(BatchCharts.render(ReportFixtures.reportWithoutJob())).doesNotContain("chart-job");
    }

    private static List<String> labels(final String page) {
        final Matcher m = LABEL.matcher(page);
        final java.util.ArrayList<String> out = new java.util.ArrayList<>();
        while (m.find()) {
            out.add(m.group(1) + "=" + m.group(2).trim());
        }
        return out;
    }

    /** The policy allows only our own files: no inline script, style attribute or event handler attribute. */
    private static void assertNothingInline(final String page) {
        assertThat(page).doesNotContainPattern("<script(?![^>]*\\ssrc=)").doesNotContain(" style=")
                .doesNotContainPattern("\\son[a-z]+=\"");
    }
}
