package org.resumepipeline.cli;

import java.io.PrintWriter;
import java.util.concurrent.CountDownLatch;

/**
 * Runs some stages of the pipeline as a long-lived service: the same wiring as {@code rp run} ({@link Pipeline}),
 * on a cluster, until SIGTERM or Ctrl-C, when it closes the Streams apps (leaving their groups, so the other
 * instances take the partitions at once) and stops the extraction workers.
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
        final Thread hook = new Thread(() -> {
            pipeline.close();
            stopped.countDown();
        }, "rp-shutdown");
        Runtime.getRuntime().addShutdownHook(hook);
        try {
            pipeline.start();
        } catch (RuntimeException e) {
            Runtime.getRuntime().removeShutdownHook(hook);
            pipeline.close();
            throw e;
        }
        out.printf("rp %s ready: HTTP on http://%s:%d (/health/live, /health/ready, /metrics), Kafka at %s%n", name,
                options.httpBind(), pipeline.httpPort(), pipeline.bootstrap());
        out.flush();
        stopped.await();
        return 0;
    }
}
