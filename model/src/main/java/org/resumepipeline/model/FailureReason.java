package org.resumepipeline.model;

/**
 * Why a document could not be scored. The codes are a public interface: reports and metrics name them.
 *
 * <p>Each code has a {@link FailureCategory}. {@link #TIMEOUT} and {@link #OUT_OF_MEMORY} are {@code FIX_THE_FILE}:
 * the limits are per document and a worker's heap is the same on every try, so the same bytes hit them again (a
 * resume parses in milliseconds, far inside the 30 s default), and a retry would cost a second full time limit on a
 * stream thread; an operator who sees many on one machine raises {@code --parse-timeout} or the worker heap. A
 * worker that dies while parsing is retried once on a fresh worker: when the fresh one reads the document, the
 * crash was not the document's and nobody sees it; when it dies too, the document is the cause and fails
 * {@link #PARSE_ERROR}. {@link #EXTRACTOR_UNAVAILABLE} is what is left when no worker could read it at all.
 */
public enum FailureReason {
    EMPTY("The file is empty. Upload the resume file itself.",
            FailureCategory.FIX_THE_FILE),
    TOO_LARGE("The file is over the size limit. Export a smaller file (a resume rarely needs more than 2 MB).",
            FailureCategory.FIX_THE_FILE),
    UNSUPPORTED_TYPE("This file type is not supported. Upload PDF, DOCX, DOC, ODT, RTF, HTML, Markdown or TXT.",
            FailureCategory.FIX_THE_FILE),
    ENCRYPTED("The document is password-protected. Save it without a password and upload again.",
            FailureCategory.FIX_THE_FILE),
    CORRUPT("The file is damaged or truncated. Export it again from the original and upload again.",
            FailureCategory.FIX_THE_FILE),
    TIMEOUT("Reading the document took too long. Export it again (for example print to PDF) and upload again.",
            FailureCategory.FIX_THE_FILE),
    OUT_OF_MEMORY("The document needs too much memory to read. Export a simpler copy and upload again.",
            FailureCategory.FIX_THE_FILE),
    ARCHIVE_BOMB("The archive expands to far more than it holds (an archive bomb). Upload the resumes themselves.",
            FailureCategory.FIX_THE_FILE),
    NO_TEXT("The document has no text layer (a scan or an image). Upload a text PDF or DOCX, or run with --ocr.",
            FailureCategory.FIX_THE_FILE),
    PARSE_ERROR("The document could not be read. Export it again as PDF or DOCX and upload again.",
            FailureCategory.FIX_THE_FILE),
    NOT_A_RESUME("No resume structure was found (no sections, roles or contact). Check that this is a resume.",
            FailureCategory.FIX_THE_FILE),
    INVALID_RECORD("A record could not be processed; it was sent to the dead-letter topic.", FailureCategory.OUR_BUG),
    EXTRACTOR_UNAVAILABLE("The reader stopped or could not start while reading this document; the file is not at"
            + " fault. It can be read again.", FailureCategory.RETRY);

    private final String advice;
    private final FailureCategory category;

    FailureReason(final String advice, final FailureCategory category) {
        this.advice = advice;
        this.category = category;
    }

    /** @return who can act on it: the user with a new file, a retry, or us */
    public FailureCategory category() {
        return category;
    }

    /** @return what the user can do about it, one sentence, no document content */
    public String advice() {
        return advice;
    }
}
