package org.resumepipeline.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.parser.AutoDetectParser;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.parser.pdf.PDFParserConfig;
import org.apache.tika.sax.BodyContentHandler;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.resumepipeline.extract.layout.LayoutAwarePdfParser;
import org.resumepipeline.model.ResumeDocument;
import org.resumepipeline.model.Role;
import org.resumepipeline.model.SectionKind;

/** Two-column PDFs get a TWO_COLUMN warning and keep their reading order; one-column PDFs get no warning. */
class TwoColumnLayoutTest {
    private static final Extractor extractor = InProcess.EXTRACTOR;

    private static ResumeDocument read(final Path file) throws IOException {
        final Extraction result = extractor.extract(file.getFileName().toString(), Files.readAllBytes(file));
        assertThat(result.isOk()).as("%s: %s", file, result.message()).isTrue();
        return result.document();
    }

    @Test
    void shouldWarnAboutTheSidebarSampleAndKeepEachColumnInOrder() throws IOException {
        final ResumeDocument doc = read(SampleResumesTest.samples().resolve("aisha_okonkwo.pdf"));
        assertThat(doc.warnings()).contains("TWO_COLUMN");
        assertThat(doc.summary()).isEqualTo("Backend engineer specializing in search infrastructure and streaming"
                + " data pipelines on the JVM.");
        assertThat(doc.roles()).extracting(Role::company).containsExactly("Harrowgate Marketplace",
                "Kestrelbay Insurance");
        assertThat(doc.roles().get(0).bullets()).hasSize(4).first().asString()
                .startsWith("Rebuilt the listing indexer on Kafka Streams and OpenSearch");
        assertThat(doc.skills()).contains("Java", "Kafka Streams", "Terraform").doesNotContain("Search", "Datastores");
        assertThat(doc.education()).singleElement().satisfies(e -> {
            assertThat(e.degree()).isEqualTo("B.S. Computer Engineering");
            assertThat(e.institution()).isEqualTo("Eastbrook Institute of Technology");
        });
        assertThat(doc.sections()).extracting(s -> s.kind()).contains(SectionKind.EXPERIENCE, SectionKind.SKILLS);
    }

    @ParameterizedTest
    @ValueSource(strings = {"priya_raghunathan.pdf", "ravi_menon.pdf"})
    void shouldNotWarnAboutOneColumnSamples(final String file) throws IOException {
        assertThat(read(SampleResumesTest.samples().resolve(file)).warnings()).doesNotContain("TWO_COLUMN");
    }

    @Test
    void shouldNotWarnAboutTheOneColumnFixture() throws Exception {
        final Extraction result = extractor.extract("resume.pdf", ResumeFixtures.pdf());
        assertThat(result.document().warnings()).doesNotContain("TWO_COLUMN");
    }

