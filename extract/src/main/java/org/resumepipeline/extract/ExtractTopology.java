package org.resumepipeline.extract;

import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import java.util.Map;
import java.util.function.Predicate;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.kstream.Branched;
import org.apache.kafka.streams.kstream.KStream;
import org.apache.kafka.streams.kstream.Named;
import org.resumepipeline.model.DocumentKeys;
import org.resumepipeline.model.Failure;
import org.resumepipeline.model.ResumeText;
import org.resumepipeline.model.Topics;
import org.resumepipeline.model.Upload;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The extract stage.
 * <ul>
 *   <li>Input: {@code resume.uploads} (raw bytes).</li>
 *   <li>Outputs: {@code resume.texts} (resume structure, compacted) and {@code resume.failures} (reason codes).</li>
 *   <li>Stores: none. A tombstone on uploads (forget) becomes a tombstone on texts.</li>
 * </ul>
 * Parsing happens in the {@link Extractor}, which bounds each document by a time limit well under
 * {@code max.poll.interval.ms}; with {@code max.poll.records} at most {@link #MAX_POLL_RECORDS} a poll never
 * exceeds the interval.
 */
public final class ExtractTopology {
    /** Records per poll, so that records x time limit stays under max.poll.interval.ms. */
    public static final int MAX_POLL_RECORDS = 8;
    private static final Logger LOG = LoggerFactory.getLogger(ExtractTopology.class);

    private ExtractTopology() {
    }

    /**
     * @param extractor the extractor (thread-safe; shared by the stream threads)
     * @param batchFilter which batches to extract (all, or one for {@code reextract --batch})
     * @param registry  where the stage's metrics go
     * @param props     the Streams properties, for {@code builder.build(props)}
     * @return the topology
     */
    public static Topology build(final Extractor extractor, final Predicate<String> batchFilter,
                                 final MeterRegistry registry, final java.util.Properties props) {
        final StreamsBuilder builder = new StreamsBuilder();
        final KStream<String, Upload> uploads = builder.stream(Topics.UPLOADS.name(), Topics.UPLOADS.consumed())
                .filter((key, upload) -> key != null && batchFilter.test(upload != null ? upload.batch()
                        : DocumentKeys.batchOf(key)), Named.as("extract-batch-filter"));
        final String version = extractor.version();
        final ExtractMeters meters = new ExtractMeters(registry);
        final Map<String, KStream<String, Outcome>> branches = uploads
                .mapValues((key, upload) -> extract(extractor, meters, version, key, upload),
                        Named.as("extract-document"))
                .split(Named.as("extract-outcome-"))
                .branch((key, outcome) -> outcome.failure() != null, Branched.as("failed"))
                .defaultBranch(Branched.as("extracted"));
        branches.get("extract-outcome-failed")
                .mapValues(Outcome::failure, Named.as("extract-failure-value"))
                .to(Topics.FAILURES.name(), Topics.FAILURES.produced());
        branches.get("extract-outcome-extracted")
                .mapValues(Outcome::text, Named.as("extract-text-value"))
                .to(Topics.TEXTS.name(), Topics.TEXTS.produced());
        return builder.build(props);
    }

    static Outcome extract(final Extractor extractor, final ExtractMeters meters, final String version,
                           final String key, final Upload upload) {
        if (upload == null) {
            return new Outcome(null, null);
        }
        final long begin = System.nanoTime();
        final Extraction result = extractor.extract(upload.file(), upload.content(), upload.mediaType());
        final String format = result.isOk() ? result.document().format() : FileFormats.of(upload.file());
        meters.observe(format, Duration.ofNanos(System.nanoTime() - begin), result.isOk() ? null : result.reason());
        if (!result.isOk()) {
            if (result.fault() != null) {
                LOG.warn("{} failed with PARSE_ERROR: {} threw {}", key, result.fault().parser(),
                        result.fault().exception());
                meters.parseError(result.fault().parser());
            }
            return new Outcome(null, new Failure(key, upload.batch(), upload.file(), "extract", result.reason(),
                    result.message(), upload.uploadedAt()));
        }
        return new Outcome(new ResumeText(key, upload.batch(), upload.file(), upload.uploadedAt(), version,
                result.document()), null);
    }

    /** The outcome of one upload: a text, a failure, or neither (a tombstone passes through as a null text). */
    record Outcome(ResumeText text, Failure failure) {
    }
}
