package org.resumepipeline.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.resumepipeline.broker.KafkaBootstrapExtension;
import org.resumepipeline.broker.KafkaBootstrapExtension.KafkaBootstrap;
import org.resumepipeline.model.Topics;

@ExtendWith(KafkaBootstrapExtension.class)
class LargeBatchIT {
    @TempDir
    Path dir;

    @Test
    void shouldPublishEveryDocumentOfALargeBatchExactlyOnce(final KafkaBootstrap kafka) throws IOException {
        TopicKeys.ensureTopics(kafka.servers());
        for (int i = 0; i < 1000; i++) {
            final Path sub = Files.createDirectories(dir.resolve("part-" + i / 100));
            Files.write(sub.resolve("cv-" + i + ".txt"), Fixtures.text(i, 2000));
        }
        Files.write(dir.resolve("part-0").resolve("copy.txt"), Fixtures.text(5, 2000));
        final String batch = "large-it";

        final IngestSummary summary;
        try (Ingestor ingestor = new Ingestor(Map.of("bootstrap.servers", kafka.servers()))) {
            summary = ingestor.ingest(batch, List.of(dir));
        }

        assertThat(summary.acceptedKeys()).hasSize(1000).doesNotHaveDuplicates();
        assertThat(summary.duplicates()).isEqualTo(1);
        final Map<String, Long> published = TopicKeys.keys(kafka.servers(), Topics.UPLOADS.name(), batch).stream()
                .collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
        assertThat(published.keySet()).containsExactlyInAnyOrderElementsOf(summary.acceptedKeys());
        assertThat(published.values()).containsOnly(1L);
    }
}
