package org.resumepipeline.report.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.resumepipeline.model.DocumentResult;
import org.resumepipeline.model.Finding;
import org.resumepipeline.model.FailureCategory;
import org.resumepipeline.model.FailureReason;
import org.resumepipeline.report.BatchAggregate;
import org.resumepipeline.report.BatchReport;

class HtmlReportTest {
    private final String html = HtmlReport.render(ReportFixtures.report());

    @Test
    void shouldEscapeHostileResumeText() {
        assertThat(html).doesNotContain("<script>window").doesNotContain("<img").doesNotContain("bob<script>")
                .doesNotContain("<b>markup</b>").doesNotContain("Developer <i>");
        assertThat(count(html, "<script")).isEqualTo(1);
        assertThat(html).contains("&lt;script&gt;</mark>window.__pwned=1&lt;/script&gt;&lt;img src=x")
                .contains("onerror=&quot;window.__pwned=2&quot;&gt;")
                .contains("Led &#39;quotes&#39; &amp; ampersands")
                .contains("bob&lt;script&gt;.docx")
                .contains("Looks like &lt;b&gt;markup&lt;/b&gt;")
                .contains("Developer &lt;i&gt;");
    }

    @Test
    void shouldShowLowCoverageWithItsFigureBesideTheScoreOfTheResumeWeCouldNotReadWell() {
        final Matcher row = Pattern.compile("<tr class=\"candidate scored\" id=\"doc-3\">.*?</tr>", Pattern.DOTALL)
                .matcher(html);
        assertThat(row.find()).isTrue();
        final String scoreCell = row.group().replaceAll("(?s).*?<td class=\"num\">31 (.*?)</td>.*", "$1");
        assertThat(scoreCell).contains("<span class=\"badge low-coverage\" title=\"We could not read this resume "
                + "well: the structure found covers 38% of its text, so its score may be too low. Check the file "
                + "itself (LOW_COVERAGE 38%).\">Low coverage: 38% of the text read</span>");
        assertThat(count(html, "badge low-coverage")).as("only the document with the warning").isEqualTo(1);
    }

    @Test
    void shouldEscapeTheLowCoverageBadgeAndShowItWithoutAFigureWhenCoverageIsUnknown() {
        final DocumentResult weak = ReportFixtures.weak();
        final DocumentResult noFigure = new DocumentResult(weak.key(), weak.file(), weak.status(),
                weak.failure(), weak.rulesetVersion(), weak.score(), weak.grade(), weak.pages(), weak.contact(),
                weak.roles(), weak.skills(), weak.education(), weak.findings(), weak.warnings(), weak.batch(),
                weak.uploadedAt(), weak.projects(), weak.signalCoverage(), null, weak.extractorVersion(), null);

        final String badge = Badges.lowCoverage(noFigure);

        assertThat(badge).isEqualTo("<span class=\"badge low-coverage\" title=\"We could not read this resume "
                + "well, so its score may be too low. Check the file itself (LOW_COVERAGE).\">Low coverage</span>");
        assertThat(Badges.lowCoverage(ReportFixtures.strong())).isEmpty();
        assertThat(HtmlReport.render(new BatchReport("b", List.of(noFigure),
                ReportFixtures.aggregate(List.of(noFigure)), null)))
                .contains("bob&lt;script&gt;.docx").doesNotContain("bob<script>").contains(badge);
    }

    @Test
    void shouldHighlightOverlappingSpansWithoutNestingMarks() {
        final String bullet = SpanHighlighter.highlight(ReportFixtures.OVERLAP_BULLET, ReportFixtures.weak().roles()
                .get(0).bullets().get(0).findings());

        assertThat(stripTags(bullet)).isEqualTo(ReportFixtures.OVERLAP_BULLET);
        final List<String> marks = marks(bullet);
        assertThat(marks).containsExactly("Worked on", "services and ", "improved ", "performance");
        assertThat(bullet).contains("<mark class=\"sev-error\" data-rules=\"WEAK_OPENER\" "
                + "title=\"WEAK_OPENER (error): Opens with an activity\">Worked on</mark>");
        assertThat(bullet).contains("<mark class=\"sev-warn overlap\" data-rules=\"PASSIVE VAGUE\" "
                + "title=\"PASSIVE (info): Reads as passive\nVAGUE (warn): Vague improvement\">improved </mark>");
        assertThat(bullet).doesNotContainPattern("<mark[^>]*>[^<]*<mark");
    }

