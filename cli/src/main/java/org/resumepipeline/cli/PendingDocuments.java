package org.resumepipeline.cli;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.Map;
import java.util.WeakHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The {@code resume.pending.documents} gauge of a registry: documents that a waiting command ({@code rp run
 * --until-done}, {@code rp demo}) still waits for. Registered once per registry, at 0, so it exists from the first
 * scrape; every waiter of that registry sets the same value.
 */
public final class PendingDocuments {
    private static final Map<MeterRegistry, AtomicLong> BY_REGISTRY = new WeakHashMap<>();

    private PendingDocuments() {
    }

    /** @return the registry's pending count, registering its gauge the first time */
    public static synchronized AtomicLong in(final MeterRegistry registry) {
        return BY_REGISTRY.computeIfAbsent(registry, r -> {
            final AtomicLong pending = new AtomicLong();
            Gauge.builder("resume.pending.documents", pending, AtomicLong::get)
                    .description("Documents a waiting command still waits for").strongReference(true).register(r);
            return pending;
        });
    }
}
