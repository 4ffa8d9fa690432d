package org.resumepipeline.extract;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;

/** One short resume rendered as TXT, MD, HTML, RTF, ODT, DOCX and PDF at test time. */
final class ResumeFixtures {
    record Entry(String header, List<String> bullets) {
    }

    static final String NAME = "Jane Smith";
    static final String CONTACT = "jane.smith@example.com | (312) 555-0123 | linkedin.com/in/janesmith";
    static final String SUMMARY = "Backend engineer who builds reliable payment systems.";
    static final List<Entry> ROLES = List.of(
            new Entry("Senior Software Engineer | Acme Corp | Springfield, IL | Jan 2021 – Present", List.of(
                    "Cut p99 checkout latency from 800 ms to 120 ms by adding a Redis cache in front of the pricing"
                            + " service and warming it on deploy.",
                    "Led the migration of 12 services to Kubernetes.")),
            new Entry("Software Engineer | Globex Corporation | Mar 2018 – Dec 2020", List.of(
                    "Built an idempotent payment API that prevented duplicate charges when clients retried after"
                            + " timeouts.",
                    "Automated database failover, reducing MTTR from 40 to 5 minutes.")));
    static final String EDUCATION = "B.S. Computer Science, Springfield State University, 2014 – 2018";
    static final List<String> SKILLS = List.of("Languages: Java, Go, Python", "Tools: Kafka, PostgreSQL, Docker");

    static final String TEXT = text("• ", "");

    private ResumeFixtures() {
    }

    private static String text(final String bullet, final String headingPrefix) {
        final StringBuilder sb = new StringBuilder();
        sb.append(NAME).append('\n').append(CONTACT).append("\n\n");
        sb.append(headingPrefix).append("Summary\n").append(SUMMARY).append("\n\n");
        sb.append(headingPrefix).append("Experience\n");
        for (final Entry e : ROLES) {
            sb.append(e.header()).append('\n');
            e.bullets().forEach(b -> sb.append(bullet).append(b).append('\n'));
        }
        sb.append('\n').append(headingPrefix).append("Education\n").append(EDUCATION).append("\n\n");
        sb.append(headingPrefix).append("Skills\n");
        SKILLS.forEach(s -> sb.append(s).append('\n'));
        return sb.toString();
    }

    static byte[] txt() {
        return TEXT.getBytes(StandardCharsets.UTF_8);
    }

    static byte[] md() {
        return text("- ", "## ").getBytes(StandardCharsets.UTF_8);
    }

    static byte[] html() {
        final StringBuilder sb = new StringBuilder("<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>CV</title>"
                + "</head><body>");
        sb.append("<h1>").append(NAME).append("</h1><p>").append(CONTACT).append("</p>");
        sb.append("<h2>Summary</h2><p>").append(SUMMARY).append("</p><h2>Experience</h2>");
        for (final Entry e : ROLES) {
            sb.append("<p>").append(e.header()).append("</p><ul>");
            e.bullets().forEach(b -> sb.append("<li>").append(b).append("</li>"));
            sb.append("</ul>");
        }
        sb.append("<h2>Education</h2><p>").append(EDUCATION).append("</p><h2>Skills</h2>");
        SKILLS.forEach(s -> sb.append("<p>").append(s).append("</p>"));
        return sb.append("</body></html>").toString().getBytes(StandardCharsets.UTF_8);
    }

    static byte[] rtf() {
        final StringBuilder sb = new StringBuilder("{\\rtf1\\ansi\\deff0{\\fonttbl{\\f0 Arial;}}\\f0\\fs22\n");
        sb.append("{\\b ").append(rtfEscape(NAME)).append("}\\par\n").append(rtfEscape(CONTACT)).append("\\par\n");
        sb.append("{\\b Summary}\\par\n").append(rtfEscape(SUMMARY)).append("\\par\n{\\b Experience}\\par\n");
        for (final Entry e : ROLES) {
            sb.append(rtfEscape(e.header())).append("\\par\n");
            e.bullets().forEach(b -> sb.append("\\bullet  ").append(rtfEscape(b)).append("\\par\n"));
        }
        sb.append("{\\b Education}\\par\n").append(rtfEscape(EDUCATION)).append("\\par\n{\\b Skills}\\par\n");
        SKILLS.forEach(s -> sb.append(rtfEscape(s)).append("\\par\n"));
        return sb.append('}').toString().getBytes(StandardCharsets.US_ASCII);
    }

