package org.resumepipeline.broker;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The start-up sweep for hanging transactions never touches a transaction its coordinator still runs. */
class HangingTransactionsIT {

    @Test
    void shouldLeaveAnOpenTransactionItsCoordinatorKnowsAlone(@TempDir final Path dir) throws Exception {
        try (EmbeddedKafka kafka = new EmbeddedKafka(dir, 0, 1024 * 1024).start();
             Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG,
                     kafka.bootstrapServers()))) {
            admin.createTopics(List.of(new NewTopic("open", 1, (short) 1))).all().get();
            assertThat(HangingTransactions.abort(admin)).isEmpty();
            final Properties p = new Properties();
            p.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers());
            p.put(ProducerConfig.TRANSACTIONAL_ID_CONFIG, "it-open");
            try (KafkaProducer<String, String> producer = new KafkaProducer<>(p, new StringSerializer(),
                    new StringSerializer())) {
                producer.initTransactions();
                producer.beginTransaction();
                producer.send(new ProducerRecord<>("open", "k", "v")).get();
                final TopicPartition tp = new TopicPartition("open", 0);
                assertThat(admin.describeProducers(List.of(tp)).all().get().get(tp).activeProducers())
                        .as("the transaction is open on the partition")
                        .anyMatch(s -> s.currentTransactionStartOffset().isPresent());

                assertThat(HangingTransactions.abort(admin)).as("ongoing, so not hanging").isEmpty();
                producer.commitTransaction();
            }
        }
    }
}
