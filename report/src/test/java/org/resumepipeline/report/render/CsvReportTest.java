package org.resumepipeline.report.render;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.resumepipeline.model.DocumentResult;
import org.resumepipeline.model.FailureCategory;
import org.resumepipeline.model.Finding;
import org.resumepipeline.model.Json;
import org.resumepipeline.model.ScoredBullet;
import org.resumepipeline.model.ScoredRole;
import org.resumepipeline.report.BatchReport;

class CsvReportTest {

    @Test
    void shouldWriteHeaderAndOneCrlfRowPerCandidate() {
        final String csv = CsvReport.render(ReportFixtures.report());

        final List<List<String>> rows = CsvParser.parse(csv);
        assertThat(rows.get(0)).containsExactly("rank", "file", "status", "score", "grade", "job_match",
                "top_findings", "failure_reason", "failure_message", "key", "low_coverage", "failure_category",
                "what_to_do");
        assertThat(rows).hasSize(1 + ReportFixtures.documents().size());
        assertThat(csv).endsWith("\r\n").doesNotContain("\r\r");
        assertThat(rows).allSatisfy(r -> assertThat(r).hasSize(13));
    }

    @Test
    void shouldAgreeWithTheJsonReportInOrderAndValues() throws Exception {
        final BatchReport report = ReportFixtures.report();
        final JsonNode docs = Json.MAPPER.readTree(Json.MAPPER.writeValueAsBytes(report)).get("documents");

        final List<List<String>> rows = CsvParser.parse(CsvReport.render(report));

        assertThat(rows).hasSize(docs.size() + 1);
        for (int i = 0; i < docs.size(); i++) {
            final JsonNode doc = docs.get(i);
            final List<String> row = rows.get(i + 1);
            assertThat(row.get(0)).isEqualTo(Integer.toString(i + 1));
            assertThat(row.get(1)).isEqualTo(doc.get("file").asText());
            assertThat(row.get(2)).isEqualTo(doc.get("status").asText());
            assertThat(row.get(3)).isEqualTo(doc.get("score").isNull() ? "" : doc.get("score").asText());
            assertThat(row.get(4)).isEqualTo(doc.get("grade").isNull() ? "" : doc.get("grade").asText());
            final JsonNode match = doc.get("jobMatch");
            assertThat(row.get(5)).isEqualTo(match.isNull() ? "" : match.get("score").asText());
            final JsonNode failure = doc.get("failure");
            assertThat(row.get(7)).isEqualTo(failure.isNull() ? "" : failure.get("reason").asText());
            assertThat(row.get(8)).isEqualTo(failure.isNull() ? "" : failure.get("message").asText());
            assertThat(row.get(9)).isEqualTo(doc.get("key").asText());
            assertThat(row.get(11)).isEqualTo(failure.isNull() ? "" : failure.get("category").asText());
        }
        assertThat(rows.stream().skip(1).map(r -> r.get(1)))
                .containsExactly("alice.pdf", ReportFixtures.FAIR_FILE, "bob<script>.docx", "locked.pdf");
    }

    @Test
    void shouldQuoteCommasQuotesAndLineBreaks() {
        assertThat(CsvReport.quote("plain")).isEqualTo("plain");
        assertThat(CsvReport.quote("a,b")).isEqualTo("\"a,b\"");
        assertThat(CsvReport.quote("say \"hi\"")).isEqualTo("\"say \"\"hi\"\"\"");
        assertThat(CsvReport.quote("two\r\nlines")).isEqualTo("\"two\r\nlines\"");
        assertThat(CsvReport.render(ReportFixtures.report())).contains(",\"Smith, \"\"Jr\"\" resume.html\",");
    }