    private static String rtfEscape(final String s) {
        final StringBuilder sb = new StringBuilder();
        for (final char c : s.toCharArray()) {
            if (c > 127) {
                sb.append("\\u").append((int) c).append('?');
            } else if (c == '\\' || c == '{' || c == '}') {
                sb.append('\\').append(c);
            } else {
                sb.append(c);
            }
        }
        return sb.toString();
    }

    static byte[] odt() throws IOException {
        final StringBuilder body = new StringBuilder();
        body.append("<text:p>").append(xml(NAME)).append("</text:p><text:p>").append(xml(CONTACT)).append("</text:p>");
        body.append(h("Summary")).append("<text:p>").append(xml(SUMMARY)).append("</text:p>").append(h("Experience"));
        for (final Entry e : ROLES) {
            body.append("<text:p>").append(xml(e.header())).append("</text:p><text:list>");
            e.bullets().forEach(b -> body.append("<text:list-item><text:p>").append(xml(b))
                    .append("</text:p></text:list-item>"));
            body.append("</text:list>");
        }
        body.append(h("Education")).append("<text:p>").append(xml(EDUCATION)).append("</text:p>").append(h("Skills"));
        SKILLS.forEach(s -> body.append("<text:p>").append(xml(s)).append("</text:p>"));
        final String content = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><office:document-content"
                + " xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\""
                + " xmlns:text=\"urn:oasis:names:tc:opendocument:xmlns:text:1.0\" office:version=\"1.2\">"
                + "<office:body><office:text>" + body + "</office:text></office:body></office:document-content>";
        final String manifest = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><manifest:manifest"
                + " xmlns:manifest=\"urn:oasis:names:tc:opendocument:xmlns:manifest:1.0\" manifest:version=\"1.2\">"
                + "<manifest:file-entry manifest:full-path=\"/\""
                + " manifest:media-type=\"application/vnd.oasis.opendocument.text\"/>"
                + "<manifest:file-entry manifest:full-path=\"content.xml\" manifest:media-type=\"text/xml\"/>"
                + "</manifest:manifest>";
        final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            final byte[] mime = "application/vnd.oasis.opendocument.text".getBytes(StandardCharsets.US_ASCII);
            final ZipEntry mimetype = new ZipEntry("mimetype");
            mimetype.setMethod(ZipEntry.STORED);
            mimetype.setSize(mime.length);
            final CRC32 crc = new CRC32();
            crc.update(mime);
            mimetype.setCrc(crc.getValue());
            zip.putNextEntry(mimetype);
            zip.write(mime);
            zip.closeEntry();
            zip.putNextEntry(new ZipEntry("content.xml"));
            zip.write(content.getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
            zip.putNextEntry(new ZipEntry("META-INF/manifest.xml"));
            zip.write(manifest.getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }
        return bytes.toByteArray();
    }

    private static String h(final String text) {
        return "<text:h text:outline-level=\"2\">" + xml(text) + "</text:h>";
    }

    private static String xml(final String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    static byte[] docx() throws IOException {
        try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            paragraph(doc, NAME, true);
            paragraph(doc, CONTACT, false);
            paragraph(doc, "Summary", true);
            paragraph(doc, SUMMARY, false);
            paragraph(doc, "Experience", true);
            for (final Entry e : ROLES) {
                paragraph(doc, e.header(), false);
                e.bullets().forEach(b -> paragraph(doc, "• " + b, false));
            }
            paragraph(doc, "Education", true);
            paragraph(doc, EDUCATION, false);
            paragraph(doc, "Skills", true);
            SKILLS.forEach(s -> paragraph(doc, s, false));
            doc.write(out);
            return out.toByteArray();
        }
    }

    private static void paragraph(final XWPFDocument doc, final String text, final boolean bold) {
        final XWPFParagraph p = doc.createParagraph();
        final XWPFRun run = p.createRun();
        run.setBold(bold);
        run.setText(text);
    }

    /** A PDF whose long bullets wrap onto a second line without a marker, as real PDFs do. */
    static byte[] pdf() throws IOException {
        final List<String> lines = new ArrayList<>();
        for (final String l : TEXT.split("\n")) {
            if (l.isBlank()) {
                continue;
            }
            lines.addAll(wrap(l, 90));
        }
        return onePage((cs, font) -> {
            cs.beginText();
            cs.setFont(font, 10);
            cs.setLeading(14);
            cs.newLineAtOffset(50, 740);
            for (final String line : lines) {
                cs.showText(line);
                cs.newLine();
            }
            cs.endText();
        });
    }

    /**
     * The same resume as a sidebar layout whose content stream draws it row by row across both columns, as a
     * two-cell table per row does: each row shows its sidebar cell (skills, education), then its main cell (summary,
     * roles, wrapped bullets). The name and contact line run across the page above the columns.
     */
    static byte[] interleavedTwoColumnPdf() throws IOException {
        final List<String> left = new ArrayList<>(List.of("Skills"));
        left.addAll(List.of("Java", "Go", "Python", "Kafka", "PostgreSQL", "Docker", "Kubernetes", "Terraform",
                "Redis", ""));
        left.addAll(List.of("Education", "B.S. Computer Science", "Springfield State University", "2014 – 2018"));
        final List<String> right = new ArrayList<>(List.of("Summary", SUMMARY, "", "Experience"));
        for (final Entry e : ROLES) {
            right.add(e.header());
            for (final String bullet : e.bullets()) {
                right.addAll(wrap("• " + bullet, 62));
            }
        }
        return onePage((cs, font) -> {
            float y = 750;
            for (final String across : List.of(NAME, CONTACT)) {
                show(cs, font, 40, y, across);
                y -= 16;
            }
            y -= 8;
            for (int row = 0; row < Math.max(left.size(), right.size()); row++) {
                if (row < left.size() && !left.get(row).isEmpty()) {
                    show(cs, font, 40, y, left.get(row));
                }
                if (row < right.size() && !right.get(row).isEmpty()) {
                    show(cs, font, 210, y, right.get(row));
                }
                y -= 13;
            }
        });
    }

    /**
     * The resume on one column, drawn out of reading order as some producers do: every role's right-aligned dates
     * first, then the page from the top.
     */
    static byte[] datesFirstPdf() throws IOException {
        final List<String[]> rows = new ArrayList<>();
        for (final String l : TEXT.split("\n")) {
            if (l.isBlank()) {
                continue;
            }
            final int bar = l.lastIndexOf(" | ");
            final boolean header = ROLES.stream().anyMatch(e -> e.header().equals(l));
            rows.add(header ? new String[] {l.substring(0, bar), l.substring(bar + 3)} : new String[] {l, null});
        }
        return onePage((cs, font) -> {
            for (int pass = 0; pass < 2; pass++) {
                float y = 740;
                for (final String[] row : rows) {
                    if (pass == 0 && row[1] != null) {
                        show(cs, font, 470, y, row[1]);
                    } else if (pass == 1) {
                        show(cs, font, 50, y, row[0]);
                    }
                    y -= 14;
                }
            }
        });
    }

    /**
     * The resume on one column, drawn out of reading order the way some word processors export it: the section
     * headings first, then the blocks under them from the last one up, so the stream climbs the page again and again.
     */
    static byte[] headingsFirstPdf() throws IOException {
        final List<String> headings = List.of("Summary", "Experience", "Education", "Skills");
        final List<String> rows = TEXT.lines().filter(l -> !l.isBlank()).toList();
        final List<List<Integer>> blocks = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            if (i == 0 || headings.contains(rows.get(i))) {
                blocks.add(new ArrayList<>());
            }
            if (!headings.contains(rows.get(i))) {
                blocks.get(blocks.size() - 1).add(i);
            }
        }
        return onePage((cs, font) -> {
            for (int i = 0; i < rows.size(); i++) {
                if (headings.contains(rows.get(i))) {
                    show(cs, font, 50, 740 - 14 * i, rows.get(i));
                }
            }
            for (int b = blocks.size() - 1; b >= 0; b--) {
                for (final int i : blocks.get(b)) {
                    show(cs, font, 50, 740 - 14 * i, rows.get(i));
                }
            }
        });
    }

