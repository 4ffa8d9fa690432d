package org.resumepipeline.bench;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
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
import org.resumepipeline.score.SampleResumes;

/**
 * The synthetic-resume generator of the benches and the long tests: distinct invented resumes (contact, summary, 3-5
 * roles of 4-7 bullets from {@link SampleResumes}, skills, education), each one that scores (none fails as not a
 * resume). {@link #write(Path, int)} writes the mixed corpus of the pipeline bench, in turn PDF (a standard font, not
 * embedded: the cheap kind of PDF to parse, so the pipeline's own overhead shows), DOCX, ODT, RTF, HTML and TXT;
 * {@link #write(Path, int, List)} the same resumes in the given formats, e.g. {@link #MARKDOWN} for the rescore and
 * chaos benches and the kill tests. The same count always gives the same files. Thread-safe (stateless).
 */
public final class MixedResumes {
    /** The formats, in the order the files take them. */
    public static final List<String> FORMATS = List.of("pdf", "docx", "odt", "rtf", "html", "txt");

    /** Markdown only. */
    public static final List<String> MARKDOWN = List.of("md");

    private static final String[] TITLES = {"Backend Engineer", "Senior Software Engineer", "Platform Engineer",
        "Data Engineer", "Site Reliability Engineer", "Staff Engineer"};
    private static final String[] SKILLS = {"Java", "Go", "Python", "PostgreSQL", "Redis", "Kafka", "Kubernetes",
        "Terraform", "AWS", "Docker", "gRPC", "Spark"};

    private MixedResumes() {
    }

    /** One resume as headed blocks of lines; bullets are the lines of the experience roles. */
    record Resume(String name, String contact, String summary, List<RoleBlock> roles, String skills,
                  String education) {
    }

    /** A role: its header line and its bullets. */
    record RoleBlock(String header, List<String> bullets) {
    }

    /**
     * Writes {@code n} files named {@code resume-NNNNN.<format>} into {@code dir}, the formats of {@link #FORMATS} in
     * turn.
     *
     * @return the files written
     * @throws IOException when a file cannot be written
     */
    public static List<Path> write(final Path dir, final int n) throws IOException {
        return write(dir, n, FORMATS);
    }

