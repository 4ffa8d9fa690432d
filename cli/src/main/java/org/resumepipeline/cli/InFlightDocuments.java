package org.resumepipeline.cli;

import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.ConsumerGroupDescription;
import org.apache.kafka.clients.admin.GroupListing;
import org.resumepipeline.cli.ops.GroupLag;
import org.resumepipeline.model.Topics;
import org.resumepipeline.report.ReportTopology;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * In the report service, where no command waits for a batch: {@code resume.pending.documents} is the number of
 * documents on their way through the stages, the records each stage has still to read (uploads not yet extracted,
 * texts not yet scored by a running score group, results not yet in the report). Refreshed from one thread.
 */
final class InFlightDocuments implements Runnable {
    private static final Logger LOG = LoggerFactory.getLogger(InFlightDocuments.class);
    private static final String SCORE_GROUPS = "resume-score-";

    private final Admin admin;
    private final AtomicLong pending;

    InFlightDocuments(final Admin admin, final AtomicLong pending) {
        this.admin = admin;
        this.pending = pending;
    }

    @Override
    public void run() {
        try {
            long inFlight = GroupLag.lag(admin, PipelineOptions.DEFAULT_EXTRACT_GROUP, List.of(Topics.UPLOADS.name()));
            for (final String group : runningScoreGroups()) {
                inFlight += GroupLag.lag(admin, group, List.of(Topics.TEXTS.name()));
            }
            inFlight += GroupLag.lag(admin, ReportTopology.APPLICATION_ID,
                    List.of(Topics.SCORES.name(), Topics.FAILURES.name()));
            pending.set(inFlight);
        } catch (RuntimeException e) {
            LOG.debug("cannot read the stages' lag; resume.pending.documents keeps its last value", e);
        }
    }

    /** @return the score groups with members: an old ruleset's group, stopped, has nothing on its way */
    private List<String> runningScoreGroups() {
        try {
            final List<String> names = admin.listGroups().all().get().stream().map(GroupListing::groupId)
                    .filter(id -> id.startsWith(SCORE_GROUPS)).toList();
            if (names.isEmpty()) {
                return names;
            }
            return admin.describeConsumerGroups(names).all().get().values().stream()
                    .filter(g -> !g.members().isEmpty()).map(ConsumerGroupDescription::groupId).toList();
        } catch (ExecutionException e) {
            throw new IllegalStateException("cannot list the score groups", e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }
}
