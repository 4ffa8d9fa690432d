package org.resumepipeline.extract.worker;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.resumepipeline.extract.TikaResumeParser;

/**
 * A built-in fictional resume the worker reads before it reports ready, as text and as a PDF made here, so the first
 * real document does not pay for class loading and Tika's and PDFBox's lazy initialisation inside its time limit.
 */
final class WarmUp {
    private static final String SAMPLE = """
            Sam Example
            sam.example@example.com | (555) 555-0100

            Summary
            Engineer who builds dependable services.

            Experience
            Senior Engineer | Example Corp | Jan 2021 – Present
            • Cut p99 latency from 800 ms to 120 ms by caching prices.
            • Led the migration of 12 services to Kubernetes.
            Engineer | Sample Inc | Mar 2018 – Dec 2020
            • Built an idempotent payment API.

            Education
            B.S. Computer Science, Example University, 2014 – 2018

            Skills
            Java, Go, Kafka
            """;

    private WarmUp() {
    }

    /** Parses the sample {@code rounds} times, as text and as PDF; the outcomes are ignored. */
    static void run(final TikaResumeParser parser, final int rounds) {
        final byte[] text = SAMPLE.getBytes(StandardCharsets.UTF_8);
        final byte[] pdf = pdf();
        for (int i = 0; i < rounds; i++) {
            parser.parse("warm-up.txt", text);
            if (pdf.length > 0) {
                parser.parse("warm-up.pdf", pdf);
            }
        }
    }

    /** @return the sample as a one-page PDF in a standard font, or no bytes if PDFBox cannot write it */
    static byte[] pdf() {
        try (PDDocument doc = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            final PDPage page = new PDPage();
            doc.addPage(page);
            try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                cs.beginText();
                cs.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 10);
                cs.setLeading(14);
                cs.newLineAtOffset(50, 740);
                for (final String line : SAMPLE.replace("•", "-").replace("–", "-").split("\n")) {
                    cs.showText(line);
                    cs.newLine();
                }
                cs.endText();
            }
            doc.save(out);
            return out.toByteArray();
        } catch (IOException | RuntimeException e) {
            return new byte[0];
        }
    }
}
