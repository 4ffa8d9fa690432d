package org.resumepipeline.cli.ops;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.ConsumerGroupDescription;
import org.apache.kafka.common.errors.GroupIdNotFoundException;
import org.apache.kafka.common.errors.UnknownTopicOrPartitionException;
import org.resumepipeline.report.ReportTopology;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Removes what the report stage left under its previous application id ({@link ReportTopology#LEGACY_APPLICATION_ID}):
 * the consumer group and its three internal topics. The report under the new id rebuilds itself from the compacted
 * topics, so nothing is lost. Only when the old group has no member: a report of the old version still running
 * against the same cluster keeps its topics (and a warning says so).
 */
public final class LegacyReportCleanup {
    private static final Logger LOG = LoggerFactory.getLogger(LegacyReportCleanup.class);
    private static final long TIMEOUT_S = 30;

    private LegacyReportCleanup() {
    }

    /**
     * @param admin a client of the cluster
     * @return the legacy topics deleted (empty when there was nothing to remove or the old group is still active)
     */
    public static List<String> run(final Admin admin) {
        final String group = ReportTopology.LEGACY_APPLICATION_ID;
        try {
            final ConsumerGroupDescription old = describe(admin, group);
            if (old != null && !old.members().isEmpty()) {
                LOG.warn("an older report stage (group {}) is still running against this cluster; its topics are "
                        + "kept until it stops", group);
                return List.of();
            }
            final List<String> present = admin.listTopics().names().get(TIMEOUT_S, TimeUnit.SECONDS).stream()
                    .filter(ReportTopology.legacyInternalTopics()::contains).sorted().toList();
            if (!present.isEmpty()) {
                admin.deleteTopics(present).all().get(TIMEOUT_S, TimeUnit.SECONDS);
            }
            deleteGroup(admin, group);
            if (!present.isEmpty()) {
                LOG.info("removed the internal topics of the previous report version: {} (the report rebuilds "
                        + "from resume.scores and resume.failures)", present);
            }
            return present;
        } catch (ExecutionException e) {
            if (e.getCause() instanceof UnknownTopicOrPartitionException) {
                return List.of();
            }
            LOG.warn("could not remove the previous report version's topics: {}", e.getCause().toString());
            return List.of();
        } catch (TimeoutException e) {
            LOG.warn("could not remove the previous report version's topics in {} s", TIMEOUT_S);
            return List.of();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return List.of();
        }
    }

    private static ConsumerGroupDescription describe(final Admin admin, final String group)
            throws InterruptedException, TimeoutException, ExecutionException {
        try {
            final Map<String, ConsumerGroupDescription> groups = admin.describeConsumerGroups(List.of(group)).all()
                    .get(TIMEOUT_S, TimeUnit.SECONDS);
            return groups.get(group);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof GroupIdNotFoundException) {
                return null;
            }
            throw e;
        }
    }

    private static void deleteGroup(final Admin admin, final String group)
            throws InterruptedException, TimeoutException, ExecutionException {
        try {
            admin.deleteConsumerGroups(List.of(group)).all().get(TIMEOUT_S, TimeUnit.SECONDS);
        } catch (ExecutionException e) {
            if (!(e.getCause() instanceof GroupIdNotFoundException)) {
                throw e;
            }
        }
    }
}
