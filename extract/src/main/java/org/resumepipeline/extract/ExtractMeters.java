package org.resumepipeline.extract;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Duration;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import org.resumepipeline.model.FailureReason;

/**
 * The extract stage's meters, registered once, as the score and report stages do: documents by outcome, failures
 * by reason (every known reason at 0 from the start, so a new deployment's dashboard shows zeros) and the time to
 * extract one document by format. Thread-safe.
 */
final class ExtractMeters {
    /** The formats the extractor names; their timers exist from the start. */
    static final List<String> FORMATS = Stream.concat(FileFormats.EXTENSIONS.stream(), Stream.of(FileFormats.OTHER))
            .toList();

    private final MeterRegistry registry;
    private final Counter ok;
    private final Counter failed;
    private final Map<FailureReason, Counter> failures = new EnumMap<>(FailureReason.class);
    private final Map<String, Timer> extractByFormat = new ConcurrentHashMap<>();
    private final Map<String, Counter> parseErrorsByParser = new ConcurrentHashMap<>();

    ExtractMeters(final MeterRegistry registry) {
        this.registry = registry;
        this.ok = documents(registry, "ok");
        this.failed = documents(registry, "failed");
        for (final FailureReason reason : FailureReason.values()) {
            failures.put(reason, Counter.builder("resume.failures").tag("stage", "extract")
                    .tag("reason", reason.name()).register(registry));
        }
        FORMATS.forEach(this::extractTimer);
    }

    private static Counter documents(final MeterRegistry registry, final String outcome) {
        return Counter.builder("resume.documents").tag("stage", "extract").tag("outcome", outcome).register(registry);
    }

    /** Counts one document and its time; a failed one also under its reason. */
    void observe(final String format, final Duration took, final FailureReason failure) {
        extractTimer(format).record(took);
        if (failure == null) {
            ok.increment();
        } else {
            failed.increment();
            failures.get(failure).increment();
        }
    }

    /** Counts a PARSE_ERROR under the parser that threw ({@link ParseFault#parser()}: a class name, few of them). */
    void parseError(final String parser) {
        parseErrorsByParser.computeIfAbsent(parser, p -> Counter.builder("resume.parse.errors")
                .description("Documents that failed with PARSE_ERROR, by the parser that threw")
                .tag("parser", p).register(registry)).increment();
    }

    private Timer extractTimer(final String format) {
        return extractByFormat.computeIfAbsent(format, f -> Timer.builder("resume.extract")
                .description("Time to extract one document, by format")
                .tag("format", f)
                .publishPercentileHistogram()
                .minimumExpectedValue(Duration.ofMillis(1))
                .maximumExpectedValue(Duration.ofSeconds(60))
                .register(registry));
    }
}
