package org.resumepipeline.cli;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.poi.xwpf.usermodel.XWPFDocument;

/** Generated hostile uploads: archive bombs, zip-slip names, huge or deeply nested documents, broken text. */
final class HostileDocuments {
    private static final String HEADER = """
            Robin Example
            robin@example.invalid

            Experience
            Platform Engineer, Example Corp                                  2019 - 2024
            """;

    private HostileDocuments() {
    }

    /** A resume whose text differs by {@code tag} (so it is never a duplicate of another). */
    static String resume(final String tag) {
        return HEADER + "- Cut the " + tag + " build from 40 to 9 minutes by caching dependencies.\n"
                + "- Moved 12 services to a shared deploy pipeline, ending 3 weekly manual releases.\n\n"
                + "Education\nBS Computer Science, Example University, 2011 - 2015\n";
    }

    /** Writes every generated case into {@code dir}. */
    static void writeAll(final Path dir) throws IOException {
        Files.write(dir.resolve("bomb-ratio.zip"), zipOf("resume.txt", new byte[64 * 1024 * 1024]));
        Files.write(dir.resolve("bomb-nested.zip"), nested(6));
        final ByteArrayOutputStream slip = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(slip)) {
            for (final String name : new String[] {"../../../../tmp/slip-resume.txt", "/etc/slip-resume.txt",
                    "..\\..\\windows\\slip-resume.txt"}) {
                zip.putNextEntry(new ZipEntry(name));
                zip.write(resume(name).getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        }
        Files.write(dir.resolve("zip-slip.zip"), slip.toByteArray());
        final ByteArrayOutputStream many = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(many)) {
            final byte[] same = resume("ten thousand").getBytes(StandardCharsets.UTF_8);
            for (int i = 0; i < 10_000; i++) {
                zip.putNextEntry(new ZipEntry(String.format("cv-%05d.txt", i)));
                zip.write(same);
                zip.closeEntry();
            }
        }
        Files.write(dir.resolve("ten-thousand-entries.zip"), many.toByteArray());
        final StringBuilder line = new StringBuilder(HEADER.replace('\n', ' '));
        while (line.length() < 9_900_000) {
            line.append("Reduced p99 latency from 800 ms to 90 ms by caching; ");
        }
        Files.writeString(dir.resolve("one-line.txt"), line, StandardCharsets.UTF_8);
        final StringBuilder html = new StringBuilder("<html><body>");
        html.append("<div>".repeat(50_000)).append(resume("nested html").replace("\n", "<br>"))
                .append("</div>".repeat(50_000)).append("</body></html>");
        Files.writeString(dir.resolve("deeply-nested.html"), html, StandardCharsets.UTF_8);
        try (XWPFDocument docx = new XWPFDocument(); OutputStream out = Files.newOutputStream(
                dir.resolve("fifty-thousand-paragraphs.docx"))) {
            for (final String l : resume("docx").split("\n")) {
                docx.createParagraph().createRun().setText(l);
            }
            for (int i = 0; i < 50_000; i++) {
                docx.createParagraph().createRun().setText("p" + i);
            }
            docx.write(out);
        }
        final ByteArrayOutputStream invalid = new ByteArrayOutputStream();
        invalid.write(resume("invalid utf-8").getBytes(StandardCharsets.UTF_8));
        invalid.write(new byte[] {(byte) 0xC3, 0x28, (byte) 0xFF, (byte) 0xFE, (byte) 0xED, (byte) 0xA0, (byte) 0x80,
                '-', ' ', (byte) 0xF0, (byte) 0x9F, '\n'});
        Files.write(dir.resolve("invalid-utf8.txt"), invalid.toByteArray());
        Files.writeString(dir.resolve("control-characters.txt"), HEADER
                + "- Led \u202Egnirotinom\u202C of 40 services \u0007\u0000 cutting pages by 60%.\n"
                + "- \u200F\u202BShipped\u202C the \u001B[31mbilling\u001B[0m rewrite in 3 months.\u0008\u007F\n",
                StandardCharsets.UTF_8);
        final StringBuilder bullets = new StringBuilder(HEADER);
        for (int i = 0; i < 5_000; i++) {
            bullets.append("- Cut incident ").append(i).append(" resolution time by ").append(i % 90 + 5)
                    .append("% with a runbook.\n");
        }
        Files.writeString(dir.resolve("five-thousand-bullets.txt"), bullets, StandardCharsets.UTF_8);
    }

    private static byte[] zipOf(final String name, final byte[] content) throws IOException {
        final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.putNextEntry(new ZipEntry(name));
            zip.write(content);
            zip.closeEntry();
        }
        return bytes.toByteArray();
    }

    /** A resume inside a zip inside a zip, {@code depth} levels deep. */
    private static byte[] nested(final int depth) throws IOException {
        byte[] inner = zipOf("resume.txt", resume("nested zip").getBytes(StandardCharsets.UTF_8));
        for (int i = 1; i < depth; i++) {
            inner = zipOf("level-" + i + ".zip", inner);
        }
        return inner;
    }
}
