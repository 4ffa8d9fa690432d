package org.resumepipeline.cli;

import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.IThrowableProxy;
import ch.qos.logback.core.filter.Filter;
import ch.qos.logback.core.spi.FilterReply;

/**
 * Drops the embedded broker's ERROR line for an out-of-order sequence under exactly-once (KAFKA-18202): the
 * producer retries it and nothing is lost, but the line alarms users. Every other broker error still shows.
 */
public final class KnownBrokerNoiseFilter extends Filter<ILoggingEvent> {
    @Override
    public FilterReply decide(final ILoggingEvent event) {
        if (event.getLoggerName().startsWith("kafka.server.ReplicaManager")) {
            for (IThrowableProxy t = event.getThrowableProxy(); t != null; t = t.getCause()) {
                if (t.getClassName().endsWith("OutOfOrderSequenceException")) {
                    return FilterReply.DENY;
                }
            }
        }
        return FilterReply.NEUTRAL;
    }
}
