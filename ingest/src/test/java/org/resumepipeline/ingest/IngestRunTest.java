package org.resumepipeline.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.kafka.clients.producer.Callback;
import org.apache.kafka.common.errors.RecordTooLargeException;
import org.apache.kafka.common.errors.TimeoutException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.resumepipeline.model.DocumentKeys;
import org.resumepipeline.model.Failure;
import org.resumepipeline.model.FailureReason;
import org.resumepipeline.model.Pseudonym;

class IngestRunTest {
    private static final String BATCH = "b1";

    @TempDir
    Path dir;

    private final MemorySink sink = new MemorySink();

    private IngestSummary run(final IngestConfig config, final Path... inputs) {
        final IngestRun run = new IngestRun(BATCH, config, new TypeSniffer(), sink, IngestProgress.none(), Set.of());
        run.files(List.of(inputs));
        return run.finish();
    }

    private IngestSummary runContent(final IngestConfig config, final String name, final byte[] content) {
        final IngestRun run = new IngestRun(BATCH, config, new TypeSniffer(), sink, IngestProgress.none(), Set.of());
        run.upload(name, content);
        return run.finish();
    }

    @Test
    void shouldPublishEachDocumentOnceAndRefuseJunkInAFolder() throws IOException {
        final Path cvs = Files.createDirectories(dir.resolve("cvs"));
        Files.write(cvs.resolve("a.txt"), Fixtures.text(1));
        Files.write(Files.createDirectories(cvs.resolve("sub")).resolve("copy-of-a.txt"), Fixtures.text(1));
        Files.write(cvs.resolve("b.pdf"), Fixtures.pdf("b"));
        Files.write(cvs.resolve("empty.docx"), new byte[0]);
        Files.write(cvs.resolve("photo.pdf"), Fixtures.png());
        Files.write(cvs.resolve("big.txt"), Fixtures.text(3, 5000));
        Files.write(cvs.resolve(".DS_Store"), new byte[] {1, 2});
        Files.write(cvs.resolve("Thumbs.db"), new byte[] {1, 2});

        final IngestSummary summary = run(IngestConfig.defaults().withMaxDocumentBytes(4096), cvs);

        assertThat(summary.accepted()).extracting(Accepted::file, Accepted::mediaType)
                .containsExactly(tuple("cvs/a.txt", "text/plain"), tuple("cvs/b.pdf", "application/pdf"));
        assertThat(summary.duplicates()).isEqualTo(1);
        assertThat(summary.skipped()).isEqualTo(2);
        assertThat(summary.refusals()).extracting(Refusal::file, Refusal::reason).containsExactly(
                tuple("cvs/big.txt", FailureReason.TOO_LARGE),
                tuple("cvs/empty.docx", FailureReason.EMPTY),
                tuple("cvs/photo.pdf", FailureReason.UNSUPPORTED_TYPE));
        assertThat(sink.uploads).extracting(u -> u.key())
                .containsExactly(DocumentKeys.of(BATCH, Fixtures.text(1)), DocumentKeys.of(BATCH, Fixtures.pdf("b")));
        assertThat(sink.failures).extracting(f -> f.stage()).containsOnly("ingest");
        assertThat(sink.failures).extracting(f -> f.key()).doesNotContainAnyElementsOf(summary.acceptedKeys());
        assertThat(summary.refusals().get(2).message()).contains("image/png").contains("Upload PDF");
    }

    @Test
    void shouldGiveTheSameKeysOnEveryRun() throws IOException {
        Files.write(dir.resolve("big.txt"), Fixtures.text(3, 5000));
        final IngestConfig config = IngestConfig.defaults().withMaxDocumentBytes(4096);
        final String first = run(config, dir).refusals().get(0).key();
        assertThat(run(config, dir).refusals().get(0).key()).isEqualTo(first).startsWith(BATCH + "/");
    }

