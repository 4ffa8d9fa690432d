package org.resumepipeline.model;

import java.io.IOException;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serializer;

/**
 * One generic Jackson serde for every event record. Null stays null (tombstones). Thread-safe.
 *
 * @param <T> the record type
 */
public final class JsonSerde<T> implements Serde<T> {
    private final Class<T> type;

    public JsonSerde(final Class<T> type) {
        this.type = type;
    }

    @Override
    public Serializer<T> serializer() {
        return (topic, data) -> {
            if (data == null) {
                return null;
            }
            try {
                return Json.MAPPER.writeValueAsBytes(data);
            } catch (IOException e) {
                throw new SerializationException("cannot serialize " + type.getSimpleName() + " for " + topic, e);
            }
        };
    }

    @Override
    public Deserializer<T> deserializer() {
        return (topic, data) -> {
            if (data == null) {
                return null;
            }
            try {
                return Json.MAPPER.readValue(data, type);
            } catch (IOException e) {
                // no cause: its message would quote the record into the dead-letter headers and the log
                throw new SerializationException("cannot read " + type.getSimpleName() + " from " + topic + ": "
                        + JsonErrors.describe(e) + " (" + data.length + " bytes)");
            }
        };
    }
}
