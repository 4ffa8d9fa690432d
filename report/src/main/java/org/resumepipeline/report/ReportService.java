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
import org.resumepipeline.model.DocumentKeys;
import org.resumepipeline.model.DocumentResult;
import org.resumepipeline.model.Reveal;
import org.resumepipeline.model.ResumeText;
import org.resumepipeline.model.Topics;
import org.resumepipeline.report.blind.Redactor;

/**
 * Interactive queries over the report stage's stores, across every report instance: documents of a batch are
 * spread over the instances by document key, a batch's aggregate lives on the instance that owns the batch key;
 * what another instance owns is fetched from its {@code application.server}. Thread-safe. Queries throw
 * {@link InvalidStateStoreException} while the stores are not queryable (starting or rebalancing); callers answer
 * 503 then.
 * <p>
 * Every public query a view renders ({@link #report}, {@link #documents}, {@link #document}, {@link #localText})
 * answers through the batch's {@link Redactor}: a blind batch is redacted here, once, before any renderer. What an
 * instance sends another ({@code local*ForInstances}, the internal routes) is redacted too, so a blind batch's
 * identities never leave the instance that holds them but through a reveal ({@code Reveals}, audited there).
 * {@link #localDocuments} and {@link #localDocument} answer as stored, for this JVM only.
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

    /**
     * @return the batch report as its views show it (a blind batch's DOCs through its {@link Redactor}), or empty when
     *         the batch has no result (or the stores are not ready)
     */
    public Optional<BatchReport> report(final String batch) {
        final Optional<Batch> meta = batchMetadata(batch);
        final View view = view(batch, meta.orElse(null));
        final Optional<BatchAggregate> agg = aggregate(batch);
        if (view.documents().isEmpty() && agg.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new BatchReport(batch, view.documents(), agg.orElse(BatchAggregate.empty(batch)),
                meta.map(Batch::jobDescription).orElse(null), view.redactor().blind(), reveals(batch)));
    }

    /**
     * @return what a batch's pages show before its first result: no DOCs, its job description, whether it is blind
     *         and its reveals; empty when the batch has no settings either
     */
    public Optional<BatchReport> settings(final String batch) {
        return batchMetadata(batch).map(meta -> new BatchReport(batch, List.of(), BatchAggregate.empty(batch),
                meta.jobDescription(), meta.blind(), meta.blind() ? reveals(batch) : List.of()));
    }

    /** @return the DOCs of a batch on every instance, as its views show them */
    public List<DocumentResult> documents(final String batch) {
        return view(batch, batchMetadata(batch).orElse(null)).documents();
    }

    /** A batch's DOCs on every instance as its views show them, and the redactor that knows all their keys. */
    private record View(Redactor redactor, List<DocumentResult> documents) {
    }

    /** A batch's DOCs as this instance holds them and as the others sent theirs. */
    private record Gathered(List<DocumentResult> local, List<InstanceDocuments> remotes) {
        List<String> keys() {
            final List<String> keys = new ArrayList<>(local.stream().map(DocumentResult::key).toList());
            remotes.forEach(r -> r.documents().forEach(d -> keys.add(d.key())));
            return keys;
        }
    }

    private Gathered gather(final String batch) {
        final List<InstanceDocuments> remotes = new ArrayList<>();
        for (final HostInfo host : others()) {
            remotes.add(remote.documents(host, batch));
        }
        return new Gathered(localDocuments(batch), remotes);
    }

    private View view(final String batch, final Batch meta) {
        final Gathered gathered = gather(batch);
        final Redactor redactor = redactor(meta, gathered.keys());
        final List<DocumentResult> out = new ArrayList<>(gathered.local().stream().map(redactor::apply).toList());
        gathered.remotes().forEach(r -> r.documents().forEach(d -> out.add(shown(redactor, r, d))));
        return new View(redactor, out);
    }

    /** @return a DOC another instance sent, as this instance's views show it */
    private static DocumentResult shown(final Redactor redactor, final InstanceDocuments from,
                                        final DocumentResult doc) {
        return from.redacted() ? redactor.renamed(doc) : redactor.apply(doc);
    }

    /** @return how the views show the documents of a batch: a blind batch's redactor knows all its keys */
    public Redactor redactor(final String batch) {
        final Optional<Batch> meta = batchMetadata(batch);
        if (meta.isEmpty() || !meta.get().blind()) {
            return Redactor.none();
        }
        return redactor(meta.get(), gather(batch).keys());
    }

    private static Redactor redactor(final Batch meta, final List<String> keys) {
        return meta == null || !meta.blind() ? Redactor.none() : Redactor.of(meta, keys);
    }

    /** @return who revealed which document of a batch, oldest first */
    public List<Reveal> reveals(final String batch) {
        final ReadOnlyKeyValueStore<String, Reveal> store = streams.store(StoreQueryParameters
                .fromNameAndType(ReportTopology.REVEALS_STORE, QueryableStoreTypes.<String, Reveal>keyValueStore()));
        final List<Reveal> out = new ArrayList<>();
        try (KeyValueIterator<String, Reveal> it = store.prefixScan(batch + "/", new StringSerializer())) {
            it.forEachRemaining(kv -> {
                if (kv.value != null) {
                    out.add(kv.value);
                }
            });
        }
        return out;
    }

    /** @return the DOCs of a batch held by this instance, as stored: never a view, never sent to another instance */
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

    /** @return the DOCs of a batch held by this instance as another instance may have them (redacted when blind) */
    public InstanceDocuments localDocumentsForInstances(final String batch) {
        final List<DocumentResult> local = localDocuments(batch);
        final Redactor redactor = redactor(batchMetadata(batch).orElse(null),
                local.stream().map(DocumentResult::key).toList());
        return new InstanceDocuments(redactor.blind(), local.stream().map(redactor::apply).toList());
    }

    /** @return a DOC held by this instance as another instance may have it (redacted when blind), or empty */
    public Optional<InstanceDocuments> localDocumentForInstances(final String key) {
        return localDocument(key).map(doc -> {
            final Redactor redactor = redactor(batchMetadata(DocumentKeys.batchOf(key)).orElse(null), List.of(key));
            return new InstanceDocuments(redactor.blind(), List.of(redactor.apply(doc)));
        });
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

    /** @return the current DOC of a document, from the instance that owns it, as the views show it */
    public Optional<DocumentResult> document(final String key) {
        final HostInfo owner = owner(ReportTopology.RESULTS_STORE, key);
        if (owner == null) {
            final Optional<DocumentResult> stored = localDocument(key);
            return stored.isEmpty() ? stored : stored.map(redactor(DocumentKeys.batchOf(key))::apply);
        }
        final Optional<InstanceDocuments> got = remote.document(owner, key);
        if (got.isEmpty() || got.get().documents().isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(shown(redactor(DocumentKeys.batchOf(key)), got.get(), got.get().documents().get(0)));
    }

    /**
     * @return the report instance that holds a document's DOC when it is another one; empty when it is this one (or
     *         there is no other)
     */
    public Optional<HostInfo> remoteOwner(final String key) {
        return Optional.ofNullable(owner(ReportTopology.RESULTS_STORE, key));
    }

    /** @return the current DOC of a document when this instance holds it, as stored */
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

    /** @return the extracted text of a document when this instance holds it, as the views show it */
    public Optional<ResumeText> localText(final String key) {
        final byte[] bytes = texts().get(key);
        return bytes == null ? Optional.empty() : Optional.of(redactor(DocumentKeys.batchOf(key))
                .apply(TEXTS.deserialize(Topics.TEXTS.name(), bytes)));
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