    @Test
    void shouldIgnoreEmptyReversedAndClampOutOfRangeSpans() {
        final String out = SpanHighlighter.highlight("short", List.of(
                new Finding("A", "warn", "m", 3, 3, null), new Finding("B", "warn", "m", 4, 2, null),
                new Finding("C", "info", "m", -5, 2, null), new Finding("D", "error", "m", 4, 99, null)));

        assertThat(marks(out)).containsExactly("sh", "t");
        assertThat(stripTags(out)).isEqualTo("short");
    }

    @Test
    void shouldRankCandidatesWithStableToggleIdsAndCollapsedDetails() {
        assertThat(html.indexOf("alice.pdf")).isLessThan(html.indexOf("Smith, &quot;Jr&quot; resume.html"));
        assertThat(html.indexOf("id=\"doc-2\"")).isLessThan(html.indexOf("id=\"doc-3\""));
        for (int i = 1; i <= 4; i++) {
            assertThat(html).contains("<button type=\"button\" class=\"toggle\" id=\"doc-" + i
                    + "-toggle\" aria-expanded=\"false\" aria-controls=\"doc-" + i + "-details\">");
            assertThat(html).contains("<tr class=\"details\" id=\"doc-" + i + "-details\" hidden>");
        }
        assertThat(section(html, "doc-1", "doc-2")).contains("alice.pdf").contains("86").contains("grade-strong");
        assertThat(section(html, "doc-3", "doc-4")).contains("grade-weak");
        assertThat(section(html, "id=\"doc-4\"", "</tbody>")).contains("grade-failed").contains("ENCRYPTED");
    }

    @Test
    void shouldBeAccessibleTables() {
        assertThat(html).startsWith("<!DOCTYPE html>").contains("<html lang=\"en\">")
                .contains("<caption>Candidates ranked by resume score (4)</caption>")
                .contains("<th scope=\"col\">Candidate file</th>").contains("<th scope=\"row\">alice.pdf</th>")
                .contains("<span class=\"vh\"> for alice.pdf</span>");
        assertThat(count(html, "<table")).isEqualTo(count(html, "<caption>"));
        for (final String tag : List.of("table", "tr", "td", "th", "mark", "section", "ul", "ol", "li", "button")) {
            assertThat(count(html, "<" + tag + "[ >]")).as(tag).isEqualTo(count(html, "</" + tag + ">"));
        }
    }

    @Test
    void shouldListFailuresWithReasonAndWhatToDo() {
        final String failures = section(html, "id=\"failures-heading\"", "</section>");
        assertThat(failures).contains("locked.pdf").contains("ENCRYPTED")
                .contains(FailureReason.ENCRYPTED.advice())
                .contains("<strong>Category: </strong><code class=\"rule\">FIX_THE_FILE</code> "
                        + FailureCategory.FIX_THE_FILE.whatToDo());
        assertThat(section(html, "Failures by reason", "</table>")).contains("ENCRYPTED")
                .contains(FailureReason.ENCRYPTED.advice());
    }

    @Test
    void shouldShowSummaryCountsMeanScoreRulesAndVersions() {
        final String summary = section(html, "id=\"summary-heading\"", "</section>");
        assertThat(summary).contains("<dt>Documents</dt><dd>4</dd>").contains("<dt>Scored</dt><dd>3</dd>")
                .contains("<dt>Failed</dt><dd>1</dd>").contains("<dt>Mean score</dt><dd>57.3</dd>")
                .contains("<dt>Grade strong</dt><dd>1</dd>").contains("<dt>Grade weak</dt><dd>1</dd>")
                .contains("<th scope=\"row\">v1abc</th><td class=\"num\">3</td>")
                .contains("<th scope=\"row\">VAGUE</th><td class=\"num\">2</td>")
                .contains("Backend engineer: Java, Kafka, Redis, Go");
    }

