package org.resumepipeline.cli;

import java.io.PrintWriter;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;

/**
 * Runs some stages of the pipeline as a long-lived service: the same wiring as {@code rp run} ({@link Pipeline}),
 * on a cluster, until SIGTERM or Ctrl-C, when it closes the Streams apps (leaving their groups, so the other
 * instances take the partitions at once) and stops the extraction workers. A report service also keeps
 * {@code resume.pending.documents} at the documents on their way through the stages ({@link InFlightDocuments}).
 */
public final class Service {
    private Service() {
    }

    /**
     * @param out     where the ready line goes
     * @param name    the command's name, for the ready line
     * @param options what the stages run with
     * @return 0 once stopped
     * @throws InterruptedException when interrupted while serving
     */
    public static int run(final PrintWriter out, final String name, final PipelineOptions options)
            throws InterruptedException {
        final Pipeline pipeline = new Pipeline(options);
        final CountDownLatch stopped = new CountDownLatch(1);
        final ScheduledExecutorService lag = Executors.newSingleThreadScheduledExecutor(r -> {
            final Thread t = new Thread(r, "rp-in-flight");
            t.setDaemon(true);
            return t;
        });
        final Thread hook = new Thread(() -> {
            lag.shutdownNow();
            pipeline.close();
            stopped.countDown();
        }, "rp-shutdown");
        Runtime.getRuntime().addShutdownHook(hook);
        try {
            pipeline.start();
        } catch (RuntimeException e) {
            Runtime.getRuntime().removeShutdownHook(hook);
            lag.shutdownNow();
            pipeline.close();
            throw e;
        }
        if (options.stages().contains(PipelineOptions.Stage.REPORT)) {
            final Admin admin = pipeline.admin();
            lag.scheduleWithFixedDelay(new InFlightDocuments(admin, PendingDocuments.in(pipeline.registry())), 0, 5,
                    TimeUnit.SECONDS);
        }
        out.printf("rp %s ready: HTTP on http://%s:%d (/health/live, /health/ready, /metrics), Kafka at %s%n", name,
                options.httpBind(), pipeline.httpPort(), pipeline.bootstrap());
        out.flush();
        stopped.await();
        return 0;
    }
}