    @ParameterizedTest
    @ValueSource(strings = {"google-docs-skia-proxy-two-column.pdf",
            "google-docs-skia-proxy-two-column-long-role-header.pdf"})
    void shouldWarnAboutTwoColumnCorpusPdfs(final String file) throws IOException {
        final ResumeDocument doc = read(SharedCorpus.require("offlinecv").resolve("google-docs").resolve(file));
        assertThat(doc.warnings()).contains("TWO_COLUMN");
        assertThat(doc.roles()).isNotEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"google-docs/google-docs-skia-proxy-classic.pdf", "latex/awesome-cv-resume.pdf",
            "word/chanchal-sharma-sample.pdf"})
    void shouldNotWarnAboutOneColumnCorpusPdfs(final String file) throws IOException {
        assertThat(read(SharedCorpus.require("offlinecv").resolve(file)).warnings()).doesNotContain("TWO_COLUMN");
    }

    /** The verdict comes from Tika's own text pass: the parser's metadata says it, whoever calls the parser. */
    @ParameterizedTest
    @ValueSource(strings = {"aisha_okonkwo.pdf:true", "ravi_menon.pdf:false"})
    void shouldPutTheVerdictOfTikasOwnPassInTheMetadata(final String fileAndVerdict) throws Exception {
        final String[] parts = fileAndVerdict.split(":");
        final Metadata metadata = new Metadata();
        final BodyContentHandler text = new BodyContentHandler(-1);
        new LayoutAwarePdfParser(false).parse(new ByteArrayInputStream(Files.readAllBytes(
                SampleResumesTest.samples().resolve(parts[0]))), text, metadata, new ParseContext());
        assertThat(metadata.get(LayoutAwarePdfParser.TWO_COLUMN)).isEqualTo(parts[1]);
        assertThat(text.toString()).as("Tika's text is unchanged by the hook").contains("@example.com");
    }

    @Test
    void shouldRefuseAPdfConfigInTheContextThatWouldReplaceTheLayoutHook() {
        final ParseContext context = new ParseContext();
        context.set(PDFParserConfig.class, new PDFParserConfig());
        assertThatThrownBy(() -> new LayoutAwarePdfParser(false).parse(new ByteArrayInputStream(
                Files.readAllBytes(SampleResumesTest.samples().resolve("ravi_menon.pdf"))), new BodyContentHandler(),
                new Metadata(), context)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("layout hook");
    }

    /**
     * A sidebar drawn row by row across both columns: Tika's text joins each row's two cells into one line (checked
     * first, so the fixture does show the problem), and the extractor reads the page again column by column.
     */
    @Test
    void shouldReadRowsDrawnAcrossBothColumnsOneColumnAtATime() throws Exception {
        final byte[] pdf = ResumeFixtures.interleavedTwoColumnPdf();
        final BodyContentHandler tika = new BodyContentHandler(-1);
        new AutoDetectParser().parse(new ByteArrayInputStream(pdf), tika, new Metadata(), new ParseContext());
        assertThat(tika.toString()).as("Tika joins the cells of a row").contains("Skills Summary")
                .contains("Kafka Senior Software Engineer");

        final Extraction result = extractor.extract("sidebar.pdf", pdf);
        assertThat(result.isOk()).as(result.message()).isTrue();
        final ResumeDocument doc = result.document();
        assertThat(doc.warnings()).contains("TWO_COLUMN");
        assertThat(doc.contact().email()).isEqualTo("jane.smith@example.com");
        assertThat(doc.summary()).isEqualTo(ResumeFixtures.SUMMARY);
        assertThat(doc.roles()).hasSize(ResumeFixtures.ROLES.size());
        for (int i = 0; i < ResumeFixtures.ROLES.size(); i++) {
            assertThat(doc.roles().get(i).bullets()).as("role %d: wrapped bullets joined, no sidebar text", i)
                    .containsExactlyElementsOf(ResumeFixtures.ROLES.get(i).bullets());
        }
        assertThat(doc.skills()).contains("Java", "Kafka", "PostgreSQL", "Docker");
        assertThat(doc.education()).singleElement().satisfies(e ->
                assertThat(e.institution()).isEqualTo("Springfield State University"));
    }

    /** The jobs of page 1's main column go on atop page 2 after the sidebar: they are jobs, not certificates. */
    @Test
    void shouldGoOnWithTheJobsOnTheNextPageAfterASidebar() throws Exception {
        final Extraction result = extractor.extract("sidebar.pdf", ResumeFixtures.sidebarThenNextPagePdf());
        assertThat(result.isOk()).as(result.message()).isTrue();
        final ResumeDocument doc = result.document();
        assertThat(doc.warnings()).contains("TWO_COLUMN");
        assertThat(doc.roles()).extracting(Role::title, Role::company, Role::start).containsExactly(
                tuple("Data Scientist", "Airconomy GmbH", "2021-01"), tuple("Research Engineer", "Amadeus", "2018-03"),
                tuple("Software Engineer", "Globex Corporation", "2016-06"),
                tuple("Junior Developer", "Initech", "2014-05"));
        assertThat(doc.roles()).allSatisfy(r -> assertThat(r.bullets()).hasSize(1));
    }

    /** One column whose headings are drawn first and its blocks from the bottom up: read by position too. */
    @Test
    void shouldReadAPageWhoseBlocksAreDrawnFromTheBottomUpTopToBottom() throws Exception {
        final byte[] pdf = ResumeFixtures.headingsFirstPdf();
        final BodyContentHandler tika = new BodyContentHandler(-1);
        new AutoDetectParser().parse(new ByteArrayInputStream(pdf), tika, new Metadata(), new ParseContext());
        assertThat(tika.toString().strip()).as("Tika reads the headings first").startsWith("Summary");

        final Extraction result = extractor.extract("headings-first.pdf", pdf);
        assertThat(result.isOk()).as(result.message()).isTrue();
        final ResumeDocument doc = result.document();
        assertThat(doc.summary()).isEqualTo(ResumeFixtures.SUMMARY);
        assertThat(doc.roles()).extracting(Role::company).containsExactly("Acme Corp", "Globex Corporation");
        for (int i = 0; i < ResumeFixtures.ROLES.size(); i++) {
            assertThat(doc.roles().get(i).bullets()).containsExactlyElementsOf(ResumeFixtures.ROLES.get(i).bullets());
        }
    }

    /** One column drawn out of order (dates first): Tika's stream order is off, the extractor reads by position. */
    @Test
    void shouldReadAPageDrawnOutOfOrderTopToBottom() throws Exception {
        final byte[] pdf = ResumeFixtures.datesFirstPdf();
        final BodyContentHandler tika = new BodyContentHandler(-1);
        new AutoDetectParser().parse(new ByteArrayInputStream(pdf), tika, new Metadata(), new ParseContext());
        assertThat(tika.toString().strip()).as("Tika reads the dates first").startsWith("Jan 2021 – Present");

        final Extraction result = extractor.extract("dates-first.pdf", pdf);
        assertThat(result.isOk()).as(result.message()).isTrue();
        final ResumeDocument doc = result.document();
        assertThat(doc.warnings()).doesNotContain("TWO_COLUMN");
        assertThat(doc.roles()).extracting(Role::company).containsExactly("Acme Corp", "Globex Corporation");
        assertThat(doc.roles()).extracting(Role::start).containsExactly("2021-01", "2018-03");
        for (int i = 0; i < ResumeFixtures.ROLES.size(); i++) {
            assertThat(doc.roles().get(i).bullets()).containsExactlyElementsOf(ResumeFixtures.ROLES.get(i).bullets());
        }
    }
}
