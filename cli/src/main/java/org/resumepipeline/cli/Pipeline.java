package org.resumepipeline.cli;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.jvm.ClassLoaderMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmGcMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmMemoryMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmThreadMetrics;
import io.micrometer.core.instrument.binder.system.ProcessorMetrics;
import io.micrometer.core.instrument.binder.system.UptimeMetrics;
import io.micrometer.core.instrument.config.MeterFilter;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.streams.CloseOptions;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.Topology;
import org.resumepipeline.broker.EmbeddedKafka;
import org.resumepipeline.broker.HangingTransactions;
import org.resumepipeline.cli.ops.LegacyReportCleanup;
import org.resumepipeline.extract.ExtractTopology;
import org.resumepipeline.extract.Extractor;
import org.resumepipeline.extract.Extractors;
import org.resumepipeline.ingest.IngestConfig;
import org.resumepipeline.ingest.Ingestor;
import org.resumepipeline.ingest.http.IngestForwarder;
import org.resumepipeline.ingest.http.IngestRoutes;
import org.resumepipeline.model.ClientDefaults;
import org.resumepipeline.model.Topics;
import org.resumepipeline.http.BearerToken;
import org.resumepipeline.http.BrowserSessions;
import org.resumepipeline.http.HttpRoutes;
import org.apache.kafka.streams.state.HostInfo;
import org.resumepipeline.report.RemoteReports;
import org.resumepipeline.report.ReportMetrics;
import org.resumepipeline.report.ReportRoutes;
import org.resumepipeline.report.blind.AuditLog;
import org.resumepipeline.report.blind.RevealRoutes;
import org.resumepipeline.report.blind.Reveals;
import org.resumepipeline.report.web.WebRoutes;
import org.resumepipeline.report.ReportService;
import org.resumepipeline.report.ReportTopology;
import org.resumepipeline.score.ResumeScorer;
import org.resumepipeline.score.Ruleset;
import org.resumepipeline.score.ScoreTopology;
import org.resumepipeline.score.http.RulesetRoutes;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Wires the stages in one JVM: the embedded broker (when no cluster is given), topics, the Kafka Streams apps,
 * metrics and the HTTP server. Close it to stop everything in reverse order. Not thread-safe.
 */