    @Test
    void shouldShowBulletsFindingsSuggestionsAndSignalsInDetails() {
        final String strong = section(html, "id=\"doc-1-details\"", "id=\"doc-2\"");
        assertThat(strong).contains("Senior Backend Engineer").contains("Acme")
                .contains("<code class=\"rule\">ACTION_VERB</code> &ldquo;Cut&rdquo;")
                .contains("<code class=\"rule\">METRIC</code> &ldquo;900 ms&rdquo;")
                .contains("Suggestion:</strong> Start with the verb: &quot;Led the migration ...&quot;")
                .contains("Job match: 75%").contains("Missing: go")
                .contains("covered: performance; not covered: security")
                .contains("https://github.com/alice").doesNotContain("href=\"https://github.com/alice");
        final String weak = section(html, "id=\"doc-3-details\"", "id=\"doc-4\"");
        assertThat(weak).contains("Suggestion:</strong> Remove &quot;tags&quot; &amp; code")
                .contains("<code class=\"rule\">ACTION_VERB</code> &ldquo;Led&rdquo;");
    }

    @Test
    void shouldShowJobMatchColumnOnlyWithAJob() {
        assertThat(html).contains("<th scope=\"col\" class=\"num\">Job match</th>").contains(">75%</td>");
        assertThat(HtmlReport.render(ReportFixtures.reportWithoutJob())).doesNotContain("Job match");
    }

    @Test
    void shouldAllowOnlyItsOwnInlineScriptAndStyle() {
        assertThat(html).contains("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none';")
                .containsPattern("script-src 'sha256-[A-Za-z0-9+/=]+'")
                .doesNotContain("<link").doesNotContain("src=\"http").doesNotContain(" style=\"");
    }

    @Test
    void shouldRenderIndexWithCountsProgressAndEscapedLinks() {
        final BatchAggregate agg = ReportFixtures.aggregate(ReportFixtures.documents());
        final BatchAggregate other = BatchAggregate.empty("older");

        final String index = HtmlReport.renderIndex(List.of(other, agg));

        assertThat(index).contains("<caption>Batches (2), newest first</caption>")
                .contains("<a href=\"/batches/spring-2025/report.html\">spring-2025</a>")
                .contains("<progress id=\"batch-1-ruleset-1\" max=\"3\" value=\"3\"></progress>")
                .contains("<label for=\"batch-1-ruleset-1\">").contains("nothing scored yet")
                .contains("<td class=\"num\">57.3</td>");
        assertThat(index.indexOf("spring-2025")).isLessThan(index.indexOf("older"));
        assertThat(HtmlReport.renderIndex(List.of(agg), b -> "/r?b=" + b + "&x=\"1\""))
                .contains("href=\"/r?b=spring-2025&amp;x=&quot;1&quot;\"");
        assertThat(HtmlReport.renderIndex(List.of())).contains("No batches yet");
    }

    private static int count(final String text, final String regex) {
        final Matcher m = Pattern.compile(regex).matcher(text);
        int n = 0;
        while (m.find()) {
            n++;
        }
        return n;
    }

    private static List<String> marks(final String html) {
        return Pattern.compile("<mark[^>]*>([^<]*)</mark>").matcher(html).results().map(r -> r.group(1)).toList();
    }

    private static String stripTags(final String html) {
        return html.replaceAll("<[^>]+>", "").replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"")
                .replace("&#39;", "'").replace("&amp;", "&");
    }

    private static String section(final String text, final String from, final String to) {
        final int start = text.indexOf(from);
        assertThat(start).as("marker %s", from).isNotNegative();
        final int end = text.indexOf(to, start + from.length());
        return end < 0 ? text.substring(start) : text.substring(start, end);
    }
}
