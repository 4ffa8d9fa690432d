package org.resumepipeline.ingest;

import java.util.List;

/**
 * What one ingest did.
 *
 * @param batch        the batch
 * @param acceptedKeys keys of the documents published (each once)
 * @param duplicates   files skipped because the batch already had their bytes
 * @param refusals     files refused at the door (published as failures, not as uploads)
 * @param bytes        bytes published
 * @param millis       wall time
 */
public record IngestSummary(String batch, List<String> acceptedKeys, int duplicates, List<Refusal> refusals,
                            long bytes, long millis) {
    public IngestSummary {
        acceptedKeys = List.copyOf(acceptedKeys);
        refusals = List.copyOf(refusals);
    }

    /** @return every key that will get a result in the report: accepted and refused */
    public List<String> allKeys() {
        final var all = new java.util.ArrayList<String>(acceptedKeys);
        refusals.forEach(r -> all.add(r.key()));
        return all.stream().distinct().toList();
    }
}