    /**
     * The resume on one column with its places and dates flush right, as Typst's RenderCV draws them: "Company,
     * Title" with the place on its row, the dates and a length of time on the rows of the first bullets; the right
     * column is drawn after all the rest of the page, with enough rows to look like a column of its own.
     */
    static byte[] datesColumnLastPdf() throws IOException {
        final List<String[]> rows = new ArrayList<>();
        rows.add(new String[] {NAME, null});
        rows.add(new String[] {CONTACT, null});
        rows.add(new String[] {"Experience", null});
        final String[][] roles = {
            {"Acme Corp, Senior Software Engineer", "Springfield, IL", "Jan 2021 – Present", "3 years 2 months"},
            {"Globex Corporation, Software Engineer", "Chicago, IL", "Mar 2018 – Dec 2020", "2 years 10 months"},
            {"Initech, Software Engineering Intern", "Austin, TX", "Jun 2017 – Aug 2017", "3 months"},
        };
        for (final String[] role : roles) {
            rows.add(new String[] {role[0], role[1]});
            rows.add(new String[] {"• Cut p99 checkout latency from 800 ms to 120 ms with a Redis cache.", role[2]});
            rows.add(new String[] {"• Automated database failover, reducing MTTR from 40 to 5 minutes.", role[3]});
        }
        rows.add(new String[] {"Education", null});
        rows.add(new String[] {"B.S. Computer Science, Springfield State University", "2014 – 2018"});
        return onePage((cs, font) -> {
            for (int pass = 0; pass < 2; pass++) {
                float y = 740;
                for (final String[] row : rows) {
                    if (pass == 0) {
                        show(cs, font, 50, y, row[0]);
                    } else if (row[1] != null) {
                        show(cs, font, 480, y, row[1]);
                    }
                    y -= 14;
                }
            }
        });
    }

