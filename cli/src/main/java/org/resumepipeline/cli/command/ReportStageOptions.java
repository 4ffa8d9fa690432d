package org.resumepipeline.cli.command;

import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import org.apache.kafka.clients.admin.Admin;
import org.resumepipeline.cli.ClusterOptions;
import org.resumepipeline.cli.HttpOptions;
import org.resumepipeline.cli.Pipeline;
import org.resumepipeline.cli.PipelineOptions;
import org.resumepipeline.cli.ops.GroupLag;
import org.resumepipeline.model.Topics;
import org.resumepipeline.report.ReportTopology;
import picocli.CommandLine.Mixin;

/**
 * The options of the commands that read the report through a report stage of their own ({@code rp forget}, and
 * {@code rp reveal} when no report answers): where Kafka is and where that stage's HTTP server listens, and the stage
 * itself ({@link #start()}). Not thread-safe.
 */
final class ReportStageOptions {
    private static final Duration CATCH_UP = Duration.ofMinutes(5);

    @Mixin
    ClusterOptions cluster = new ClusterOptions();

    @Mixin
    HttpOptions http = new HttpOptions();

    /** @return a report stage of this command's own, started; close it when done */
    ReportStage start() {
        final PipelineOptions po = PipelineOptions.of(cluster, http, null, null,
                EnumSet.of(PipelineOptions.Stage.REPORT));
        final Pipeline pipeline = new Pipeline(po).start();
        try {
            return new ReportStage(pipeline, pipeline.admin());
        } catch (RuntimeException e) {
            pipeline.close();
            throw e;
        }
    }

    /** A started report stage with an admin client of its cluster. Not thread-safe. */
    record ReportStage(Pipeline pipeline, Admin admin) implements AutoCloseable {
        /** Waits (at most five minutes) until the report group has read the scores and failures topics to their end. */
        void awaitCaughtUp() {
            GroupLag.awaitCaughtUp(admin, ReportTopology.APPLICATION_ID,
                    List.of(Topics.SCORES.name(), Topics.FAILURES.name()), CATCH_UP);
        }

        /** Closes the admin client, then the stage. */
        @Override
        public void close() {
            try {
                admin.close();
            } finally {
                pipeline.close();
            }
        }
    }
}