    @Test
    void shouldWalkZipsSkippingHiddenEntriesAndRefusingZipSlip() {
        final Map<String, byte[]> entries = new LinkedHashMap<>();
        entries.put("cvs/", new byte[0]);
        entries.put("cvs/a.txt", Fixtures.text(1));
        entries.put("cvs/b.docx", Fixtures.docx());
        entries.put("__MACOSX/cvs/._a.txt", new byte[] {0, 5, 22, 7});
        entries.put("cvs/.DS_Store", new byte[] {1});
        entries.put("../../etc/evil.txt", Fixtures.text(2));
        entries.put("/abs.txt", Fixtures.text(3));
        entries.put("cvs/tool.exe", new byte[] {'M', 'Z', (byte) 0x90, 0, 3, 0, 0, 0, 4, 0, 0, 0});

        final IngestSummary summary = runContent(IngestConfig.defaults(), "cvs.zip", Fixtures.zip(entries));

        assertThat(summary.accepted()).extracting(Accepted::file)
                .containsExactly("cvs.zip!/cvs/a.txt", "cvs.zip!/cvs/b.docx");
        assertThat(summary.skipped()).isEqualTo(2);
        assertThat(summary.refusals()).extracting(Refusal::file, Refusal::reason).containsExactly(
                tuple("cvs.zip!/../../etc/evil.txt", FailureReason.ARCHIVE_BOMB),
                tuple("cvs.zip!//abs.txt", FailureReason.ARCHIVE_BOMB),
                tuple("cvs.zip!/cvs/tool.exe", FailureReason.UNSUPPORTED_TYPE));
        assertThat(summary.refusals().get(0).message()).contains("outside the archive");
    }

    @Test
    void shouldRefuseACompressionBombWithoutExpandingIt() {
        final byte[] bomb = Fixtures.bomb(200 * 1024 * 1024);
        final IngestSummary summary = runContent(IngestConfig.defaults(), "cv.zip", bomb);
        assertThat(summary.acceptedKeys()).isEmpty();
        assertThat(summary.refusals()).extracting(Refusal::file, Refusal::reason, Refusal::key)
                .containsExactly(tuple("cv.zip", FailureReason.ARCHIVE_BOMB, DocumentKeys.of(BATCH, bomb)));
        assertThat(summary.refusals().get(0).message()).contains("times its size");
    }

    @Test
    void shouldRefuseArchivesWithTooManyEntriesOrBytes() {
        final Map<String, byte[]> entries = new LinkedHashMap<>();
        for (int i = 0; i < 20; i++) {
            entries.put("cv" + i + ".txt", Fixtures.text(i, 2000));
        }
        final byte[] zip = Fixtures.zip(entries);
        final IngestSummary many = runContent(IngestConfig.defaults().withArchiveLimits(10, 10L << 20, 100, 1),
                "many.zip", zip);
        assertThat(many.acceptedKeys()).hasSize(10);
        assertThat(many.refusals()).extracting(Refusal::reason).containsExactly(FailureReason.ARCHIVE_BOMB);
        assertThat(many.refusals().get(0).message()).contains("more than 10 entries");

        final IngestConfig small = new IngestConfig(4096, 1000, 4096 * 3, 100, 1, true, false, 1);
        final IngestSummary big = runContent(small, "big.zip", zip);
        assertThat(big.refusals()).extracting(Refusal::reason).containsExactly(FailureReason.ARCHIVE_BOMB);
        assertThat(big.refusals().get(0).message()).contains("expands to more than");
    }

    @Test
    void shouldAllowOneLevelOfNestingAndRefuseDeeper() {
        final byte[] inner = Fixtures.zip(Map.of("inner.txt", Fixtures.text(7)));
        final byte[] middle = Fixtures.zip(Map.of("middle.txt", Fixtures.text(8), "inner.zip", inner));
        final Map<String, byte[]> outer = new LinkedHashMap<>();
        outer.put("outer.txt", Fixtures.text(9));
        outer.put("middle.zip", middle);

        final IngestSummary summary = runContent(IngestConfig.defaults(), "outer.zip", Fixtures.zip(outer));

        assertThat(summary.accepted()).extracting(Accepted::file)
                .containsExactlyInAnyOrder("outer.zip!/outer.txt", "outer.zip!/middle.zip!/middle.txt");
        assertThat(summary.refusals()).extracting(Refusal::file, Refusal::reason)
                .containsExactly(tuple("outer.zip!/middle.zip!/inner.zip", FailureReason.ARCHIVE_BOMB));
        assertThat(summary.refusals().get(0).message()).contains("nested more than 1 level");
    }

    @Test
    void shouldRefuseEncryptedAndDamagedArchives() {
        final byte[] zip = Fixtures.zip(Map.of("a.txt", Fixtures.text(1)));
        assertThat(runContent(IngestConfig.defaults(), "secret.zip", Fixtures.encrypted(zip)).refusals())
                .extracting(Refusal::reason).containsExactly(FailureReason.ENCRYPTED);
        final byte[] truncated = java.util.Arrays.copyOf(zip, 40);
        assertThat(runContent(IngestConfig.defaults(), "cut.zip", truncated).refusals())
                .extracting(Refusal::reason).containsExactly(FailureReason.CORRUPT);
    }