    /**
     * @return a one-page PDF whose entry headers ("Company, Title | Place") fill their line, so that each entry's dates
     *         stand a few points after the end of its first bullet's line, on the same baseline
     */
    static byte[] datesAfterFirstBulletPdf() throws IOException {
        final String[][] roles = {
            {"Acme Corp, Senior Software Engineer | Springfield, IL", "Jan 2021 – Present"},
            {"Globex Corporation, Software Engineer | Chicago, IL", "Mar 2018 – Dec 2020"},
        };
        return onePage((cs, font) -> {
            float y = 740;
            show(cs, font, 50, y, NAME);
            show(cs, font, 50, y -= 14, CONTACT);
            show(cs, font, 50, y -= 14, "Experience");
            for (final String[] role : roles) {
                show(cs, font, 50, y -= 14, role[0]);
                show(cs, font, 50, y -= 14,
                        "• Cut p99 checkout latency from 800 ms to 120 ms with a Redis cache for 2M users");
                show(cs, font, 420, y, role[1]);
                show(cs, font, 50, y -= 14, "• Automated database failover, reducing MTTR from 40 to 5 minutes.");
            }
            show(cs, font, 50, y -= 14, "Education");
            show(cs, font, 50, y -= 14, "B.S. Computer Science, Springfield State University, 2014 – 2018");
        });
    }

    /**
     * @return a one-page PDF whose words are set closer than a full space (two fifths of one), as pdflatex sets a
     *         justified line that it had to tighten; no space characters are drawn
     */
    static byte[] tightlySetWordsPdf() throws IOException {
        final String[] rows = {NAME, CONTACT, "Experience", "Acme Corp, Senior Software Engineer   Jan 2021 – Present",
            "• Worked on my master thesis with a small robot and a team of four"};
        return onePage((cs, font) -> {
            float y = 740;
            for (final String row : rows) {
                float x = 50;
                for (final String word : row.split(" ")) {
                    if (!word.isEmpty()) {
                        show(cs, font, x, y, word);
                        x += font.getStringWidth(word) / 1000 * 9;
                    }
                    x += font.getSpaceWidth() / 1000 * 9 * 0.4f;
                }
                y -= 14;
            }
        });
    }

