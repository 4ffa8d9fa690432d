package org.resumepipeline.ingest;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.apache.kafka.clients.producer.Callback;
import org.resumepipeline.model.Failure;
import org.resumepipeline.model.Topics;
import org.resumepipeline.model.Upload;

/** Records in memory instead of Kafka. */
final class MemorySink implements RecordSink {
    final List<Upload> uploads = new CopyOnWriteArrayList<>();
    final List<Failure> failures = new CopyOnWriteArrayList<>();

    @Override
    public void upload(final String key, final byte[] value, final Callback callback) {
        uploads.add(Topics.UPLOADS.valueSerde().deserializer().deserialize(Topics.UPLOADS.name(), value));
    }

    @Override
    public void failure(final Failure failure, final Callback callback) {
        failures.add(failure);
    }

    @Override
    public void flush() {
        // nothing buffered
    }
}
