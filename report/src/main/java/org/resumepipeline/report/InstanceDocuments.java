package org.resumepipeline.report;

import java.util.List;
import org.resumepipeline.model.DocumentResult;

/**
 * What one report instance answers another about the DOCs it holds: redacted when it takes their batch to be blind
 * (named by the keys it holds; the asking instance renames them by every key of the batch), as stored otherwise. So
 * the internal routes never carry a blind batch's identities. Immutable.
 *
 * @param redacted  true when the DOCs went through the batch's redactor
 * @param documents the DOCs
 */
public record InstanceDocuments(boolean redacted, List<DocumentResult> documents) {
    public InstanceDocuments {
        documents = documents == null ? List.of() : List.copyOf(documents);
    }

    /** @return no DOCs */
    public static InstanceDocuments none() {
        return new InstanceDocuments(false, List.of());
    }
}