    /**
     * @return a one-page PDF whose section labels ("Work", "Education", "Skills") sit in a left margin on the
     *         baseline of their section's first line, as JSON Resume themes print them, with entries dated on the
     *         employer's line and unmarked lines under "Highlights"
     */
    static byte[] marginLabelsPdf() throws IOException {
        final String[][] rows = {
            {null, NAME, null},
            {"Contact", "Email", null},
            {null, "sam.example@example.com", null},
            {"About", "Backend engineer who builds data pipelines", null},
            {"Work", "Airconomy GmbH", "Jan 2019 – Present"},
            {null, "Senior Data Engineer", null},
            {null, "Highlights", null},
            {null, "Forecast passenger demand for 40 airlines with gradient boosting", null},
            {null, "Cut nightly batch time from 6 hours to 50 minutes", null},
            {null, "Amadeus", "Mar 2016 – Dec 2018"},
            {null, "Software Engineer", null},
            {null, "Highlights", null},
            {null, "Assigned aircraft to routes with a C++ solver used by 3 airlines", null},
            {"Education", "Example University", "2012 – 2016"},
            {null, "MS in Computer Science", null},
            {"Skills", "Python, Kafka, PostgreSQL", null},
            {"Languages", "English, German", null},
        };
        return onePage((cs, font) -> {
            float y = 740;
            for (final String[] row : rows) {
                if (row[0] != null) {
                    show(cs, font, 40, y, row[0]);
                }
                show(cs, font, 120, y, row[1]);
                if (row[2] != null) {
                    show(cs, font, 450, y, row[2]);
                }
                y -= 16;
            }
        });
    }

    /**
     * @return a German resume in moderncv's layout: dates set flush right in a narrow margin column on the left, long
     *         month names wrapping them over the entry's first lines ("Oktober" / "2019 –" / "heute"), the employer's
     *         line ("Acme GmbH, Berlin, Deutschland.") over the title, and a dated project line inside the role
     */
    static byte[] wrappedMarginDatesPdf() throws IOException {
        final String[][] rows = {
            {null, NAME},
            {null, "jane.smith@example.com"},
            {null, "Berufserfahrung"},
            {"Oktober", "Acme GmbH, Berlin, Deutschland."},
            {"2019 –", "Senior Softwareentwickler"},
            {"heute", null},
            {null, "Zahlungsplattform, Oktober 2019 – März 2021."},
            {null, "Senkte die Latenz von 800 ms auf 120 ms mit einem Redis-Cache."},
            {"März 2016", "Globex AG, München, Deutschland."},
            {"– September", "Softwareentwickler"},
            {"2019", null},
            {null, "Automatisierte den Failover der Datenbank in 12 Rechenzentren."},
            {null, "Ausbildung"},
            {"2010 – 2016", "Technische Universität München"},
            {null, "M.Sc. Informatik"},
        };
        return onePage((cs, font) -> {
            float y = 740;
            for (final String[] row : rows) {
                if (row[0] != null) {
                    show(cs, font, 110 - font.getStringWidth(row[0]) / 1000 * 9, y, row[0]);
                }
                if (row[1] != null) {
                    show(cs, font, 120, y, row[1]);
                }
                y -= 12;
            }
        });
    }

