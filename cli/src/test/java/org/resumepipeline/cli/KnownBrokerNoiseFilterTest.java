package org.resumepipeline.cli;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.LoggingEvent;
import ch.qos.logback.core.spi.FilterReply;
import org.apache.kafka.common.errors.OutOfOrderSequenceException;
import org.junit.jupiter.api.Test;

class KnownBrokerNoiseFilterTest {
    private final LoggerContext context = new LoggerContext();
    private final KnownBrokerNoiseFilter filter = new KnownBrokerNoiseFilter();

    private LoggingEvent event(final String logger, final Throwable error) {
        return new LoggingEvent("fqcn", context.getLogger(logger), Level.ERROR, "Error processing append operation",
                error, null);
    }

    @Test
    void shouldDropOnlyTheBrokersRetriedOutOfOrderSequenceError() {
        assertThat(filter.decide(event("kafka.server.ReplicaManager",
                new OutOfOrderSequenceException("Invalid sequence number")))).isEqualTo(FilterReply.DENY);
        assertThat(filter.decide(event("kafka.server.ReplicaManager",
                new IllegalStateException("disk full")))).isEqualTo(FilterReply.NEUTRAL);
        assertThat(filter.decide(event("org.resumepipeline.cli.Pipeline",
                new OutOfOrderSequenceException("x")))).isEqualTo(FilterReply.NEUTRAL);
        assertThat(filter.decide(event("kafka.server.ReplicaManager", null))).isEqualTo(FilterReply.NEUTRAL);
    }
}
