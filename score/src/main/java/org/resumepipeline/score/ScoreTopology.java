package org.resumepipeline.score;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.utils.Bytes;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.kstream.Branched;
import org.apache.kafka.streams.kstream.GlobalKTable;
import org.apache.kafka.streams.kstream.KStream;
import org.apache.kafka.streams.kstream.Materialized;
import org.apache.kafka.streams.kstream.Named;
import org.apache.kafka.streams.processor.api.FixedKeyProcessor;
import org.apache.kafka.streams.processor.api.FixedKeyProcessorContext;
import org.apache.kafka.streams.processor.api.FixedKeyRecord;
import org.apache.kafka.streams.state.KeyValueStore;
import org.resumepipeline.model.Batch;
import org.resumepipeline.model.Contribution;
import org.resumepipeline.model.DocumentResult;
import org.resumepipeline.model.Finding;
import org.resumepipeline.model.Json;
import org.resumepipeline.model.ResumeText;
import org.resumepipeline.model.ScoredBullet;
import org.resumepipeline.model.ScoredRole;
import org.resumepipeline.model.Topics;

/**
 * The score stage.
 * <ul>
 *   <li>Inputs: {@code resume.texts}, joined with {@code resume.batches} (a global table) for the job
 *   description.</li>
 *   <li>Output: {@code resume.scores} (compacted): one DOC per document, byte-identical for the same text and
 *   ruleset, with its batch counts in the {@code rp-counts} header. A tombstone on texts (forget) becomes a
 *   tombstone on scores.</li>
 *   <li>Stores: {@code batches-global}.</li>
 * </ul>
 * Its application id carries the ruleset version ({@link #applicationId(Ruleset)}), so a new ruleset reads the
 * texts from the beginning: that is the rescore.
 */
public final class ScoreTopology {
    private ScoreTopology() {
    }

    /** @return the consumer group of this ruleset version: {@code resume-score-<version>} */
    public static String applicationId(final Ruleset ruleset) {
        return "resume-score-" + ruleset.version();
    }

    /**
     * @param scorer      the scoring function
     * @param batchFilter which batches to score (all, for the normal stage; one, for {@code rescore --batch})
     * @param registry    where the stage's metrics go
     * @param props       Streams properties for {@code builder.build(props)}
     * @return the topology
     */
    public static Topology build(final ResumeScorer scorer, final Predicate<String> batchFilter,
                                 final MeterRegistry registry, final Properties props) {
        final StreamsBuilder builder = new StreamsBuilder();
        final Meters meters = new Meters(registry);
        final GlobalKTable<String, Batch> batches = builder.globalTable(Topics.BATCHES.name(),
                Topics.BATCHES.consumed().withName("resume.batches-global-source"),
                Materialized.<String, Batch, KeyValueStore<Bytes, byte[]>>as("batches-global")
                        .withKeySerde(Topics.BATCHES.keySerde()).withValueSerde(Topics.BATCHES.valueSerde()));
        final KStream<String, ResumeText> texts = builder.stream(Topics.TEXTS.name(), Topics.TEXTS.consumed())
                .filter((key, text) -> key != null && batchFilter.test(batchOf(key, text)),
                        Named.as("score-batch-filter"));
        final Map<String, KStream<String, ResumeText>> split = texts.split(Named.as("score-text-"))
                .branch((key, text) -> text == null, Branched.as("tombstone"))
                .defaultBranch(Branched.as("present"));
        split.get("score-text-tombstone")
                .mapValues(text -> (DocumentResult) null, Named.as("score-tombstone"))
                .to(Topics.SCORES.name(), Topics.SCORES.produced().withName("resume.scores-tombstone-sink"));
        split.get("score-text-present")
                .leftJoin(batches, (key, text) -> text.batch(), ScoreTopology::withJob, Named.as("score-join-batch"))
                .processValues(() -> new Score(scorer, meters), Named.as("score-resume"))
                .to(Topics.SCORES.name(), Topics.SCORES.produced());
        return builder.build(props);
    }

    private static String batchOf(final String key, final ResumeText text) {
        return text != null ? text.batch() : org.resumepipeline.model.DocumentKeys.batchOf(key);
    }

    private static ScoreJob withJob(final ResumeText text, final Batch batch) {
        return new ScoreJob(text, batch == null ? null : batch.jobDescription());
    }