    /**
     * @return two pages numbered at their foot, whose first job's dates wrap their last year onto a line alone
     *         ("June 2019 – July" / "2020"), and whose job description ends in a few wrapped words right above the
     *         next job's header
     */
    static byte[] wrappedYearOverPageNumbersPdf() throws IOException {
        final String[] first = {NAME, "jane.smith@example.com", "Experience",
            "Acme Inc. - Payments - Backend Engineer June 2019 – July",
            "2020",
            "Joined the payments department to build the settlement service used by every merchant of the",
            "Nordic market.",
            "• Cut settlement time from 2 days to 4 hours for 9,000 merchants.",
            "Globex Inc. - Platform - Site Reliability Engineer Aug 2020 – Present",
            "• Cut the paging load by 60% with alert deduplication."};
        final String[] second = {"Education", "MS in Computer Science, Example University, 2012 - 2016", "Skills",
            "Java, Go, Kubernetes"};
        try (PDDocument doc = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            final PDType1Font font = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
            int number = 1;
            for (final String[] lines : List.of(first, second)) {
                final PDPage page = new PDPage();
                doc.addPage(page);
                try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                    float y = 740;
                    for (final String line : lines) {
                        show(cs, font, 50, y, line);
                        y -= 14;
                    }
                    show(cs, font, 300, 30, Integer.toString(number++));
                }
            }
            doc.save(out);
            return out.toByteArray();
        }
    }

    /**
     * @return two pages: jobs in a wide left column and a sidebar (contact, skills, certificates) on the right of the
     *         first page, drawn column by column, and the jobs going on atop the second page without a heading
     */
    static byte[] sidebarThenNextPagePdf() throws IOException {
        final String[] jobs = {"Airconomy GmbH - Data Scientist", "January 2021 - August 2023",
            "I forecast passenger demand for 40 airlines with gradient boosting models.",
            "Amadeus - Research Engineer", "March 2018 - December 2020",
            "I assigned aircraft to routes with a C++ solver used by 3 airlines.",
            "Globex Corporation - Software Engineer", "June 2016 - February 2018",
            "I built the billing service that handled 2 million invoices a month."};
        final String[] sidebar = {"CONTACT", "sam@example.com", "+1 555 555 0100", "SKILLS", "Python", "Kafka",
            "PostgreSQL", "Gradient boosting", "CERTIFICATES", "AWS Solutions Architect", "Kafka Developer",
            "Scrum Master"};
        final String[] nextPage = {"Initech - Junior Developer", "May 2014 - May 2016",
            "I maintained the reporting tool used by 300 branch offices.",
            "EDUCATION", "BS in Computer Science, Example University, 2010 - 2014"};
        try (PDDocument doc = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            final PDType1Font font = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
            final PDPage first = new PDPage();
            doc.addPage(first);
            try (PDPageContentStream cs = new PDPageContentStream(doc, first)) {
                show(cs, font, 50, 750, NAME);
                show(cs, font, 50, 720, "EXPERIENCE");
                float y = 700;
                for (final String line : jobs) {
                    show(cs, font, 50, y, line);
                    y -= 16;
                }
                y = 720;
                for (final String line : sidebar) {
                    show(cs, font, 420, y, line);
                    y -= 16;
                }
            }
            final PDPage second = new PDPage();
            doc.addPage(second);
            try (PDPageContentStream cs = new PDPageContentStream(doc, second)) {
                float y = 750;
                for (final String line : nextPage) {
                    show(cs, font, 50, y, line);
                    y -= 16;
                }
            }
            doc.save(out);
            return out.toByteArray();
        }
    }

    /** @return the line cut at spaces into lines of at most {@code width} characters, as a PDF wraps it */
    private static List<String> wrap(final String line, final int width) {
        final List<String> lines = new ArrayList<>();
        String rest = line;
        while (rest.length() > width) {
            final int cut = rest.lastIndexOf(' ', width);
            lines.add(rest.substring(0, cut));
            rest = rest.substring(cut + 1);
        }
        lines.add(rest);
        return lines;
    }

    /** Draws on one page of a new document, in Helvetica. */
    private interface Drawing {
        void draw(PDPageContentStream cs, PDType1Font font) throws IOException;
    }

    private static byte[] onePage(final Drawing drawing) throws IOException {
        try (PDDocument doc = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            final PDPage page = new PDPage();
            doc.addPage(page);
            try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                drawing.draw(cs, new PDType1Font(Standard14Fonts.FontName.HELVETICA));
            }
            doc.save(out);
            return out.toByteArray();
        }
    }

    private static void show(final PDPageContentStream cs, final PDType1Font font, final float x, final float y,
                             final String text) throws IOException {
        cs.beginText();
        cs.setFont(font, 9);
        cs.newLineAtOffset(x, y);
        cs.showText(text);
        cs.endText();
    }
}