    @Test
    void shouldRefuseATruncatedDocxAsDamagedNotAsAnArchiveOfParts() {
        final byte[] docx = Fixtures.docx();
        final IngestSummary summary = runContent(IngestConfig.defaults(), "cut.docx",
                java.util.Arrays.copyOf(docx, docx.length / 2));
        assertThat(summary.accepted()).isEmpty();
        assertThat(summary.refusals()).extracting(Refusal::file, Refusal::reason)
                .containsExactly(tuple("cut.docx", FailureReason.CORRUPT));
    }

    @Test
    void shouldStreamArchivesLargerThanTheDocumentLimitFromDisk() throws IOException {
        final Path zip = dir.resolve("all.zip");
        try (OutputStream out = Files.newOutputStream(zip); ZipOutputStream z = new ZipOutputStream(out)) {
            for (int i = 0; i < 30; i++) {
                z.putNextEntry(new ZipEntry("cv" + i + ".txt"));
                z.write(Fixtures.text(i, 3000));
                z.closeEntry();
            }
        }
        final Path docx = dir.resolve("huge.docx");
        Files.write(docx, Fixtures.docx());
        final IngestConfig config = IngestConfig.defaults().withMaxDocumentBytes(300);
        final IngestSummary summary = run(config.withMaxDocumentBytes(4096), zip);
        assertThat(Files.size(zip)).isGreaterThan(4096);
        assertThat(summary.acceptedKeys()).hasSize(30);
        assertThat(run(config, docx).refusals()).extracting(Refusal::reason)
                .containsExactly(FailureReason.TOO_LARGE);
    }

    @Test
    void shouldRenderASummaryWithoutDocumentText() {
        final IngestSummary summary = runContent(IngestConfig.defaults(), "e.txt", new byte[0]);
        assertThat(summary.toLines()).hasSize(3);
        assertThat(summary.toLines().get(0)).startsWith("batch b1: 0 accepted");
        assertThat(summary.toLines().get(1)).isEqualTo("refused EMPTY: 1");
        assertThat(summary.toLines().get(2)).startsWith("  - e.txt: EMPTY: The file is empty.");
        assertThat(new String(Fixtures.text(1), StandardCharsets.UTF_8)).doesNotContain(summary.toLines().get(0));
    }

    @Test
    void shouldNameARefusedFileOfABlindBatchByItsPseudonym() {
        final IngestSummary summary = runContent(IngestConfig.defaults(), "Jorunn_Abernathy-Klee.txt", new byte[0]);
        final String refused = summary.toLines(true).get(2);
        assertThat(refused).isEqualTo("  - " + org.resumepipeline.model.Pseudonym.of(summary.refusals().get(0).key())
                + ": EMPTY: " + FailureReason.EMPTY.advice());
        assertThat(String.join("\n", summary.toLines(true))).doesNotContainIgnoringCase("Jorunn")
                .doesNotContainIgnoringCase("Abernathy");
        assertThat(summary.toLines(false).get(2)).contains("Jorunn_Abernathy-Klee.txt");
    }

    @Test
    void shouldTellApartTwoFilesOfABlindBatchWhosePseudonymsCollideAsTheReportDoes() {
        final List<byte[]> images = collidingImages();
        final IngestRun run = new IngestRun(BATCH, IngestConfig.defaults(), new TypeSniffer(), sink,
                IngestProgress.none(), Set.of());
        run.upload("Zebulon_Quartermaine.png", images.get(0));
        run.upload("Ottilie_Quartermaine.png", images.get(1));
        final IngestSummary summary = run.finish();
        final List<String> keys = summary.refusals().stream().map(Refusal::key).toList();
        assertThat(keys).hasSize(2);
        assertThat(Pseudonym.of(keys.get(0))).as("the fixture collides").isEqualTo(Pseudonym.of(keys.get(1)));
        final Map<String, String> report = Pseudonym.forBatch(keys);
        assertThat(report.get(keys.get(0))).matches("Candidate [0-9A-F]{8}").isNotEqualTo(report.get(keys.get(1)));
        final String advice = ": UNSUPPORTED_TYPE: " + FailureReason.UNSUPPORTED_TYPE.advice();
        assertThat(summary.toLines(true)).contains("  - " + report.get(keys.get(0)) + advice,
                "  - " + report.get(keys.get(1)) + advice);
        assertThat(String.join("\n", summary.toLines(true))).doesNotContain("Quartermaine");

        final IngestRun later = new IngestRun(BATCH, IngestConfig.defaults(), new TypeSniffer(), sink,
                IngestProgress.none(), Set.of(keys.get(0)));
        later.upload("Ottilie_Quartermaine.png", images.get(1));
        assertThat(later.finish().toLines(true)).as("a document of an earlier run counts too")
                .contains("  - " + report.get(keys.get(1)) + advice);
    }

