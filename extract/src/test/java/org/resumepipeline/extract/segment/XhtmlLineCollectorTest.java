package org.resumepipeline.extract.segment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.resumepipeline.model.SectionKind;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.AttributesImpl;

/** How gaps and stray carriage returns in Tika's text become words, field gaps and lines. */
class XhtmlLineCollectorTest {
    private static List<String> read(final boolean pdf, final String... paragraphs) throws SAXException {
        final XhtmlLineCollector c = new XhtmlLineCollector(1_000_000, pdf);
        final AttributesImpl page = new AttributesImpl();
        page.addAttribute("", "class", "class", "CDATA", "page");
        c.startDocument();
        c.startElement("http://www.w3.org/1999/xhtml", "div", "div", page);
        for (final String p : paragraphs) {
            c.startElement("http://www.w3.org/1999/xhtml", "p", "p", new AttributesImpl());
            c.characters(p.toCharArray(), 0, p.length());
            c.endElement("http://www.w3.org/1999/xhtml", "p", "p");
        }
        c.endElement("http://www.w3.org/1999/xhtml", "div", "div");
        c.endDocument();
        return c.lines().stream().map(Line::text).toList();
    }

    @Test
    void shouldReadACarriageReturnInsideAPdfLineAsASpace() throws SAXException {
        assertThat(read(true, "LionLike\r\u00A0MindState, Pomona\nCA\n"))
                .containsExactly("LionLike MindState, Pomona", "CA");
        assertThat(read(false, "Summary\rEngineer")).as("outside PDFs it ends a line").containsExactly("Summary",
                "Engineer");
    }

    @Test
    void shouldReadATabSpacedDocumentAsWordsAndKeepItsWideGaps() throws SAXException {
        assertThat(read(true,
                "Leo\t  Leopard\n",
                "VOLUNTEER\t  EXPERIENCE\n",
                "YMCA,\t  Pomona,\t  CA\t  \t   \t   \t  Summer\t  2013,\t  2014\n",
                "Volunteer\t  Swim\t  Coach\n",
                "Instructed\t  classes\t  of\t  up\t  to\t  15\t  children\n"))
                .containsExactly("Leo Leopard", "VOLUNTEER EXPERIENCE", "YMCA, Pomona, CA | Summer 2013, 2014",
                        "Volunteer Swim Coach", "Instructed classes of up to 15 children");
    }

    @Test
    void shouldKeepATabAsAFieldGapElsewhere() throws SAXException {
        assertThat(read(false, "Senior Engineer\tJan 2020 – Present", "Acme Corp\t  Berlin"))
                .containsExactly("Senior Engineer | Jan 2020 – Present", "Acme Corp | Berlin");
    }

    @Test
    void shouldTreatVolunteerAndActivitySectionsAsExperience() {
        for (final String heading : List.of("VOLUNTEER EXPERIENCE", "Activities", "Leadership", "ON CAMPUS INVOLVEMENT",
                "Extracurricular Activities")) {
            assertThat(HeadingLexicon.classify(heading, false)).as(heading).contains(SectionKind.EXPERIENCE);
        }
        assertThat(HeadingLexicon.classify("Honors and Awards", false)).contains(SectionKind.OTHER);
    }
}
