package org.resumepipeline.extract.worker;

import org.resumepipeline.extract.Extraction;
import org.resumepipeline.extract.ParseFault;
import org.resumepipeline.model.FailureReason;
import org.resumepipeline.model.ResumeDocument;

/**
 * What a worker sends back for one document (JSON via {@code Json.MAPPER}).
 *
 * @param reason    failure reason, null on success
 * @param message   failure message, null on success
 * @param mediaType detected media type
 * @param document  the resume, null on failure
 * @param fault     what threw, for PARSE_ERROR; else null
 */
record WorkerReply(FailureReason reason, String message, String mediaType, ResumeDocument document,
                   ParseFault fault) {
    static WorkerReply of(final Extraction e) {
        return new WorkerReply(e.reason(), e.message(), e.mediaType(), e.document(), e.fault());
    }

    Extraction toExtraction() {
        return new Extraction(document, reason, message, mediaType, fault);
    }
}
