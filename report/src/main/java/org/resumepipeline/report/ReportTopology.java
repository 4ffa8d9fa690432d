package org.resumepipeline.report;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Duration;
import java.util.List;
import java.util.Properties;
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
import org.apache.kafka.streams.state.KeyValueStore;
import org.resumepipeline.model.DocumentResult;
import org.resumepipeline.model.JsonSerde;
import org.resumepipeline.model.Topics;

/**
 * The report stage.
 * <ul>
 *   <li>Inputs: {@code resume.scores} and {@code resume.failures} (merged: the latest outcome of a document wins),
 *   {@code resume.batches}.</li>
 *   <li>Outputs: none; reports and metrics are served over HTTP by interactive queries.</li>
 *   <li>Stores: {@value #RESULTS_STORE} (current DOC per document key, kept as the JSON bytes it arrived as),
 *   {@value #CONTRIBUTIONS_STORE} (what each document adds to its batch's counts), {@value #AGGREGATES_STORE}
 *   (per-batch counts kept with an adder and a subtractor, so replays and rescores replace rather than add) and
 *   {@value #BATCHES_STORE} (batch metadata).</li>
 * </ul>
 * A DOC is parsed once on its way through: its bytes go to the results store as they are, and its contribution is
 * read from them by {@link ContributionReader}; the contribution it replaces comes from {@value #CONTRIBUTIONS_STORE},
 * not from parsing the old DOC again.
 */
public final class ReportTopology {
    /**
     * The report's application id. It changed from {@value #LEGACY_APPLICATION_ID} when the stores changed shape
     * (DOC bytes, a contributions store): a new id rebuilds the report from the compacted topics instead of mixing
     * the two shapes. {@link #legacyInternalTopics()} lists what the old id left behind.
     */
    public static final String APPLICATION_ID = "resume-report-v2";
    /** The application id of the report before {@value #APPLICATION_ID}. */
    public static final String LEGACY_APPLICATION_ID = "resume-report";
    public static final String RESULTS_STORE = "results-by-document";
    public static final String CONTRIBUTIONS_STORE = "contributions-by-document";
    public static final String AGGREGATES_STORE = "aggregates-by-batch";
    public static final String BATCHES_STORE = "batches-by-name";
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
        final KStream<String, byte[]> scores = builder.stream(Topics.SCORES.name(),
                Consumed.with(Topics.SCORES.keySerde(), Serdes.ByteArray()).withName(Topics.SCORES.name() + "-source"));
        final Serializer<DocumentResult> docs = RESULT_SERDE.serializer();
        final KStream<String, byte[]> failures = builder
                .stream(Topics.FAILURES.name(), Topics.FAILURES.consumed())
                .mapValues(f -> f == null ? null : docs.serialize(Topics.SCORES.name(), DocumentResult.failed(f)),
                        Named.as("report-failure-as-result"));
        final KTable<String, byte[]> results = scores
                .merge(failures, Named.as("report-merge-outcomes"))
                .toTable(Named.as("report-results-table"),
                        Materialized.<String, byte[], KeyValueStore<Bytes, byte[]>>as(RESULTS_STORE)
                                .withKeySerde(Serdes.String()).withValueSerde(Serdes.ByteArray()));
        // materialized: the contribution a new DOC replaces is read from this store, not parsed from the old DOC
        final KTable<String, Contribution> contributions = results.mapValues(bytes -> {
            final Contribution c = ContributionReader.read(bytes);
            meters.observe(c);
            return c;
        }, Named.as("report-contribution"), Materialized.<String, Contribution, KeyValueStore<Bytes, byte[]>>as(
                CONTRIBUTIONS_STORE).withKeySerde(Serdes.String()).withValueSerde(CONTRIBUTION_SERDE));
        contributions.groupBy((key, c) -> KeyValue.pair(c.batch(), c),
                        Grouped.with(BY_BATCH, Serdes.String(), CONTRIBUTION_SERDE))
                .aggregate(() -> BatchAggregate.empty(null),
                        (batch, c, agg) -> agg.add(c),
                        (batch, c, agg) -> agg.subtract(c),
                        Named.as("report-aggregate-batch"),
                        Materialized.<String, BatchAggregate, KeyValueStore<Bytes, byte[]>>as(AGGREGATES_STORE)
                                .withKeySerde(Serdes.String()).withValueSerde(AGGREGATE_SERDE));
        // global: every report instance answers for every batch's metadata
        builder.globalTable(Topics.BATCHES.name(), Topics.BATCHES.consumed().withName("resume.batches-report-source"),
                Materialized.<String, org.resumepipeline.model.Batch, KeyValueStore<Bytes, byte[]>>as(BATCHES_STORE)
                        .withKeySerde(Topics.BATCHES.keySerde()).withValueSerde(Topics.BATCHES.valueSerde()));
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
