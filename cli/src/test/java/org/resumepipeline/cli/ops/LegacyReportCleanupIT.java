package org.resumepipeline.cli.ops;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.resumepipeline.broker.KafkaBootstrapExtension;
import org.resumepipeline.broker.KafkaBootstrapExtension.KafkaBootstrap;
import org.resumepipeline.report.ReportTopology;

/** The previous report version's group and internal topics go, unless that version is still running. */
@ExtendWith(KafkaBootstrapExtension.class)
class LegacyReportCleanupIT {
    private static Set<String> topics(final Admin admin) throws Exception {
        return admin.listTopics().names().get();
    }

    private static KafkaConsumer<String, String> consumer(final KafkaBootstrap kafka) {
        return new KafkaConsumer<>(Map.of("bootstrap.servers", kafka.servers(),
                "group.id", ReportTopology.LEGACY_APPLICATION_ID, "auto.offset.reset", "earliest",
                "enable.auto.commit", false), new StringDeserializer(), new StringDeserializer());
    }

    @Test
    void shouldRemoveTheLegacyTopicsOnlyOnceTheOldGroupIsGone(final KafkaBootstrap kafka) throws Exception {
        final List<String> legacy = ReportTopology.legacyInternalTopics();
        try (Admin admin = Admin.create(Map.of("bootstrap.servers", kafka.servers()))) {
            admin.createTopics(legacy.stream().map(t -> new NewTopic(t, 1, (short) 1)).toList()).all().get();
            // a topic of the current report id (the cluster is shared with other tests: a name of its own)
            final String unrelated = ReportTopology.APPLICATION_ID + "-cleanup-it-" + System.nanoTime() + "-changelog";
            admin.createTopics(List.of(new NewTopic(unrelated, 1, (short) 1))).all().get();

            try (KafkaConsumer<String, String> old = consumer(kafka)) {
                old.subscribe(List.of(legacy.get(0)));
                // poll until the member has joined the group
                final long until = System.nanoTime() + Duration.ofSeconds(30).toNanos();
                while (old.assignment().isEmpty() && System.nanoTime() < until) {
                    old.poll(Duration.ofMillis(100));
                }
                assertThat(old.assignment()).isNotEmpty();
                old.commitSync(Map.of(new TopicPartition(legacy.get(0), 0), new OffsetAndMetadata(0)));

                assertThat(LegacyReportCleanup.run(admin)).as("the old report is still running").isEmpty();
                assertThat(topics(admin)).containsAll(legacy);
            }

            assertThat(LegacyReportCleanup.run(admin)).containsExactlyInAnyOrderElementsOf(legacy);
            assertThat(topics(admin)).doesNotContainAnyElementsOf(legacy).contains(unrelated);
            assertThat(admin.listConsumerGroups().all().get())
                    .noneMatch(g -> g.groupId().equals(ReportTopology.LEGACY_APPLICATION_ID));
            assertThat(LegacyReportCleanup.run(admin)).as("nothing left to remove").isEmpty();
            admin.deleteTopics(List.of(unrelated)).all().get();
        }
    }
}
