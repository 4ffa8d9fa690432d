package org.resumepipeline.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.KeyQueryMetadata;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.StoreQueryParameters;
import org.apache.kafka.streams.errors.InvalidStateStoreException;
import org.apache.kafka.streams.StreamsMetadata;
import org.apache.kafka.streams.state.HostInfo;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.QueryableStoreTypes;
import org.apache.kafka.streams.state.ReadOnlyKeyValueStore;
import org.resumepipeline.model.Batch;
import org.resumepipeline.model.DocumentResult;
import org.resumepipeline.model.ResumeText;
import org.resumepipeline.model.Topics;

/**
 * Interactive queries over the report stage's stores, across every report instance: documents of a batch are
 * spread over the instances by document key, a batch's aggregate lives on the instance that owns the batch key;
 * what another instance owns is fetched from its {@code application.server}. Thread-safe. Queries throw
 * {@link InvalidStateStoreException} while the stores are not queryable (starting or rebalancing); callers answer
 * 503 then.
 */
public final class ReportService {
    private static final Deserializer<DocumentResult> DOCS = ReportTopology.RESULT_SERDE.deserializer();
    private static final Deserializer<ResumeText> TEXTS = Topics.TEXTS.valueSerde().deserializer();
    private final KafkaStreams streams;
    private final HostInfo self;
    private final RemoteReports remote;

    /** A single instance: every store is local. */
    public ReportService(final KafkaStreams streams) {
        this(streams, null, null);
    }

    /**
     * @param streams the report stage
     * @param self    this instance's {@code application.server}, or null for a single instance
     * @param remote  how to reach the other instances, or null for a single instance
     */
    public ReportService(final KafkaStreams streams, final HostInfo self, final RemoteReports remote) {
        this.streams = streams;
        this.self = self;
        this.remote = remote;
    }

    private List<HostInfo> others() {
        if (self == null || remote == null) {
            return List.of();
        }
        final List<HostInfo> hosts = new ArrayList<>();
        for (final StreamsMetadata m : streams.streamsMetadataForStore(ReportTopology.RESULTS_STORE)) {
            if (!m.hostInfo().equals(self) && !hosts.contains(m.hostInfo())) {
                hosts.add(m.hostInfo());
            }
        }
        return hosts;
    }

    private HostInfo owner(final String store, final String key) {
        if (self == null || remote == null) {
            return null;
        }
        final KeyQueryMetadata md = streams.queryMetadataForKey(store, key, new StringSerializer());
        if (md == null || md.activeHost() == null || md.activeHost().equals(self)
                || md.activeHost().equals(HostInfo.unavailable())) {
            return null;
        }
        return md.activeHost();
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

    /** @return the DOCs of a batch on every instance */
    public List<DocumentResult> documents(final String batch) {
        final List<DocumentResult> out = new ArrayList<>(localDocuments(batch));
        for (final HostInfo host : others()) {
            out.addAll(remote.documents(host, batch));
        }
        return out;
    }

    /** @return the DOCs of a batch held by this instance */
    public List<DocumentResult> localDocuments(final String batch) {
        final List<DocumentResult> out = new ArrayList<>();
        try (KeyValueIterator<String, ResultEntry> it = results().prefixScan(batch + "/", new StringSerializer())) {
            it.forEachRemaining(kv -> {
                if (kv.value != null) {
                    out.add(doc(kv.value.doc()));
                }
            });
        }
        return out;
    }

    /** @return the aggregate of a batch, from the instance that owns it */
    public Optional<BatchAggregate> aggregate(final String batch) {
        final HostInfo owner = owner(ReportTopology.AGGREGATES_STORE, batch);
        return owner == null ? localAggregate(batch) : remote.aggregate(owner, batch);
    }

    /** @return the aggregate of a batch when this instance holds it */
    public Optional<BatchAggregate> localAggregate(final String batch) {
        final BatchAggregate agg = aggregates().get(batch);
        return agg == null || agg.documents() <= 0 ? Optional.empty() : Optional.of(agg);
    }

    /** @return every batch with at least one result, on every instance, by name */
    public List<BatchAggregate> batches() {
        final List<BatchAggregate> out = new ArrayList<>(localBatches());
        for (final HostInfo host : others()) {
            out.addAll(remote.aggregates(host));
        }
        out.sort(java.util.Comparator.comparing(BatchAggregate::batch));
        return out;
    }

    /** @return the batches whose aggregate this instance holds */
    public List<BatchAggregate> localBatches() {
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

    /** @return the current DOC of a document, from the instance that owns it */
    public Optional<DocumentResult> document(final String key) {
        final HostInfo owner = owner(ReportTopology.RESULTS_STORE, key);
        return owner == null ? localDocument(key) : remote.document(owner, key);
    }

    /** @return the current DOC of a document when this instance holds it */
    public Optional<DocumentResult> localDocument(final String key) {
        final ResultEntry entry = results().get(key);
        return entry == null ? Optional.empty() : Optional.of(doc(entry.doc()));
    }

    /** @return the batch metadata */
    public Optional<Batch> batchMetadata(final String batch) {
        final ReadOnlyKeyValueStore<String, Batch> store = streams.store(StoreQueryParameters
                .fromNameAndType(ReportTopology.BATCHES_STORE, QueryableStoreTypes.<String, Batch>keyValueStore()));
        return Optional.ofNullable(store.get(batch));
    }

    /** @return the extracted text of a document when this instance holds it */
    public Optional<ResumeText> localText(final String key) {
        final byte[] bytes = texts().get(key);
        return bytes == null ? Optional.empty() : Optional.of(TEXTS.deserialize(Topics.TEXTS.name(), bytes));
    }

    /** @return the keys of the documents of a batch extraction has read, on this instance */
    public List<String> localExtractedKeys(final String batch) {
        final List<String> out = new ArrayList<>();
        try (KeyValueIterator<String, byte[]> it = texts().prefixScan(batch + "/", new StringSerializer())) {
            it.forEachRemaining(kv -> {
                if (kv.value != null) {
                    out.add(kv.key);
                }
            });
        }
        return out;
    }

    private ReadOnlyKeyValueStore<String, byte[]> texts() {
        return streams.store(StoreQueryParameters.fromNameAndType(ReportTopology.TEXTS_STORE,
                QueryableStoreTypes.<String, byte[]>keyValueStore()));
    }

    private ReadOnlyKeyValueStore<String, ResultEntry> results() {
        return streams.store(StoreQueryParameters.fromNameAndType(ReportTopology.RESULTS_STORE,
                QueryableStoreTypes.<String, ResultEntry>keyValueStore()));
    }

    private static DocumentResult doc(final byte[] bytes) {
        return DOCS.deserialize(Topics.SCORES.name(), bytes);
    }

    private ReadOnlyKeyValueStore<String, BatchAggregate> aggregates() {
        return streams.store(StoreQueryParameters.fromNameAndType(ReportTopology.AGGREGATES_STORE,
                QueryableStoreTypes.<String, BatchAggregate>keyValueStore()));
    }
}