    @Test
    void shouldListTopThreeRulesBySeverityThenFrequency() {
        final List<Finding> findings = List.of(
                finding("PRONOUN", "info"), finding("PRONOUN", "info"), finding("PRONOUN", "info"),
                finding("NO_METRIC", "warn"), finding("VAGUE", "warn"), finding("VAGUE", "warn"),
                finding("PLACEHOLDER", "error"));
        final DocumentResult doc = scored("x.pdf", 50, List.of(new ScoredBullet("text", 50, "fair", findings,
                List.of())));

        final List<List<String>> rows = CsvParser.parse(CsvReport.render(new BatchReport("b", List.of(doc), null,
                null)));

        assertThat(rows.get(0)).doesNotContain("job_match");
        assertThat(rows.get(1).get(5)).isEqualTo("PLACEHOLDER;VAGUE;NO_METRIC");
    }

    @Test
    void shouldOmitJobMatchColumnWithoutJobDescription() {
        final List<List<String>> rows = CsvParser.parse(CsvReport.render(ReportFixtures.reportWithoutJob()));

        assertThat(rows.get(0)).containsExactly("rank", "file", "status", "score", "grade", "top_findings",
                "failure_reason", "failure_message", "key", "low_coverage", "failure_category", "what_to_do");
        assertThat(rows.get(1).get(5)).isEqualTo("NO_SECURITY_SIGNAL;PRONOUN");
        assertThat(rows.get(3).get(5)).isEqualTo("PLACEHOLDER;WEAK_OPENER;VAGUE");
        assertThat(rows.get(4)).containsExactly("4", "locked.pdf", "failed", "", "", "", "ENCRYPTED",
                "The document is password-protected. Save it without a password and upload again.",
                ReportFixtures.BATCH + "/ddd", "", "FIX_THE_FILE", FailureCategory.FIX_THE_FILE.whatToDo());
        assertThat(rows.get(1).subList(10, 12)).as("a scored document has no failure category").containsOnly("");
    }

    @Test
    void shouldAddLowCoverageWithItsFigureAfterTheOlderColumnsKeepingThemInPlace() {
        final List<List<String>> rows = CsvParser.parse(CsvReport.render(ReportFixtures.report()));
        final List<String> header = rows.get(0);

        assertThat(header.get(10)).isEqualTo("low_coverage");
        assertThat(header.subList(11, header.size())).as("later columns only ever come after it")
                .containsExactly("failure_category", "what_to_do");
        assertThat(header.subList(0, 10)).containsExactly("rank", "file", "status", "score", "grade", "job_match",
                "top_findings", "failure_reason", "failure_message", "key");
        final List<String> weak = rows.get(3);
        assertThat(weak.get(1)).isEqualTo("bob<script>.docx");
        assertThat(weak.get(3)).isEqualTo("31");
        assertThat(weak.get(10)).isEqualTo("LOW_COVERAGE 38%");
        assertThat(rows.get(1).get(10)).as("alice reads well").isEmpty();
        assertThat(rows.get(4).get(10)).as("a failure has no coverage").isEmpty();
        assertThat(CsvReport.render(ReportFixtures.report())).contains("/ccc,LOW_COVERAGE 38%,,\r\n");
    }

    @Test
    void shouldNeutralizeSpreadsheetFormulasInFileNames() {
        final DocumentResult doc = scored("=HYPERLINK(\"http://evil\").pdf", 50, List.of());

        final List<List<String>> rows = CsvParser.parse(CsvReport.render(new BatchReport("b", List.of(doc), null,
                null)));

        assertThat(rows.get(1).get(1)).isEqualTo("'=HYPERLINK(\"http://evil\").pdf");
    }

    private static Finding finding(final String rule, final String severity) {
        return new Finding(rule, severity, "m", null, null, "s");
    }

    private static DocumentResult scored(final String file, final int score, final List<ScoredBullet> bullets) {
        return new DocumentResult("b/" + file.hashCode(), file, DocumentResult.SCORED, null, "v1", score, "fair", 1,
                null, List.of(new ScoredRole("t", "c", "d", bullets)), List.of(), List.of(), List.of(), List.of(),
                "b", 0L, List.of(), Map.of(), null, null);
    }
}
