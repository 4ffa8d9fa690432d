package org.resumepipeline.report;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Duration;
import java.util.List;
import java.util.Properties;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.common.serialization.Serializer;
import org.apache.kafka.common.utils.Bytes;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.kstream.Consumed;
import org.apache.kafka.streams.kstream.Grouped;
import org.apache.kafka.streams.kstream.KStream;
import org.apache.kafka.streams.kstream.KTable;
import org.apache.kafka.streams.kstream.Materialized;
import org.apache.kafka.streams.kstream.Named;
import org.apache.kafka.streams.processor.api.FixedKeyProcessor;
import org.apache.kafka.streams.processor.api.FixedKeyProcessorContext;
import org.apache.kafka.streams.processor.api.FixedKeyRecord;
import org.apache.kafka.streams.state.KeyValueStore;
import org.resumepipeline.model.Contribution;
import org.resumepipeline.model.DocumentResult;
import org.resumepipeline.model.JsonSerde;
import org.resumepipeline.model.Reveal;
import org.resumepipeline.model.Topics;

/**
 * The report stage.
 * <ul>
 *   <li>Inputs: {@code resume.scores} and {@code resume.failures} (merged: the latest outcome of a document wins),
 *   {@code resume.batches}, {@code resume.audit} (reveals of blind batches).</li>
 *   <li>Outputs: none; reports and metrics are served over HTTP by interactive queries.</li>
 *   <li>Stores: {@value #RESULTS_STORE} (per document key: the current DOC, kept as the JSON bytes it arrived
 *   as, beside what it adds to its batch's counts: a {@link ResultEntry}), {@value #AGGREGATES_STORE} (per-batch
 *   counts kept with an adder and a subtractor, so replays and rescores replace rather than add) and
 *   {@value #BATCHES_STORE} (batch metadata) and {@value #REVEALS_STORE} (reveals by {@code <batch>/<id>}; both
 *   global tables).</li>
 * </ul>
 * The report does not parse DOCs on their way through: the score stage writes each DOC's counts in a record header
 * ({@link Contribution#HEADER}), and the counts a new DOC replaces are read back from the results store. Only a DOC
 * without the header (a failure, or a score from before the header) is read, by {@link ContributionReader}.
 */
public final class ReportTopology {
    /**
     * The report's application id. It changed from {@value #LEGACY_APPLICATION_ID} when the stores changed shape
     * (DOC bytes beside their counts): a new id rebuilds the report from the compacted topics instead of mixing
     * the two shapes. {@link #legacyInternalTopics()} lists what the old id left behind.
     */
    public static final String APPLICATION_ID = "resume-report-v2";
    /** The application id of the report before {@value #APPLICATION_ID}. */
    public static final String LEGACY_APPLICATION_ID = "resume-report";
    public static final String RESULTS_STORE = "results-by-document";
    public static final String AGGREGATES_STORE = "aggregates-by-batch";
    public static final String BATCHES_STORE = "batches-by-name";
    public static final String TEXTS_STORE = "texts-by-document";
    public static final String REVEALS_STORE = "reveals-by-batch";
    private static final String BY_BATCH = "results-by-batch";

    static final Serde<DocumentResult> RESULT_SERDE = Topics.SCORES.valueSerde();
    static final Serde<BatchAggregate> AGGREGATE_SERDE = new JsonSerde<>(BatchAggregate.class);
    static final Serde<Contribution> CONTRIBUTION_SERDE = new JsonSerde<>(Contribution.class);

    private ReportTopology() {
    }

