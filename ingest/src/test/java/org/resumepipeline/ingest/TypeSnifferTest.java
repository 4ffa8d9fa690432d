package org.resumepipeline.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
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

    @Test
    void shouldCallAnOfficePackageCutShortCorruptWhereverItWasCut() {
        final byte[] docx = Fixtures.docx();
        assertThat(sniffer.sniff("a.docx", docx)).isEqualTo(doc(TypeSniffer.DOCX));
        for (final int length : new int[] {60, docx.length / 2, docx.length - 10}) {
            assertThat(sniffer.sniff("a.docx", java.util.Arrays.copyOf(docx, length)).kind())
                    .as("cut at %d of %d bytes", length, docx.length).isEqualTo(Kind.CORRUPT);
        }
    }

    @Test
    void shouldSettleTheCommonTypesAsTikasMagicWould() throws IOException {
        final List<Path> files = new ArrayList<>();
        for (final Path dir : List.of(Path.of("../samples"), Path.of("../../shared/corpus"))) {
            if (Files.isDirectory(dir)) {
                try (Stream<Path> walk = Files.walk(dir)) {
                    walk.filter(Files::isRegularFile).forEach(files::add);
                }
            }
        }
        assertThat(files).as("the project's samples").isNotEmpty();
        int quick = 0;
        for (final Path file : files) {
            final byte[] bytes = Files.readAllBytes(file);
            final String type = bytes.length == 0 ? null : sniffer.quickType(bytes);
            if (type != null) {
                quick++;
                assertThat(type).as(file.toString()).isEqualTo(sniffer.magic(bytes));
            }
        }
        assertThat(quick).as("files settled without the full magic").isGreaterThanOrEqualTo(4);
    }

    @Test
    void shouldLeaveMarkupScriptsAndBinariesToTheMagic() {
        final String[] texts = {"<html><body><p>CV</p></body></html>", "  <?xml version=\"1.0\"?><cv/>",
            "#!/bin/sh\necho resume\n", "%!PS-Adobe-3.0\n", "{\"name\": \"x\"}"};
        for (final String text : texts) {
            assertThat(sniffer.quickType(text.getBytes(StandardCharsets.UTF_8))).as(text).isNull();
        }
        assertThat(sniffer.quickType(Fixtures.png())).isNull();
        assertThat(sniffer.sniff("cv.html", texts[0].getBytes(StandardCharsets.UTF_8))).isEqualTo(doc(TypeSniffer.HTML));
        assertThat(sniffer.sniff("cv.txt", texts[2].getBytes(StandardCharsets.UTF_8)).kind())
                .isEqualTo(Kind.UNSUPPORTED);
    }

    @Test
    void shouldReadTextThatTheMagicWouldCallAnotherTextFormatAsText() {
        final byte[] mbox = "From hr@example.com Mon Jan 1 00:00:00 2024\nExperience\n- Built APIs\n"
                .getBytes(StandardCharsets.UTF_8);
        assertThat(sniffer.sniff("cv.txt", mbox)).isEqualTo(doc(TypeSniffer.TEXT));
    }

    private static Sniff doc(final String type) {
        return new Sniff(Kind.DOCUMENT, type);
    }
}
