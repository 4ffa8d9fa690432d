package org.resumepipeline.extract;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;

/**
 * A one-page resume with ten bullets, drawn as a text PDF, then rendered as a scan would give it: a grey image at
 * 200 dpi, as a PNG and as a PDF whose only content is that image.
 */
final class ScannedResumes {
    static final List<String> BULLETS = List.of(
            "Cut checkout latency from 800 ms to 120 ms with a Redis cache.",
            "Led the migration of 12 services to Kubernetes.",
            "Reduced cloud spend by 30% by rightsizing the database fleet.",
            "Built the fraud scoring service that handles 4,000 requests a second.",
            "Automated database failover, reducing recovery time to 5 minutes.",
            "Designed an idempotent payment API that stopped duplicate charges.",
            "Mentored four engineers through their first on-call rotation.",
            "Replaced nightly batch jobs with Kafka streams for live reporting.",
            "Shipped a feature flag service used by 40 teams.",
            "Wrote the runbooks that halved the time to resolve incidents.");
    private static final List<String> TEXT_BEFORE = List.of("Alex Rivera",
            "alex.rivera@example.com | (312) 555-0188", "", "Experience",
            "Senior Software Engineer | Northwind Payments | Jan 2021 - Present");
    private static final String SECOND_ROLE = "Software Engineer | Contoso Retail | Mar 2017 - Dec 2020";
    private static final List<String> TEXT_AFTER = List.of("", "Education",
            "B.S. Computer Science, Lakeside University, 2013 - 2017", "", "Skills", "Java, Kafka, PostgreSQL, Redis");
    private static final int DPI = 200;

    private ScannedResumes() {
    }

    /** @return the page as a PNG, as a scanner or a phone gives it */
    static byte[] png() throws IOException {
        final ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(render(), "png", out);
        return out.toByteArray();
    }

    /** @return a PDF whose one page is that image: no text layer */
    static byte[] imageOnlyPdf() throws IOException {
        final BufferedImage image = render();
        try (PDDocument doc = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            final PDPage page = new PDPage();
            doc.addPage(page);
            final PDImageXObject scan = LosslessFactory.createFromImage(doc, image);
            try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                cs.drawImage(scan, 0, 0, page.getMediaBox().getWidth(), page.getMediaBox().getHeight());
            }
            doc.save(out);
            return out.toByteArray();
        }
    }

    private static BufferedImage render() throws IOException {
        try (PDDocument doc = Loader.loadPDF(textPdf())) {
            return new PDFRenderer(doc).renderImageWithDPI(0, DPI, ImageType.GRAY);
        }
    }

    private static byte[] textPdf() throws IOException {
        try (PDDocument doc = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            final PDPage page = new PDPage();
            doc.addPage(page);
            try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                cs.beginText();
                cs.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 11);
                cs.setLeading(17);
                cs.newLineAtOffset(60, 720);
                for (final String line : TEXT_BEFORE) {
                    show(cs, line);
                }
                for (int i = 0; i < BULLETS.size(); i++) {
                    if (i == BULLETS.size() / 2) {
                        show(cs, SECOND_ROLE);
                    }
                    show(cs, "\u2022 " + BULLETS.get(i));
                }
                for (final String line : TEXT_AFTER) {
                    show(cs, line);
                }
                cs.endText();
            }
            doc.save(out);
            return out.toByteArray();
        }
    }

    private static void show(final PDPageContentStream cs, final String line) throws IOException {
        cs.showText(line);
        cs.newLine();
    }
}
