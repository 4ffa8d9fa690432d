package org.resumepipeline.ingest;

import org.apache.kafka.clients.producer.Callback;
import org.resumepipeline.model.Failure;
import org.resumepipeline.model.Topics;
import org.resumepipeline.model.Upload;

/** Where an ingest run sends its records: Kafka in production, memory in unit tests. Thread-safe. */
interface RecordSink {
    /**
     * @param key   the document key
     * @param value the {@link Upload} serialized with {@link #serialize(Upload)}
     */
    void upload(String key, byte[] value, Callback callback);

    void failure(Failure failure, Callback callback);

    /** Blocks until every record sent so far is acknowledged or failed. */
    void flush();

    /** @return the upload as resume.uploads holds it (thread-safe; done on preparing threads) */
    static byte[] serialize(final Upload upload) {
        return Topics.UPLOADS.valueSerde().serializer().serialize(Topics.UPLOADS.name(), upload);
    }
}
