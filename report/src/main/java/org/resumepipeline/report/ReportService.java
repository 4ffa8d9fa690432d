package org.resumepipeline.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.StoreQueryParameters;
import org.apache.kafka.streams.errors.InvalidStateStoreException;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.QueryableStoreTypes;
import org.apache.kafka.streams.state.ReadOnlyKeyValueStore;
import org.resumepipeline.model.Batch;
import org.resumepipeline.model.DocumentResult;

/**
 * Interactive queries over the report stage's stores. Thread-safe. Queries answer empty while the stores are
 * not queryable (starting or rebalancing); callers answer 503 then.
 */
public final class ReportService {
    private final KafkaStreams streams;

    public ReportService(final KafkaStreams streams) {
        this.streams = streams;
    }

    /** @return the batch report, or empty when the batch has no result (or the stores are not ready) */
    public Optional<BatchReport> report(final String batch) {
        final List<DocumentResult> docs = documents(batch);
        final Optional<BatchAggregate> agg = aggregate(batch);
        if (docs.isEmpty() && agg.isEmpty()) {
            return Optional.empty();
        }
        final String job = batchMetadata(batch).map(Batch::jobDescription).orElse(null);
        return Optional.of(new BatchReport(batch, docs, agg.orElse(BatchAggregate.empty(batch)), job));
    }

    /** @return the DOCs of a batch, by key */
    public List<DocumentResult> documents(final String batch) {
        final List<DocumentResult> out = new ArrayList<>();
        try (KeyValueIterator<String, DocumentResult> it = results().prefixScan(batch + "/", new StringSerializer())) {
            it.forEachRemaining(kv -> {
                if (kv.value != null) {
                    out.add(kv.value);
                }
            });
        }
        return out;
    }

    /** @return the aggregate of a batch */
    public Optional<BatchAggregate> aggregate(final String batch) {
        final BatchAggregate agg = aggregates().get(batch);
        return agg == null || agg.documents() <= 0 ? Optional.empty() : Optional.of(agg);
    }

    /** @return every batch with at least one result, by name */
    public List<BatchAggregate> batches() {
        final List<BatchAggregate> out = new ArrayList<>();
        try (KeyValueIterator<String, BatchAggregate> it = aggregates().all()) {
            while (it.hasNext()) {
                final KeyValue<String, BatchAggregate> kv = it.next();
                if (kv.value != null && kv.value.documents() > 0) {
                    out.add(kv.value);
                }
            }
        }
        return out;
    }

    /** @return the current DOC of a document */
    public Optional<DocumentResult> document(final String key) {
        return Optional.ofNullable(results().get(key));
    }

    /** @return the batch metadata */
    public Optional<Batch> batchMetadata(final String batch) {
        final ReadOnlyKeyValueStore<String, Batch> store = streams.store(StoreQueryParameters
                .fromNameAndType(ReportTopology.BATCHES_STORE, QueryableStoreTypes.<String, Batch>keyValueStore()));
        return Optional.ofNullable(store.get(batch));
    }

    /** @return true when the stores answer queries */
    public boolean ready() {
        try {
            results();
            return streams.state() == KafkaStreams.State.RUNNING;
        } catch (InvalidStateStoreException e) {
            return false;
        }
    }

    private ReadOnlyKeyValueStore<String, DocumentResult> results() {
        return streams.store(StoreQueryParameters.fromNameAndType(ReportTopology.RESULTS_STORE,
                QueryableStoreTypes.<String, DocumentResult>keyValueStore()));
    }

    private ReadOnlyKeyValueStore<String, BatchAggregate> aggregates() {
        return streams.store(StoreQueryParameters.fromNameAndType(ReportTopology.AGGREGATES_STORE,
                QueryableStoreTypes.<String, BatchAggregate>keyValueStore()));
    }
}
