package org.resumepipeline.report;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Duration;
import java.util.Properties;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.common.utils.Bytes;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.Topology;
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
 *   <li>Stores: {@value #RESULTS_STORE} (current DOC per document key), {@value #AGGREGATES_STORE} (per-batch
 *   counts kept with an adder and a subtractor, so replays and rescores replace rather than add) and
 *   {@value #BATCHES_STORE} (batch metadata).</li>
 * </ul>
 */
public final class ReportTopology {
    public static final String APPLICATION_ID = "resume-report";
    public static final String RESULTS_STORE = "results-by-document";
    public static final String AGGREGATES_STORE = "aggregates-by-batch";
    public static final String BATCHES_STORE = "batches-by-name";

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
        final KStream<String, DocumentResult> scores = builder.stream(Topics.SCORES.name(), Topics.SCORES.consumed());
        final KStream<String, DocumentResult> failures = builder
                .stream(Topics.FAILURES.name(), Topics.FAILURES.consumed())
                .mapValues(f -> f == null ? null : DocumentResult.failed(f), Named.as("report-failure-as-result"));
        final KTable<String, DocumentResult> results = scores
                .merge(failures, Named.as("report-merge-outcomes"))
                .peek((key, doc) -> observe(registry, doc), Named.as("report-observe"))
                .toTable(Named.as("report-results-table"),
                        Materialized.<String, DocumentResult, KeyValueStore<Bytes, byte[]>>as(RESULTS_STORE)
                                .withKeySerde(Serdes.String()).withValueSerde(RESULT_SERDE));
        results.groupBy((key, doc) -> KeyValue.pair(doc.batch(), Contribution.of(doc)),
                        Grouped.with("results-by-batch", Serdes.String(), CONTRIBUTION_SERDE))
                .aggregate(() -> BatchAggregate.empty(null),
                        (batch, doc, agg) -> agg.add(doc),
                        (batch, doc, agg) -> agg.subtract(doc),
                        Named.as("report-aggregate-batch"),
                        Materialized.<String, BatchAggregate, KeyValueStore<Bytes, byte[]>>as(AGGREGATES_STORE)
                                .withKeySerde(Serdes.String()).withValueSerde(AGGREGATE_SERDE));
        // global: every report instance answers for every batch's metadata
        builder.globalTable(Topics.BATCHES.name(), Topics.BATCHES.consumed().withName("resume.batches-report-source"),
                Materialized.<String, org.resumepipeline.model.Batch, KeyValueStore<Bytes, byte[]>>as(BATCHES_STORE)
                        .withKeySerde(Topics.BATCHES.keySerde()).withValueSerde(Topics.BATCHES.valueSerde()));
        return builder.build(props);
    }

    private static void observe(final MeterRegistry registry, final DocumentResult doc) {
        if (doc == null) {
            return;
        }
        registry.counter("resume.documents", "stage", "report", "outcome", doc.isScored() ? "ok" : "failed")
                .increment();
        if (doc.isScored() && doc.uploadedAt() > 0) {
            Timer.builder("resume.end_to_end")
                    .description("Time from upload to a result in the report")
                    .publishPercentileHistogram()
                    .minimumExpectedValue(Duration.ofMillis(10))
                    .maximumExpectedValue(Duration.ofMinutes(10))
                    .register(registry)
                    .record(Duration.ofMillis(Math.max(0, System.currentTimeMillis() - doc.uploadedAt())));
        }
    }
}
