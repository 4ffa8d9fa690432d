package org.resumepipeline.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.resumepipeline.broker.EmbeddedKafka;
import org.resumepipeline.model.Topics;

/** Runs the ingest benchmark against a fresh embedded broker: {@code IngestBenchMain [docs] [docBytes]}. */
public final class IngestBenchMain {
    private IngestBenchMain() {
    }

    public static void main(final String[] args) throws IOException {
        final int docs = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
        final int docBytes = args.length > 1 ? Integer.parseInt(args[1]) : 50 * 1024;
        final Path work = Files.createTempDirectory("rp-bench-ingest");
        try (EmbeddedKafka kafka = new EmbeddedKafka(work.resolve("kafka"), 0, Topics.MAX_MESSAGE_BYTES).start()) {
            IngestBench.run(kafka.bootstrapServers(), work, docs, docBytes, System.out);
            IngestBench.run(kafka.bootstrapServers(), work, docs, docBytes, System.out);
        }
    }
}
