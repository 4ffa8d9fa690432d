package org.resumepipeline.report;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.kafka.common.errors.SerializationException;
import org.resumepipeline.model.Contribution;
import org.resumepipeline.model.Json;
import org.resumepipeline.model.JsonErrors;

/**
 * Reads a document's {@link Contribution} straight from its DOC's JSON bytes, binding only the fields the counts need:
 * the bullets' text, messages, contact and the rest are skipped by the parser instead of being built into objects.
 * Gives the same contribution as {@code Contribution.of(doc)} on the deserialized DOC. Thread-safe.
 */
final class ContributionReader {
    private ContributionReader() {
    }

    /**
     * @param docJson a DOC as serialized on {@code resume.scores} (never null)
     * @return its contribution
     */
    static Contribution read(final byte[] docJson) {
        final DocView doc;
        try {
            doc = Json.MAPPER.readValue(docJson, DocView.class);
        } catch (IOException e) {
            // no cause: its message would quote the DOC (a candidate's name) into the dead-letter headers and the log
            throw new SerializationException("cannot read a DOC's counts: " + JsonErrors.describe(e));
        }
        final Stream<String> rules = Stream.concat(
                nullToEmpty(doc.roles()).stream().flatMap(r -> nullToEmpty(r.bullets()).stream())
                        .flatMap(b -> nullToEmpty(b.findings()).stream()),
                nullToEmpty(doc.findings()).stream()).map(RuleRef::rule);
        return Contribution.counted(doc.batch(), doc.status(), doc.grade(), doc.score(), doc.rulesetVersion(),
                doc.failure() == null ? null : doc.failure().reason(), rules, doc.signalCoverage(), doc.uploadedAt());
    }

    private static <T> List<T> nullToEmpty(final List<T> list) {
        return list == null ? List.of() : list;
    }

    /** The fields of a DOC that its contribution needs; Jackson skips the others. */
    record DocView(String batch, String status, String grade, Integer score, String rulesetVersion,
                   FailureView failure, List<RoleView> roles, List<RuleRef> findings,
                   Map<String, Boolean> signalCoverage, long uploadedAt) {
    }

    record FailureView(String reason) {
    }

    record RoleView(List<BulletView> bullets) {
    }

    record BulletView(List<RuleRef> findings) {
    }

    record RuleRef(String rule) {
    }
}