public final class Pipeline implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(Pipeline.class);
    private static final Duration START_TIMEOUT = Duration.ofSeconds(120);

    private final PipelineOptions options;
    private final PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
    private final List<AutoCloseable> closeables = new ArrayList<>();
    private final List<KafkaStreams> streams = new CopyOnWriteArrayList<>();
    private final List<CompletableFuture<Void>> running = new CopyOnWriteArrayList<>();
    /** Routes of the stages running here; the server is bound before they are ready and serves them once added. */
    private final List<HttpRoutes> routes = new CopyOnWriteArrayList<>();
    /** Logins of the web app's pages, shared by the routes that check the API token. */
    private final BrowserSessions browserSessions = new BrowserSessions();
    private final ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor(r -> {
        final Thread t = new Thread(r, "rp-metrics");
        t.setDaemon(true);
        return t;
    });
    private EmbeddedKafka broker;
    private String bootstrap;
    private ReportService reportService;
    private Reveals reveals;
    private HttpHost http;
    /** Where this report serves HTTP, as recorded under the data directory; null when it records none. */
    private java.net.URI reportAddress;
    private Extractor extractor;
    private Ingestor ingestor;
    private volatile KafkaReachability reachability;
    private KafkaStreams scoreStage;
    private final AtomicReference<Ruleset> currentRuleset = new AtomicReference<>();
    /** Streams metrics binders not bound yet: bound once their app runs, so its task metrics exist at once. */
    private final List<StreamsMeters> unbound = new CopyOnWriteArrayList<>();

    public Pipeline(final PipelineOptions options) {
        this.options = options;
        this.currentRuleset.set(options.ruleset());
        registry.config().commonTags("instance", Instances.name());
        configureMetrics(registry);
        PendingDocuments.in(registry);
    }

    static void configureMetrics(final MeterRegistry registry) {
        registry.config().meterFilter(MeterFilter.denyUnless(id -> !id.getName().startsWith("kafka.")
                || KafkaMetricsAllowList.allows(id.getName())));
        new JvmMemoryMetrics().bindTo(registry);
        new JvmGcMetrics().bindTo(registry);
        new JvmThreadMetrics().bindTo(registry);
        new ClassLoaderMetrics().bindTo(registry);
        new ProcessorMetrics().bindTo(registry);
        new UptimeMetrics().bindTo(registry);
    }

    /** Starts the broker (if embedded), creates topics, starts the stages and waits until they run. */
    public Pipeline start() {
        // before anything starts: a wrong URL fails the start at once
        final IngestForwarder forwarder = options.forwardsUploads() ? new IngestForwarder(options.ingestUrl(),
                BearerToken.of(options.apiToken()).withSessions(browserSessions), options.apiToken()) : null;
        if (options.bootstrapServers() == null) {
            final int port = options.brokerPort() > 0 && portFree(options.brokerPort()) ? options.brokerPort() : 0;
            if (port == 0 && options.brokerPort() > 0) {
                LOG.warn("port {} is busy; the embedded broker takes a free port", options.brokerPort());
            }
            broker = new EmbeddedKafka(options.dataDir(), port, Topics.MAX_MESSAGE_BYTES + 1024 * 1024).start();
            bootstrap = broker.bootstrapServers();
            try (Admin admin = admin()) {
                // before any stage reads: after a crash of this process (broker included) a transaction no
                // coordinator will end would leave a stage waiting for stable offsets for ever
                HangingTransactions.abort(admin);
            }
        } else {
            bootstrap = options.bootstrapServers();
        }
        try (Admin admin = admin()) {
            Topics.ensure(admin, options.partitions());
            if (options.stages().contains(PipelineOptions.Stage.REPORT)) {
                LegacyReportCleanup.run(admin);
            }
        }
        final Set<PipelineOptions.Stage> stages = options.stages();
        if (options.httpPort() >= 0) {
            // bound first: the report stage announces this address to the other report instances
            if (stages.contains(PipelineOptions.Stage.INGEST) || options.forwardsUploads()) {
                HttpServerSettings.checkBind(new InetSocketAddress(options.httpBind(), options.httpPort()),
                        options.apiToken());
            }
            try {
                http = new HttpHost(options.httpBind(), options.httpPort(), registry, routes, this::isReady);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot start the HTTP server", e);
            }
        }
        if (stages.contains(PipelineOptions.Stage.INGEST)) {
            ingestor = new Ingestor(options.clientConfig(bootstrap), IngestConfig.defaults().withCheckPublished(true));
            closeables.add(ingestor);
        }
        if (stages.contains(PipelineOptions.Stage.EXTRACT)) {
            extractor = Extractors.create(options.extract());
            closeables.add(extractor);
            // the worker JVMs start while the Streams apps join their groups, not on the first document; the pipeline
            // is ready once they are
            running.add(extractor.startInBackground());
            final Properties p = streamsProps(options.extractGroup(), Map.of(
                    StreamsConfig.NUM_STREAM_THREADS_CONFIG, options.extract().workers(),
                    StreamsConfig.consumerPrefix(ConsumerConfig.MAX_POLL_RECORDS_CONFIG),
                    ExtractTopology.MAX_POLL_RECORDS));
            final String only = options.onlyBatch();
            startStreams(ExtractTopology.build(extractor, batch -> only == null || only.equals(batch), registry, p),
                    p);
        }
        if (stages.contains(PipelineOptions.Stage.SCORE)) {
            scoreStage = startScore(options.ruleset());
        }
        if (stages.contains(PipelineOptions.Stage.REPORT)) {
            final HostInfo self = http == null ? null : new HostInfo(Instances.advertisedHost(options.httpBind()),
                    http.port());
            final Map<String, Object> reportProps = new java.util.HashMap<>();
            reportProps.put(StreamsConfig.NUM_STREAM_THREADS_CONFIG, options.partitions());
            if (self != null) {
                reportProps.put(StreamsConfig.APPLICATION_SERVER_CONFIG, self.host() + ":" + self.port());
            }
            final Properties p = streamsProps(ReportTopology.APPLICATION_ID, reportProps);
            final KafkaStreams report = startStreams(ReportTopology.build(registry, p), p);
            final RemoteReports remote = self == null ? null : new RemoteReports(options.apiToken());
            reportService = self == null ? new ReportService(report) : new ReportService(report, self, remote);
            final AuditLog audit = new AuditLog(options.clientConfig(bootstrap));
            closeables.add(audit);
            reveals = new Reveals(reportService, audit, remote);
            final ReportMetrics metrics = new ReportMetrics(reportService, registry);
            scheduler.scheduleWithFixedDelay(metrics::refresh, 1, 2, TimeUnit.SECONDS);
        }
        awaitRunning();
        reachability = new KafkaReachability(admin(), bootstrap);
        closeables.add(reachability);
        if (ingestor != null) {
            routes.add(new IngestRoutes(ingestor, BearerToken.of(options.apiToken()).withSessions(browserSessions)));
        }
        if (scoreStage != null) {
            routes.add(new RulesetRoutes(currentRuleset::get, this::switchRuleset, options.apiToken()));
        }
        if (reportService != null) {
            if (forwarder != null) {
                routes.add(forwarder);
                LOG.info("upload routes forwarded to the ingest-server at {}", forwarder.ingestServer());
            }
            routes.add(new ReportRoutes(reportService, options.apiToken()));
            routes.add(new RevealRoutes(reveals, BearerToken.of(options.apiToken()).withSessions(browserSessions)));
            routes.add(new WebRoutes(reportService, options.apiToken(), browserSessions));
        }
        if (http != null) {
            LOG.info("HTTP on http://{}:{}/ (start page at /, reports under /batches, metrics under /metrics)", options.httpBind(),
                    http.port());
            if (reportService != null && options.dataDir() != null) {
                reportAddress = ReportAddress.of(options.httpBind(), http.port());
                ReportAddress.record(options.dataDir(), reportAddress);
            }
        }
        return this;
    }

    /**
     * Starts a score stage for the pipeline's ruleset after {@link #start()} and waits until it runs (a new ruleset
     * version is a new group: a rescore).
     */
    public KafkaStreams startScoreNow() {
        return startScoreNow(options.ruleset());
    }

    /** Starts a score stage for another ruleset (its own group) and waits until it runs. */
    public KafkaStreams startScoreNow(final Ruleset ruleset) {
        final KafkaStreams ks = startScore(ruleset);
        awaitRunning();
        return ks;
    }

    /**
     * Hot switch: starts the score stage of a new ruleset (its group replays every text: the rescore) and stops the
     * previous one once the new one runs. Called from HTTP threads, serialized here.
     */
    public synchronized void switchRuleset(final Ruleset next) {
        final KafkaStreams previous = scoreStage;
        scoreStage = startScoreNow(next);
        currentRuleset.set(next);
        LOG.info("score stage switched to ruleset {} (rescore started)", next.version());
        if (previous != null) {
            streams.remove(previous);
            previous.close(CloseOptions.timeout(Duration.ofSeconds(30))
                    .withGroupMembershipOperation(CloseOptions.GroupMembershipOperation.LEAVE_GROUP));
        }
    }

    /** @return the ruleset the score stage uses now */
    public Ruleset currentRuleset() {
        return currentRuleset.get();
    }

    private KafkaStreams startScore(final Ruleset ruleset) {
        final String only = options.onlyBatch();
        final ResumeScorer scorer = new ResumeScorer(ruleset);
        // one thread: it scores 20,000 resumes/s, and a second thread joining the new group at the start of a
        // rescore costs a rebalance; more instances of the stage share the partitions when one is not enough
        final Properties p = streamsProps(options.scoreGroup(ruleset),
                Map.of(StreamsConfig.NUM_STREAM_THREADS_CONFIG, 1));
        return startStreams(ScoreTopology.build(scorer, batch -> only == null || only.equals(batch), registry, p),
                p);
    }

    private Properties streamsProps(final String applicationId, final Map<String, Object> overrides) {
        final Map<String, Object> settings = new java.util.HashMap<>(options.kafkaConfig());
        settings.putAll(overrides);
        return ClientDefaults.streams(applicationId, bootstrap, options.stateDir(), settings);
    }

    private KafkaStreams startStreams(final Topology topology, final Properties props) {
        final KafkaStreams ks = new KafkaStreams(topology, props);
        ks.setUncaughtExceptionHandler(e -> {
            LOG.error("stream thread of {} died; replacing it", props.get(StreamsConfig.APPLICATION_ID_CONFIG), e);
            return org.apache.kafka.streams.errors.StreamsUncaughtExceptionHandler.StreamThreadExceptionResponse
                    .REPLACE_THREAD;
        });
        final StreamsMeters metrics = new StreamsMeters(ks, registry);
        unbound.add(metrics);
        closeables.add(metrics);
        final CompletableFuture<Void> isRunning = new CompletableFuture<>();
        ks.setStateListener((next, previous) -> {
            metrics.onStateChange(next);
            if (next == KafkaStreams.State.RUNNING) {
                isRunning.complete(null);
            } else if (next == KafkaStreams.State.ERROR || next == KafkaStreams.State.NOT_RUNNING) {
                isRunning.completeExceptionally(new IllegalStateException(
                        props.get(StreamsConfig.APPLICATION_ID_CONFIG) + " is " + next));
            }
        });
        running.add(isRunning);
        ks.start();
        streams.add(ks);
        return ks;
    }

    private void awaitRunning() {
        try {
            CompletableFuture.allOf(running.toArray(new CompletableFuture[0]))
                    .get(START_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (ExecutionException e) {
            throw new IllegalStateException("a stage failed to start: " + e.getCause().getMessage(), e.getCause());
        } catch (TimeoutException e) {
            throw new IllegalStateException("stages did not start within " + START_TIMEOUT, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while starting", e);
        }
        for (final StreamsMeters metrics : unbound) {
            metrics.enable();
            unbound.remove(metrics);
        }
    }

    /**
     * @return true while every Kafka Streams app of this JVM is RUNNING (a JVM without one, ingest alone, once
     *     started) and the cluster answers; false while starting, rebalancing, after an app failed, or while Kafka
     *     does not answer (the apps stay RUNNING through an outage: their clients retry)
     */
    public boolean isReady() {
        final KafkaReachability kafka = reachability;
        if (kafka != null && !kafka.reachable()) {
            return false;
        }
        if (running.isEmpty()) {
            return ingestor != null;
        }
        return running.stream().allMatch(f -> f.isDone() && !f.isCompletedExceptionally())
                && streams.stream().allMatch(ks -> ks.state() == KafkaStreams.State.RUNNING);
    }

    private static boolean portFree(final int port) {
        try (java.net.ServerSocket socket = new java.net.ServerSocket(port, 1,
                java.net.InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort() == port;
        } catch (IOException e) {
            return false;
        }
    }

    /** @return an admin client for this pipeline's cluster; the caller closes it */
    public Admin admin() {
        return Admin.create(options.clientConfig(bootstrap));
    }

    /** @return the shared ingestor when the ingest stage runs here, else null */
    public Ingestor ingestor() {
        return ingestor;
    }

    public String bootstrap() {
        return bootstrap;
    }

    /** @return the audited way to a blind batch's identities, or null without the report stage */
    public Reveals reveals() {
        return reveals;
    }

    /** @return the report queries, or null without the report stage */
    public ReportService reportService() {
        return reportService;
    }

    public PrometheusMeterRegistry registry() {
        return registry;
    }

    public PipelineOptions options() {
        return options;
    }

    public int httpPort() {
        return http == null ? -1 : http.port();
    }

    public long brokerStartupMillis() {
        return broker == null ? -1 : broker.startupMillis();
    }

    @Override
    public void close() {
        if (reportAddress != null) {
            ReportAddress.clear(options.dataDir(), reportAddress);
        }
        if (http != null) {
            http.close();
        }
        scheduler.shutdownNow();
        for (int i = streams.size() - 1; i >= 0; i--) {
            // leave the group, so a restart does not wait a session timeout for this member
            streams.get(i).close(CloseOptions.timeout(Duration.ofSeconds(30))
                    .withGroupMembershipOperation(CloseOptions.GroupMembershipOperation.LEAVE_GROUP));
        }
        for (int i = closeables.size() - 1; i >= 0; i--) {
            try {
                closeables.get(i).close();
            } catch (Exception e) {
                LOG.warn("closing {} failed", closeables.get(i).getClass().getSimpleName(), e);
            }
        }
        if (broker != null) {
            broker.close();
        }
        registry.close();
    }
}