    /**
     * Writes {@code n} distinct resumes named {@code resume-NNNNN.<format>} into {@code dir}, the given formats
     * ({@link #FORMATS}, {@code md}) in turn.
     *
     * @return the files written
     * @throws IOException when a file cannot be written
     */
    public static List<Path> write(final Path dir, final int n, final List<String> formats) throws IOException {
        Files.createDirectories(dir);
        final List<Path> files = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            final String format = formats.get(i % formats.size());
            final Path file = dir.resolve(String.format(Locale.ROOT, "resume-%05d.%s", i, format));
            Files.write(file, bytes(resume(i), format));
            files.add(file);
        }
        return files;
    }

    static Resume resume(final int index) {
        final SplittableRandom r = new SplittableRandom(1_000L + index);
        final List<String> pool = SampleResumes.typicalBullets(index, 40);
        final List<RoleBlock> roles = new ArrayList<>();
        final int roleCount = 3 + r.nextInt(3);
        int year = 2025;
        int next = 0;
        for (int k = 0; k < roleCount; k++) {
            final int start = year - 1 - r.nextInt(3);
            final String header = String.format(Locale.ROOT, "%s | Example Corp %d | Jan %d – %s",
                    TITLES[r.nextInt(TITLES.length)], r.nextInt(90), start, k == 0 ? "Present" : "Dec " + year);
            final int bullets = 4 + r.nextInt(4);
            roles.add(new RoleBlock(header, List.copyOf(pool.subList(next, next + bullets))));
            next += bullets;
            year = start;
        }
        final StringBuilder skills = new StringBuilder();
        for (int k = 0; k < 6; k++) {
            skills.append(k == 0 ? "" : ", ").append(SKILLS[(index + k * 5) % SKILLS.length]);
        }
        return new Resume("Candidate " + index, "candidate" + index + "@example.com | (555) 555-01"
                + String.format(Locale.ROOT, "%02d", index % 100) + " | github.com/candidate" + index,
                "Engineer who builds dependable services and measures what they change.", roles, skills.toString(),
                "B.Sc. Computer Science, Example University, " + (year - 4) + " – " + year);
    }

    static byte[] bytes(final Resume resume, final String format) throws IOException {
        return switch (format) {
            case "pdf" -> pdf(resume);
            case "docx" -> docx(resume);
            case "odt" -> odt(resume);
            case "rtf" -> rtf(resume).getBytes(StandardCharsets.US_ASCII);
            case "html" -> html(resume).getBytes(StandardCharsets.UTF_8);
            case "txt" -> text(resume).getBytes(StandardCharsets.UTF_8);
            case "md" -> markdown(resume).getBytes(StandardCharsets.UTF_8);
            default -> throw new IllegalArgumentException("no such format: " + format);
        };
    }

    static String text(final Resume resume) {
        final StringBuilder b = new StringBuilder();
        b.append(resume.name()).append('\n').append(resume.contact()).append("\n\nSummary\n")
                .append(resume.summary()).append("\n\nExperience\n");
        for (final RoleBlock role : resume.roles()) {
            b.append(role.header()).append('\n');
            role.bullets().forEach(bullet -> b.append("• ").append(bullet).append('\n'));
        }
        b.append("\nSkills\n").append(resume.skills()).append("\n\nEducation\n").append(resume.education())
                .append('\n');
        return b.toString();
    }

    static String markdown(final Resume resume) {
        final StringBuilder b = new StringBuilder();
        b.append("# ").append(resume.name()).append("\n\n").append(resume.contact()).append("\n\n## Summary\n\n")
                .append(resume.summary()).append("\n\n## Experience\n\n");
        for (final RoleBlock role : resume.roles()) {
            b.append("### ").append(role.header()).append("\n\n");
            role.bullets().forEach(bullet -> b.append("- ").append(bullet).append('\n'));
            b.append('\n');
        }
        b.append("## Skills\n\n").append(resume.skills()).append("\n\n## Education\n\n").append(resume.education())
                .append('\n');
        return b.toString();
    }

    private static String html(final Resume resume) {
        final StringBuilder b = new StringBuilder("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
                + "<title>Resume</title></head><body>\n");
        b.append("<h1>").append(resume.name()).append("</h1>\n<p>").append(resume.contact()).append("</p>\n")
                .append("<h2>Summary</h2>\n<p>").append(resume.summary()).append("</p>\n<h2>Experience</h2>\n");
        for (final RoleBlock role : resume.roles()) {
            b.append("<h3>").append(role.header()).append("</h3>\n<ul>\n");
            role.bullets().forEach(bullet -> b.append("<li>").append(escapeXml(bullet)).append("</li>\n"));
            b.append("</ul>\n");
        }
        b.append("<h2>Skills</h2>\n<p>").append(resume.skills()).append("</p>\n<h2>Education</h2>\n<p>")
                .append(resume.education()).append("</p>\n</body></html>\n");
        return b.toString();
    }

    private static String rtf(final Resume resume) {
        final StringBuilder b = new StringBuilder("{\\rtf1\\ansi\\deff0{\\fonttbl{\\f0 Helvetica;}}\\f0\\fs22\n");
        b.append("{\\b ").append(rtfEscape(resume.name())).append("}\\par\n").append(rtfEscape(resume.contact()))
                .append("\\par\\par\n{\\b Summary}\\par\n").append(rtfEscape(resume.summary()))
                .append("\\par\\par\n{\\b Experience}\\par\n");
        for (final RoleBlock role : resume.roles()) {
            b.append(rtfEscape(role.header())).append("\\par\n");
            role.bullets().forEach(bullet -> b.append("\\bullet  ").append(rtfEscape(bullet)).append("\\par\n"));
        }
        b.append("\\par\n{\\b Skills}\\par\n").append(rtfEscape(resume.skills()))
                .append("\\par\\par\n{\\b Education}\\par\n").append(rtfEscape(resume.education())).append("\\par\n}");
        return b.toString();
    }

    private static String rtfEscape(final String s) {
        final StringBuilder b = new StringBuilder(s.length());
        for (final char c : s.toCharArray()) {
            if (c == '\\' || c == '{' || c == '}') {
                b.append('\\').append(c);
            } else if (c > 127) {
                b.append("\\u").append((int) c).append('?');
            } else {
                b.append(c);
            }
        }
        return b.toString();
    }

    private static byte[] docx(final Resume resume) throws IOException {
        try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            paragraph(doc, resume.name(), "Title");
            paragraph(doc, resume.contact(), null);
            paragraph(doc, "Summary", "Heading1");
            paragraph(doc, resume.summary(), null);
            paragraph(doc, "Experience", "Heading1");
            for (final RoleBlock role : resume.roles()) {
                paragraph(doc, role.header(), "Heading2");
                role.bullets().forEach(bullet -> paragraph(doc, "· " + bullet, null));
            }
            paragraph(doc, "Skills", "Heading1");
            paragraph(doc, resume.skills(), null);
            paragraph(doc, "Education", "Heading1");
            paragraph(doc, resume.education(), null);
            doc.write(out);
            return out.toByteArray();
        }
    }

    private static void paragraph(final XWPFDocument doc, final String text, final String style) {
        final XWPFParagraph p = doc.createParagraph();
        if (style != null) {
            p.setStyle(style);
        }
        final XWPFRun run = p.createRun();
        run.setText(text);
        run.setBold(style != null);
    }

    private static byte[] odt(final Resume resume) throws IOException {
        final StringBuilder body = new StringBuilder();
        body.append(h(1, resume.name())).append(p(resume.contact())).append(h(2, "Summary")).append(p(resume.summary()))
                .append(h(2, "Experience"));
        for (final RoleBlock role : resume.roles()) {
            body.append(h(3, role.header())).append("<text:list>");
            role.bullets().forEach(bullet -> body.append("<text:list-item>").append(p(bullet))
                    .append("</text:list-item>"));
            body.append("</text:list>");
        }
        body.append(h(2, "Skills")).append(p(resume.skills())).append(h(2, "Education")).append(p(resume.education()));
        final String content = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                + "<office:document-content xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\""
                + " xmlns:text=\"urn:oasis:names:tc:opendocument:xmlns:text:1.0\" office:version=\"1.2\">"
                + "<office:body><office:text>" + body + "</office:text></office:body></office:document-content>";
        final String manifest = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                + "<manifest:manifest xmlns:manifest=\"urn:oasis:names:tc:opendocument:xmlns:manifest:1.0\""
                + " manifest:version=\"1.2\">"
                + "<manifest:file-entry manifest:full-path=\"/\""
                + " manifest:media-type=\"application/vnd.oasis.opendocument.text\"/>"
                + "<manifest:file-entry manifest:full-path=\"content.xml\" manifest:media-type=\"text/xml\"/>"
                + "</manifest:manifest>";
        final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            // the type comes first and uncompressed, as the format requires and as detectors read it
            final byte[] mimetype = "application/vnd.oasis.opendocument.text".getBytes(StandardCharsets.US_ASCII);
            final ZipEntry first = new ZipEntry("mimetype");
            first.setMethod(ZipEntry.STORED);
            first.setSize(mimetype.length);
            final CRC32 crc = new CRC32();
            crc.update(mimetype);
            first.setCrc(crc.getValue());
            zip.putNextEntry(first);
            zip.write(mimetype);
            zip.closeEntry();
            entry(zip, "content.xml", content);
            entry(zip, "META-INF/manifest.xml", manifest);
        }
        return bytes.toByteArray();
    }

    private static void entry(final ZipOutputStream zip, final String name, final String text) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(text.getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
    }

    private static String h(final int level, final String text) {
        return "<text:h text:outline-level=\"" + level + "\">" + escapeXml(text) + "</text:h>";
    }

    private static String p(final String text) {
        return "<text:p>" + escapeXml(text) + "</text:p>";
    }

    private static String escapeXml(final String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    private static byte[] pdf(final Resume resume) throws IOException {
        final List<String> lines = new ArrayList<>();
        // the standard fonts have no glyph for these two
        for (final String line : text(resume).replace("•", "-").replace("–", "-").split("\n", -1)) {
            lines.addAll(wrap(line, 95));
        }
        try (PDDocument doc = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            final PDType1Font font = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
            final int perPage = 52;
            for (int from = 0; from < lines.size(); from += perPage) {
                final PDPage page = new PDPage();
                doc.addPage(page);
                try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                    cs.beginText();
                    cs.setFont(font, 10);
                    cs.setLeading(13);
                    cs.newLineAtOffset(50, 740);
                    for (final String line : lines.subList(from, Math.min(lines.size(), from + perPage))) {
                        cs.showText(line);
                        cs.newLine();
                    }
                    cs.endText();
                }
            }
            doc.save((OutputStream) out);
            return out.toByteArray();
        }
    }

    /** @return the line cut at spaces into pieces of at most {@code width} characters, continuations indented */
    private static List<String> wrap(final String line, final int width) {
        final List<String> out = new ArrayList<>();
        String rest = line;
        while (rest.length() > width) {
            int cut = rest.lastIndexOf(' ', width);
            cut = cut <= 0 ? width : cut;
            out.add(rest.substring(0, cut));
            rest = "  " + rest.substring(cut).trim();
        }
        out.add(rest);
        return out;
    }
}