    /** @return two images (refused as unsupported) whose keys in the batch share their 4-digit pseudonym */
    private static List<byte[]> collidingImages() {
        final Map<String, byte[]> firstByPseudonym = new HashMap<>();
        for (int i = 0; ; i++) {
            final byte[] image = (new String(Fixtures.png(), StandardCharsets.ISO_8859_1) + i)
                    .getBytes(StandardCharsets.ISO_8859_1);
            final byte[] seen = firstByPseudonym.putIfAbsent(Pseudonym.of(DocumentKeys.of(BATCH, image)), image);
            if (seen != null) {
                return List.of(seen, image);
            }
        }
    }

    @Test
    void shouldListWhatKafkaDidNotAcknowledgeAndStopSendingOnceItTimesOut() throws IOException {
        final Path cvs = Files.createDirectories(dir.resolve("cvs"));
        for (int i = 1; i <= 5; i++) {
            Files.write(cvs.resolve("c" + i + ".txt"), Fixtures.text(i));
        }
        final UnreachableAfter kafka = new UnreachableAfter(2);
        final IngestRun run = new IngestRun(BATCH, IngestConfig.defaults(), new TypeSniffer(), kafka,
                IngestProgress.none(), Set.of());
        run.files(List.of(cvs));
        final IngestSummary summary = run.finish();

        assertThat(summary.accepted()).extracting(Accepted::file).containsExactly("cvs/c1.txt", "cvs/c2.txt");
        assertThat(summary.acceptedKeys()).hasSize(2);
        assertThat(summary.unpublished()).extracting(Accepted::file)
                .containsExactly("cvs/c3.txt", "cvs/c4.txt", "cvs/c5.txt");
        assertThat(summary.complete()).isFalse();
        assertThat(summary.allKeys()).as("what will get a result").hasSize(2);
        assertThat(kafka.sends).as("no send after the one that timed out").isEqualTo(3);
        assertThat(summary.bytes()).isEqualTo(Fixtures.text(1).length + Fixtures.text(2).length);
        assertThat(summary.publishError()).startsWith("TimeoutException: ");
        assertThat(summary.toLines()).contains("NOT PUBLISHED: 3 document(s): Kafka did not acknowledge them ("
                + summary.publishError() + ")", "  - cvs/c3.txt", "  - cvs/c5.txt");
        assertThat(summary.toLines().get(0)).startsWith("batch b1: 2 accepted");
    }

    @Test
    void shouldKeepSendingTheOthersWhenKafkaRefusesOneRecordForItself() {
        final UnreachableAfter kafka = new UnreachableAfter(Integer.MAX_VALUE);
        kafka.refuse = 1;
        final IngestRun run = new IngestRun(BATCH, IngestConfig.defaults(), new TypeSniffer(), kafka,
                IngestProgress.none(), Set.of());
        for (int i = 1; i <= 3; i++) {
            run.upload("c" + i + ".txt", Fixtures.text(i));
        }
        final IngestSummary summary = run.finish();
        assertThat(summary.unpublished()).extracting(Accepted::file).containsExactly("c2.txt");
        assertThat(summary.accepted()).extracting(Accepted::file).containsExactly("c1.txt", "c3.txt");
        assertThat(summary.publishError()).startsWith("RecordTooLargeException");
    }

    /** Acknowledges the first uploads, then times out as a producer does when the cluster is gone. */
    private static final class UnreachableAfter implements RecordSink {
        private final int acknowledged;
        int sends;
        /** The index of one upload to refuse as too large, or -1. */
        int refuse = -1;

        UnreachableAfter(final int acknowledged) {
            this.acknowledged = acknowledged;
        }

        @Override
        public void upload(final String key, final byte[] value, final Callback callback) {
            final int n = sends++;
            if (n == refuse) {
                callback.onCompletion(null, new RecordTooLargeException("over max.request.size"));
            } else if (n >= acknowledged) {
                callback.onCompletion(null, new TimeoutException("Expiring 1 record(s) for resume.uploads-0"));
            } else {
                callback.onCompletion(null, null);
            }
        }

        @Override
        public void failure(final Failure failure, final Callback callback) {
            callback.onCompletion(null, null);
        }

        @Override
        public void flush() {
            // callbacks ran at send time
        }
    }
}
