package org.resumepipeline.model;

/**
 * Who can act on a failure, as Tika's pipes results say whether a caller should retry. The names are a public
 * interface: the DOC's {@code failure.category}, the report's CSV and pages name them.
 */
public enum FailureCategory {
    /** The file itself is the cause: the same bytes fail the same way, so only a corrected file helps. */
    FIX_THE_FILE("Fix the file: do what the reason says, then upload the corrected file."),
    /**
     * Transient: the file was not at fault and the same bytes may well succeed. The extract stage has already tried
     * once more on a fresh worker before giving up.
     */
    RETRY("Try again later: the problem was temporary, not the file's. Ask the operator to run rp reextract for this"
            + " batch (the same file uploaded again counts as a duplicate)."),
    /** A defect of the pipeline: neither the user nor a retry can fix it. */
    OUR_BUG("Report it: this is a defect of the pipeline, not of the file. Send the operator the document key.");

    private final String whatToDo;

    FailureCategory(final String whatToDo) {
        this.whatToDo = whatToDo;
    }

    /** @return what to do about any failure of this category, one sentence, no document content */
    public String whatToDo() {
        return whatToDo;
    }
}
