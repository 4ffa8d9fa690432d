package org.resumepipeline.report;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.util.Arrays;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serdes;
import org.resumepipeline.model.Contribution;
import org.resumepipeline.model.Json;

/**
 * One document in the report's results store: its contribution to the batch counts, as JSON, beside its DOC, as the
 * JSON bytes it arrived as. Replacing a document then reads back the small contribution, never the DOC. Stored as
 * {@code [int32 length of the contribution][contribution][DOC]} ({@link #SERDE}). Immutable; the contribution is
 * parsed once, when first asked for.
 */
final class ResultEntry {
    static final Serde<ResultEntry> SERDE = Serdes.serdeFrom(ResultEntry::serialize, ResultEntry::deserialize);

    private final byte[] counts;
    private final byte[] doc;
    private Contribution contribution;

    private ResultEntry(final byte[] counts, final Contribution contribution, final byte[] doc) {
        this.counts = counts;
        this.contribution = contribution;
        this.doc = doc;
    }

    /**
     * @param counts the contribution as JSON (as the score stage writes it in its header)
     * @param doc    the DOC's JSON bytes
     */
    static ResultEntry of(final byte[] counts, final byte[] doc) {
        return new ResultEntry(counts, null, doc);
    }

    /** @return an entry for a contribution computed here */
    static ResultEntry of(final Contribution contribution, final byte[] doc) {
        try {
            return new ResultEntry(Json.MAPPER.writeValueAsBytes(contribution), contribution, doc);
        } catch (IOException e) {
            throw new SerializationException("cannot write a contribution", e);
        }
    }

    /** @return the DOC's JSON bytes */
    byte[] doc() {
        return doc;
    }

    /** @return what the document adds to its batch's counts */
    synchronized Contribution contribution() {
        if (contribution == null) {
            try {
                contribution = Json.MAPPER.readValue(counts, Contribution.class);
            } catch (IOException e) {
                throw new SerializationException("cannot read a contribution", e);
            }
        }
        return contribution;
    }

    private static byte[] serialize(final String topic, final ResultEntry entry) {
        if (entry == null) {
            return null;
        }
        return ByteBuffer.allocate(4 + entry.counts.length + entry.doc.length).putInt(entry.counts.length)
                .put(entry.counts).put(entry.doc).array();
    }

    private static ResultEntry deserialize(final String topic, final byte[] bytes) {
        if (bytes == null) {
            return null;
        }
        if (bytes.length < 4) {
            throw new SerializationException("a result entry of " + bytes.length + " bytes is truncated");
        }
        final int length = ByteBuffer.wrap(bytes).getInt();
        if (length < 0 || length > bytes.length - 4) {
            throw new SerializationException("a result entry says its counts take " + length + " of "
                    + (bytes.length - 4) + " bytes");
        }
        return of(Arrays.copyOfRange(bytes, 4, 4 + length), Arrays.copyOfRange(bytes, 4 + length, bytes.length));
    }
}
