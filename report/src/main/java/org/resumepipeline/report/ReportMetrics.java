package org.resumepipeline.report;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.MultiGauge;
import io.micrometer.core.instrument.Tags;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.kafka.streams.errors.InvalidStateStoreException;
import org.resumepipeline.model.DocumentResult;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Gauges computed from the report's tables, so they never double count on replay: current documents by grade
 * (and failed), and the share of scored documents at each ruleset version (rescore progress).
 * {@link #refresh()} is called periodically from one thread.
 */
public final class ReportMetrics {
    private static final Logger LOG = LoggerFactory.getLogger(ReportMetrics.class);
    private static final List<String> GRADES = List.of("strong", "fair", "weak");

    private final ReportService service;
    private final MultiGauge byGrade;
    private final MultiGauge rescore;

    public ReportMetrics(final ReportService service, final MeterRegistry registry) {
        this.service = service;
        this.byGrade = MultiGauge.builder("resume.documents.current")
                .description("Documents with a current result, by grade (failed for failures)").register(registry);
        this.rescore = MultiGauge.builder("resume.rescore.progress").baseUnit("ratio")
                .description("Share of scored documents whose result uses each ruleset version").register(registry);
        refreshRows(new TreeMap<>(), new TreeMap<>(), 0);
    }

    /** Recomputes the gauges from the stores; a store that is not ready leaves the last values. */
    public void refresh() {
        try {
            final Map<String, Long> grades = new TreeMap<>();
            final Map<String, Long> versions = new TreeMap<>();
            long scored = 0;
            for (final BatchAggregate agg : service.localBatches()) {
                agg.byGrade().forEach((g, n) -> grades.merge(g, n, Long::sum));
                grades.merge("failed", agg.byStatus().getOrDefault(DocumentResult.FAILED, 0L), Long::sum);
                agg.rulesetVersions().forEach((v, n) -> versions.merge(v, n, Long::sum));
                scored += agg.byStatus().getOrDefault(DocumentResult.SCORED, 0L);
            }
            refreshRows(grades, versions, scored);
        } catch (InvalidStateStoreException e) {
            LOG.debug("report stores not queryable yet", e);
        }
    }

    private void refreshRows(final Map<String, Long> grades, final Map<String, Long> versions, final long scored) {
        final List<MultiGauge.Row<?>> rows = new ArrayList<>();
        for (final String g : GRADES) {
            rows.add(MultiGauge.Row.of(Tags.of("grade", g), grades.getOrDefault(g, 0L)));
        }
        rows.add(MultiGauge.Row.of(Tags.of("grade", "failed"), grades.getOrDefault("failed", 0L)));
        byGrade.register(rows, true);
        final List<MultiGauge.Row<?>> progress = new ArrayList<>();
        versions.forEach((v, n) -> progress.add(MultiGauge.Row.of(Tags.of("ruleset", v),
                scored == 0 ? 0.0 : (double) n / scored)));
        rescore.register(progress, true);
    }
}
