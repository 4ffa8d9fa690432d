package org.resumepipeline.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.config.TopicConfig;
import org.apache.kafka.common.errors.TopicExistsException;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serdes;

/** The pipeline's topics, as constants the stages and tests share. */
public final class Topics {
    /** Default largest upload in bytes (10 MB); the uploads topic and clients allow a little more. */
    public static final int DEFAULT_MAX_DOCUMENT_BYTES = 10 * 1024 * 1024;
    /** Room for the JSON envelope (base64 grows bytes by 4/3) around the largest document. */
    public static final int MAX_MESSAGE_BYTES = DEFAULT_MAX_DOCUMENT_BYTES * 4 / 3 + 1024 * 1024;

    private static final Serde<String> KEY = Serdes.String();
    private static final String COMPACT = TopicConfig.CLEANUP_POLICY_COMPACT;

    public static final Topic<String, Upload> UPLOADS = new Topic<>("resume.uploads", KEY, new JsonSerde<>(Upload.class),
            Map.of(TopicConfig.MAX_MESSAGE_BYTES_CONFIG, Integer.toString(MAX_MESSAGE_BYTES),
                    TopicConfig.COMPRESSION_TYPE_CONFIG, "producer",
                    TopicConfig.RETENTION_MS_CONFIG, Long.toString(7L * 24 * 3600 * 1000),
                    TopicConfig.CLEANUP_POLICY_CONFIG, TopicConfig.CLEANUP_POLICY_DELETE + "," + COMPACT));
    public static final Topic<String, ResumeText> TEXTS = new Topic<>("resume.texts", KEY,
            new JsonSerde<>(ResumeText.class), Map.of(TopicConfig.CLEANUP_POLICY_CONFIG, COMPACT));
    public static final Topic<String, DocumentResult> SCORES = new Topic<>("resume.scores", KEY,
            new JsonSerde<>(DocumentResult.class), Map.of(TopicConfig.CLEANUP_POLICY_CONFIG, COMPACT));
    public static final Topic<String, Failure> FAILURES = new Topic<>("resume.failures", KEY,
            new JsonSerde<>(Failure.class), Map.of(TopicConfig.CLEANUP_POLICY_CONFIG, COMPACT));
    public static final Topic<String, Batch> BATCHES = new Topic<>("resume.batches", KEY, new JsonSerde<>(Batch.class),
            Map.of(TopicConfig.CLEANUP_POLICY_CONFIG, COMPACT));
    /**
     * Who revealed which candidate of a blind batch, when ({@link Reveal}, keyed by {@code <batch>/<id>}); compacted
     * and never deleted by time, so forget can replace a record by one without the document.
     */
    public static final Topic<String, Reveal> AUDIT = new Topic<>("resume.audit", KEY, new JsonSerde<>(Reveal.class),
            Map.of(TopicConfig.CLEANUP_POLICY_CONFIG, COMPACT));
    /** Kafka Streams' built-in dead-letter queue for records a stage cannot process. */
    public static final Topic<byte[], byte[]> DEAD_LETTERS = new Topic<>("resume.dlq", Serdes.ByteArray(),
            Serdes.ByteArray(), Map.of(TopicConfig.RETENTION_MS_CONFIG, Long.toString(30L * 24 * 3600 * 1000)));

    public static final List<Topic<?, ?>> ALL = List.of(UPLOADS, TEXTS, SCORES, FAILURES, BATCHES, AUDIT,
            DEAD_LETTERS);

    private Topics() {
    }

    /**
     * Creates every missing topic with its configs; existing topics are left as they are.
     *
     * @param admin      an admin client
     * @param partitions partitions per topic
     * @throws IllegalStateException when the cluster refuses
     */
    public static void ensure(final Admin admin, final int partitions) {
        try {
            final Set<String> existing = admin.listTopics().names().get();
            final List<NewTopic> missing = new ArrayList<>();
            for (final Topic<?, ?> topic : ALL) {
                if (!existing.contains(topic.name())) {
                    missing.add(new NewTopic(topic.name(), partitions, (short) -1).configs(topic.configs()));
                }
            }
            if (!missing.isEmpty()) {
                admin.createTopics(missing).all().get();
            }
        } catch (ExecutionException e) {
            if (!(e.getCause() instanceof TopicExistsException)) {
                throw new IllegalStateException("cannot create topics: " + e.getCause().getMessage(), e.getCause());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while creating topics", e);
        }
    }
}
