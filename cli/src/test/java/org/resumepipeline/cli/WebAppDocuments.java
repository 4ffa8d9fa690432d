package org.resumepipeline.cli;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Small synthetic resumes the browser tests upload: plain-text resumes of different strength (one with a hostile
 * script in a bullet and in its file name), a zip of two more, and a PNG that ingest refuses.
 */
final class WebAppDocuments {
    static final String HOSTILE_BULLET = "<script>window.__pwned=1</script> Led the <b>billing</b> rewrite";
    static final String HOSTILE_FILE = "<img src=x onerror=window.__pwned=3>.txt";
    static final String REFUSED_FILE = "photo.png";
    static final String ZIP_FILE = "more-resumes.zip";
    static final String JOB = "Backend engineer. Required: Java, Kafka, PostgreSQL, Kubernetes.";

    private WebAppDocuments() {
    }

    /** @return the loose files to upload (the zip and the refused file included) */
    static List<Path> write(final Path dir) throws IOException {
        final List<Path> files = new ArrayList<>();
        files.add(text(dir, "ada_strong.txt", resume("Ada Example", "Senior Backend Engineer", List.of(
                "Cut p95 checkout latency from 900 ms to 180 ms by adding Redis caching to the Java orders API",
                "Led the migration of 40 Kafka services to Kubernetes, cutting deploy time by 60%",
                "Reduced PostgreSQL costs by 35% ($8,000 a month) by partitioning the events table"))));
        files.add(text(dir, "ben_fair.md", resume("Ben Example", "Engineer", List.of(
                "Migrated the billing jobs to Kafka Streams",
                "Built an internal dashboard in Java for the support team used by 30 agents"))));
        files.add(text(dir, HOSTILE_FILE, resume("Eve Example", "Developer", List.of(
                HOSTILE_BULLET, "Worked on the backend services", "Responsible for the database"))));
        files.add(zip(dir.resolve(ZIP_FILE), List.of(
                new String[] {"cleo_in_zip.txt", resume("Cleo Example", "Platform Engineer", List.of(
                        "Automated Kubernetes cluster upgrades with Terraform, cutting upgrade time from 2 days to "
                                + "3 hours across 12 clusters",
                        "Wrote a Java load tester that found a connection leak before launch"))},
                new String[] {"dan_in_zip.txt", resume("Dan Example", "Developer", List.of(
                        "Helped with APIs", "Did code reviews", "Various tasks as assigned"))})));
        final Path png = dir.resolve(REFUSED_FILE);
        Files.write(png, new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13, 'I', 'H', 'D',
            'R', 0, 0, 0, 1, 0, 0, 0, 1, 8, 6, 0, 0, 0, 0x1f, 0x15, (byte) 0xc4, (byte) 0x89});
        files.add(png);
        return files;
    }

    /** Documents in the batch once everything is read: 3 loose resumes, 2 in the zip, 1 refused. */
    static final int DOCUMENTS = 6;
    static final int SCORED = 5;

    static String resume(final String name, final String title, final List<String> bullets) {
        final StringBuilder out = new StringBuilder(name.toUpperCase(java.util.Locale.ROOT)).append('\n')
                .append(title).append('\n').append(name.toLowerCase(java.util.Locale.ROOT).replace(' ', '.'))
                .append("@example.com\n\nEXPERIENCE\n\n").append(title).append(", Example Corp, 2020 - Present\n");
        bullets.forEach(b -> out.append("• ").append(b).append('\n'));
        return out.append("\nSKILLS\nJava, Kafka, PostgreSQL, Kubernetes, Redis\n\nEDUCATION\n")
                .append("BSc Computer Science, Example University, 2014 - 2018\n").toString();
    }

    private static Path text(final Path dir, final String name, final String content) throws IOException {
        return Files.writeString(dir.resolve(name), content, StandardCharsets.UTF_8);
    }

    private static Path zip(final Path file, final List<String[]> entries) throws IOException {
        final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (final String[] e : entries) {
                zip.putNextEntry(new ZipEntry(e[0]));
                zip.write(e[1].getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        }
        return Files.write(file, bytes.toByteArray());
    }
}
