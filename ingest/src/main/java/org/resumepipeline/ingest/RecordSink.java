package org.resumepipeline.ingest;

import org.apache.kafka.clients.producer.Callback;
import org.resumepipeline.model.Failure;
import org.resumepipeline.model.Upload;

/** Where an ingest run sends its records: Kafka in production, memory in unit tests. Thread-safe. */
interface RecordSink {
    void upload(Upload upload, Callback callback);

    void failure(Failure failure, Callback callback);

    /** Blocks until every record sent so far is acknowledged or failed. */
    void flush();
}