    static DocumentResult score(final ResumeScorer scorer, final Meters meters, final ScoreJob job) {
        final DocumentResult result = scorer.score(job.text(), job.jobDescription());
        meters.documents.increment();
        if (result.hasLowCoverage()) {
            meters.lowCoverage(job.text().document().format()).increment();
        }
        for (final ScoredRole role : result.roles()) {
            for (final ScoredBullet bullet : role.bullets()) {
                meters.bullets(bullet.grade()).increment();
                for (final Finding f : bullet.findings()) {
                    meters.findings(f.rule()).increment();
                }
            }
        }
        for (final Finding f : result.findings()) {
            meters.findings(f.rule()).increment();
        }
        return result;
    }

    /**
     * Scores a text; the DOC goes out with its batch counts in the {@link Contribution#HEADER} header, so the report
     * counts it without parsing it. The DOC's bytes are the same with or without the header.
     */
    private static final class Score implements FixedKeyProcessor<String, ScoreJob, DocumentResult> {
        private final ResumeScorer scorer;
        private final Meters meters;
        private FixedKeyProcessorContext<String, DocumentResult> context;

        Score(final ResumeScorer scorer, final Meters meters) {
            this.scorer = scorer;
            this.meters = meters;
        }

        @Override
        public void init(final FixedKeyProcessorContext<String, DocumentResult> context) {
            this.context = context;
        }

        @Override
        public void process(final FixedKeyRecord<String, ScoreJob> record) {
            final DocumentResult result = score(scorer, meters, record.value());
            final Headers headers = record.headers();
            headers.remove(Contribution.HEADER);
            try {
                headers.add(Contribution.HEADER, Json.MAPPER.writeValueAsBytes(Contribution.of(result)));
            } catch (JsonProcessingException e) {
                throw new IllegalStateException("cannot write a DOC's counts", e);
            }
            context.forward(record.withValue(result).withHeaders(headers));
        }
    }

    /**
     * The stage's counters, looked up once per grade and rule instead of once per bullet and finding (a registry
     * lookup builds an id and hashes its tags: at ~30 per resume it showed in the rescore profile).
     *
     * <p>Like every counter of this stage they count what the stage scores: a rescore or a replay counts its
     * documents again. {@value #LOW_COVERAGE} counts scored documents the extractor marked
     * {@code LOW_COVERAGE}, by format; it is registered at 0 for every format, so it exists from the first scrape.
     */
    static final class Meters {
        static final String LOW_COVERAGE = "resume.documents.low.coverage";
        /** The formats the extractor names ({@code ResumeDocument.format}); any other counts as "other". */
        static final List<String> FORMATS = List.of("pdf", "docx", "doc", "odt", "rtf", "html", "htm", "md", "txt",
                "other");

        private final MeterRegistry registry;
        private final Counter documents;
        private final Map<String, Counter> bulletsByGrade = new ConcurrentHashMap<>();
        private final Map<String, Counter> findingsByRule = new ConcurrentHashMap<>();
        private final Map<String, Counter> lowCoverageByFormat;

        Meters(final MeterRegistry registry) {
            this.registry = registry;
            this.documents = registry.counter("resume.documents", "stage", "score", "outcome", "ok");
            final Map<String, Counter> low = new HashMap<>();
            for (final String format : FORMATS) {
                low.put(format, Counter.builder(LOW_COVERAGE).tag("format", format)
                        .description("Scored documents whose structure covers too little of their text "
                                + "(warning LOW_COVERAGE): their score says little")
                        .register(registry));
            }
            this.lowCoverageByFormat = Map.copyOf(low);
        }

        /** @return the low-coverage counter of a format; unknown formats share "other" (the tag stays small) */
        Counter lowCoverage(final String format) {
            final Counter c = format == null ? null : lowCoverageByFormat.get(format.toLowerCase(Locale.ROOT));
            return c != null ? c : lowCoverageByFormat.get("other");
        }

        Counter bullets(final String grade) {
            return bulletsByGrade.computeIfAbsent(grade, g -> registry.counter("resume.bullets.scored", "grade", g));
        }

        Counter findings(final String rule) {
            return findingsByRule.computeIfAbsent(rule, r -> registry.counter("resume.findings", "rule", r));
        }
    }

    /** A text with its batch's job description (or null). */
    record ScoreJob(ResumeText text, String jobDescription) {
    }
}
