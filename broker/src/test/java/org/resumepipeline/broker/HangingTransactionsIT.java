package org.resumepipeline.broker;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.admin.ProducerState;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
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

    @Test
    void shouldNotAbortTheOpenTransactionOfALiveProducerSeenAtAnOlderEpoch(@TempDir final Path dir)
            throws Exception {
        // what rp broker meets when it starts under running stages: a transaction seen open at one epoch, whose
        // producer is alive and has ended it and opened the next one (at a newer epoch) by the time of the abort
        try (EmbeddedKafka kafka = new EmbeddedKafka(dir, 0, 1024 * 1024).start();
             Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG,
                     kafka.bootstrapServers()))) {
            admin.createTopics(List.of(new NewTopic("live", 1, (short) 1))).all().get();
            final TopicPartition tp = new TopicPartition("live", 0);
            final Properties p = new Properties();
            p.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers());
            p.put(ProducerConfig.TRANSACTIONAL_ID_CONFIG, "it-live");
            try (KafkaProducer<String, String> producer = new KafkaProducer<>(p, new StringSerializer(),
                    new StringSerializer())) {
                producer.initTransactions();
                producer.beginTransaction();
                producer.send(new ProducerRecord<>("live", "k", "first")).get();
                final ProducerState seen = openOn(admin, tp);
                final HangingTransactions.Hanging stale = new HangingTransactions.Hanging(tp, seen.producerId(),
                        seen.producerEpoch(), seen.coordinatorEpoch().orElse(-1),
                        seen.currentTransactionStartOffset().getAsLong());
                producer.commitTransaction();
                producer.beginTransaction();
                producer.send(new ProducerRecord<>("live", "k", "second")).get();
                assertThat(openOn(admin, tp).producerEpoch()).as("the producer has moved to a newer epoch")
                        .isGreaterThan(seen.producerEpoch());

                assertThat(HangingTransactions.abortEach(admin, List.of(stale))).as("alive, so not aborted")
                        .isEmpty();
                producer.commitTransaction();
            }
            assertThat(committedValues(kafka, "live")).as("its open transaction was not aborted")
                    .containsExactly("first", "second");
        }
    }

    private static ProducerState openOn(final Admin admin, final TopicPartition tp) throws Exception {
        return admin.describeProducers(List.of(tp)).all().get().get(tp).activeProducers().stream()
                .filter(s -> s.currentTransactionStartOffset().isPresent()).findFirst().orElseThrow();
    }

    private static List<String> committedValues(final EmbeddedKafka kafka, final String topic) {
        final Properties p = new Properties();
        p.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers());
        p.put(ConsumerConfig.GROUP_ID_CONFIG, "it-read-" + topic);
        p.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        p.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        final List<String> values = new ArrayList<>();
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(p, new StringDeserializer(),
                new StringDeserializer())) {
            consumer.subscribe(List.of(topic));
            final long end = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            while (values.size() < 2 && System.nanoTime() < end) {
                consumer.poll(Duration.ofMillis(500)).forEach(r -> values.add(r.value()));
            }
        }
        return values;
    }
}
