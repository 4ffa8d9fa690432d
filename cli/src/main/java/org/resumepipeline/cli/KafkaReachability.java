package org.resumepipeline.cli;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.DescribeClusterOptions;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Whether the cluster answers, probed every {@link #PERIOD} with a metadata request. Kafka Streams stays RUNNING
 * while its broker is gone (its clients retry for minutes), so without this a stage's readiness would say 200
 * through an outage. Logs each change once: the stage keeps running and its clients reconnect by themselves.
 * Thread-safe.
 */
final class KafkaReachability implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(KafkaReachability.class);
    static final Duration PERIOD = Duration.ofSeconds(2);

    private final Admin admin;
    private final String bootstrap;
    private final ScheduledExecutorService probe = Executors.newSingleThreadScheduledExecutor(r -> {
        final Thread t = new Thread(r, "rp-kafka-reachability");
        t.setDaemon(true);
        return t;
    });
    private volatile boolean reachable = true;
    private volatile long lostAt;

    /**
     * @param admin     a client of the cluster, closed with this
     * @param bootstrap the cluster's address, for the log lines
     */
    KafkaReachability(final Admin admin, final String bootstrap) {
        this.admin = admin;
        this.bootstrap = bootstrap;
        probe.scheduleWithFixedDelay(this::probe, PERIOD.toMillis(), PERIOD.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** @return false from the first probe the cluster did not answer until the next one it answers */
    boolean reachable() {
        return reachable;
    }

    private void probe() {
        try {
            admin.describeCluster(new DescribeClusterOptions().timeoutMs((int) PERIOD.toMillis())).nodes()
                    .get(PERIOD.toMillis() * 2, TimeUnit.MILLISECONDS);
            if (!reachable) {
                reachable = true;
                LOG.info("Kafka at {} answers again after {} s; the stage goes on where it was", bootstrap,
                        (System.nanoTime() - lostAt) / 1_000_000_000L);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (Exception e) {
            if (reachable) {
                reachable = false;
                lostAt = System.nanoTime();
                LOG.warn("Kafka at {} does not answer ({}); /health/ready answers 503 until it does, the stage keeps"
                        + " running and reconnects by itself", bootstrap,
                        (e.getCause() == null ? e : e.getCause()).getClass().getSimpleName());
            }
        }
    }

    @Override
    public void close() {
        probe.shutdownNow();
        admin.close(Duration.ofSeconds(5));
    }
}
