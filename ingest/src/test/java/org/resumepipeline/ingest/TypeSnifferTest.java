package org.resumepipeline.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.resumepipeline.ingest.TypeSniffer.Kind;
import org.resumepipeline.ingest.TypeSniffer.Sniff;

class TypeSnifferTest {
    private final TypeSniffer sniffer = new TypeSniffer();

    @Test
    void shouldAcceptEveryResumeFormatFromItsBytes() {
        assertThat(sniffer.sniff("a", Fixtures.pdf("x"))).isEqualTo(doc(TypeSniffer.PDF));
        assertThat(sniffer.sniff("a", Fixtures.docx())).isEqualTo(doc(TypeSniffer.DOCX));
        assertThat(sniffer.sniff("a", Fixtures.odt())).isEqualTo(doc(TypeSniffer.ODT));
        assertThat(sniffer.sniff("a", Fixtures.doc())).isEqualTo(doc(TypeSniffer.DOC));
        assertThat(sniffer.sniff("a", Fixtures.rtf())).isEqualTo(doc(TypeSniffer.RTF));
        assertThat(sniffer.sniff("a", Fixtures.html())).isEqualTo(doc(TypeSniffer.HTML));
        assertThat(sniffer.sniff("a.txt", Fixtures.text(1))).isEqualTo(doc(TypeSniffer.TEXT));
        assertThat(sniffer.sniff("cv.md", Fixtures.text(1))).isEqualTo(doc(TypeSniffer.MARKDOWN));
    }

    @Test
    void shouldNotTrustTheExtension() {
        assertThat(sniffer.sniff("resume.pdf", Fixtures.png()).kind()).isEqualTo(Kind.UNSUPPORTED);
        assertThat(sniffer.sniff("resume.txt", new byte[] {0, 1, 2, (byte) 0xff, 0, 7, 0, 0}).kind())
                .isEqualTo(Kind.UNSUPPORTED);
        assertThat(sniffer.sniff("resume.pdf", Fixtures.text(2))).isEqualTo(doc(TypeSniffer.TEXT));
        assertThat(sniffer.sniff("resume.docx", Fixtures.xlsx()).kind()).isEqualTo(Kind.UNSUPPORTED);
    }

    @Test
    void shouldTellArchivesEncryptedAndEmptyApart() {
        final byte[] zip = Fixtures.zip(Map.of("a.txt", "hello".getBytes(StandardCharsets.UTF_8)));
        assertThat(sniffer.sniff("resume.docx", zip).kind()).isEqualTo(Kind.ARCHIVE);
        assertThat(sniffer.sniff("a.docx", Fixtures.encryptedDocx()).kind()).isEqualTo(Kind.ENCRYPTED);
        // an owner password alone still opens a PDF: extraction decides
        assertThat(sniffer.sniff("a.pdf", Fixtures.encryptedPdf())).isEqualTo(doc(TypeSniffer.PDF));
        assertThat(sniffer.sniff("a.txt", new byte[0]).kind()).isEqualTo(Kind.EMPTY);
    }

    private static Sniff doc(final String type) {
        return new Sniff(Kind.DOCUMENT, type);
    }
}