    /**
     * @param registry where the stage's metrics go
     * @param props    Streams properties for {@code builder.build(props)}
     * @return the topology
     */
    public static Topology build(final MeterRegistry registry, final Properties props) {
        final StreamsBuilder builder = new StreamsBuilder();
        final Meters meters = new Meters(registry);
        final KStream<String, ResultEntry> scores = builder.stream(Topics.SCORES.name(),
                        Consumed.with(Topics.SCORES.keySerde(), Serdes.ByteArray())
                                .withName(Topics.SCORES.name() + "-source"))
                .processValues(() -> new CountsOfScore(meters), Named.as("report-counts-of-score"));
        final Serializer<DocumentResult> docs = RESULT_SERDE.serializer();
        final KStream<String, ResultEntry> failures = builder
                .stream(Topics.FAILURES.name(), Topics.FAILURES.consumed())
                .mapValues(f -> {
                    if (f == null) {
                        return null;
                    }
                    final DocumentResult doc = DocumentResult.failed(f);
                    final Contribution c = Contribution.of(doc);
                    meters.observe(c);
                    return ResultEntry.of(c, docs.serialize(Topics.SCORES.name(), doc));
                }, Named.as("report-failure-as-result"));
        // the old value a groupBy subtracts is read back from this store: only its small contribution is parsed
        final KTable<String, ResultEntry> results = scores
                .merge(failures, Named.as("report-merge-outcomes"))
                .toTable(Named.as("report-results-table"),
                        Materialized.<String, ResultEntry, KeyValueStore<Bytes, byte[]>>as(RESULTS_STORE)
                                .withKeySerde(Serdes.String()).withValueSerde(ResultEntry.SERDE));
        results.groupBy((key, entry) -> KeyValue.pair(entry.contribution().batch(), entry.contribution()),
                        Grouped.with(BY_BATCH, Serdes.String(), CONTRIBUTION_SERDE))
                .aggregate(() -> BatchAggregate.empty(null),
                        (batch, c, agg) -> agg.add(c),
                        (batch, c, agg) -> agg.subtract(c),
                        Named.as("report-aggregate-batch"),
                        Materialized.<String, BatchAggregate, KeyValueStore<Bytes, byte[]>>as(AGGREGATES_STORE)
                                .withKeySerde(Serdes.String()).withValueSerde(AGGREGATE_SERDE));
        builder.table(Topics.TEXTS.name(), Consumed.with(Topics.TEXTS.keySerde(), Serdes.ByteArray())
                        .withName("resume.texts-report-source"),
                Materialized.<String, byte[], KeyValueStore<Bytes, byte[]>>as(TEXTS_STORE)
                        .withKeySerde(Serdes.String()).withValueSerde(Serdes.ByteArray()));
        // global: every report instance answers for every batch's metadata
        builder.globalTable(Topics.BATCHES.name(), Topics.BATCHES.consumed().withName("resume.batches-report-source"),
                Materialized.<String, org.resumepipeline.model.Batch, KeyValueStore<Bytes, byte[]>>as(BATCHES_STORE)
                        .withKeySerde(Topics.BATCHES.keySerde()).withValueSerde(Topics.BATCHES.valueSerde()));
        // global too: reveals are few, and every instance lists a batch's reveals in its report
        builder.globalTable(Topics.AUDIT.name(), Topics.AUDIT.consumed().withName("resume.audit-report-source"),
                Materialized.<String, Reveal, KeyValueStore<Bytes, byte[]>>as(REVEALS_STORE)
                        .withKeySerde(Topics.AUDIT.keySerde()).withValueSerde(Topics.AUDIT.valueSerde()));
        return builder.build(props);
    }

    /**
     * @return the internal topics the report left under {@link #LEGACY_APPLICATION_ID}: its two store changelogs and
     *         its repartition topic
     */
    public static List<String> legacyInternalTopics() {
        return List.of(LEGACY_APPLICATION_ID + "-" + RESULTS_STORE + "-changelog",
                LEGACY_APPLICATION_ID + "-" + AGGREGATES_STORE + "-changelog",
                LEGACY_APPLICATION_ID + "-" + BY_BATCH + "-repartition");
    }

    /**
     * A score's entry: the contribution from the score stage's {@link Contribution#HEADER} header when it has one,
     * else read from the DOC (scores written before the header existed).
     */
    private static final class CountsOfScore implements FixedKeyProcessor<String, byte[], ResultEntry> {
        private final Meters meters;
        private FixedKeyProcessorContext<String, ResultEntry> context;

        CountsOfScore(final Meters meters) {
            this.meters = meters;
        }

        @Override
        public void init(final FixedKeyProcessorContext<String, ResultEntry> context) {
            this.context = context;
        }

        @Override
        public void process(final FixedKeyRecord<String, byte[]> record) {
            final byte[] doc = record.value();
            if (doc == null) {
                context.forward(record.withValue(null));
                return;
            }
            final ResultEntry fromHeader = fromHeader(record.headers().lastHeader(Contribution.HEADER), doc);
            final ResultEntry entry = fromHeader != null ? fromHeader
                    : ResultEntry.of(ContributionReader.read(doc), doc);
            meters.observe(entry.contribution());
            context.forward(record.withValue(entry));
        }

        /** @return the entry the header gives, or null when there is no header or it is not a contribution */
        private static ResultEntry fromHeader(final Header header, final byte[] doc) {
            if (header == null || header.value() == null) {
                return null;
            }
            final ResultEntry entry = ResultEntry.of(header.value(), doc);
            try {
                entry.contribution();
                return entry;
            } catch (SerializationException e) {
                return null;
            }
        }
    }

    /** The stage's meters, registered once (a lookup per document showed in the rescore profile). */
    private static final class Meters {
        private final Counter scored;
        private final Counter failed;
        private final Timer endToEnd;

        Meters(final MeterRegistry registry) {
            scored = registry.counter("resume.documents", "stage", "report", "outcome", "ok");
            failed = registry.counter("resume.documents", "stage", "report", "outcome", "failed");
            endToEnd = Timer.builder("resume.end_to_end")
                    .description("Time from upload to a result in the report")
                    .publishPercentileHistogram()
                    .minimumExpectedValue(Duration.ofMillis(10))
                    .maximumExpectedValue(Duration.ofMinutes(10))
                    .register(registry);
        }

        void observe(final Contribution doc) {
            (doc.isScored() ? scored : failed).increment();
            if (doc.isScored() && doc.uploadedAt() > 0) {
                endToEnd.record(Duration.ofMillis(Math.max(0, System.currentTimeMillis() - doc.uploadedAt())));
            }
        }
    }
}
