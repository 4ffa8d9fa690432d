package org.resumepipeline.model;

/** Why a document could not be scored. The codes are a public interface: reports and metrics name them. */
public enum FailureReason {
    EMPTY("The file is empty. Upload the resume file itself."),
    TOO_LARGE("The file is over the size limit. Export a smaller file (a resume rarely needs more than 2 MB)."),
    UNSUPPORTED_TYPE("This file type is not supported. Upload PDF, DOCX, DOC, ODT, RTF, HTML, Markdown or TXT."),
    ENCRYPTED("The document is password-protected. Save it without a password and upload again."),
    CORRUPT("The file is damaged or truncated. Export it again from the original and upload again."),
    TIMEOUT("Reading the document took too long. Export it again (for example print to PDF) and upload again."),
    OUT_OF_MEMORY("The document needs too much memory to read. Export a simpler copy and upload again."),
    ARCHIVE_BOMB("The archive expands to far more than it holds (an archive bomb). Upload the resumes themselves."),
    NO_TEXT("The document has no text layer (a scan or an image). Upload a text PDF or DOCX, or run with --ocr."),
    PARSE_ERROR("The document could not be read. Export it again as PDF or DOCX and upload again."),
    NOT_A_RESUME("No resume structure was found (no sections, roles or contact). Check that this is a resume."),
    INVALID_RECORD("A record could not be processed; it was sent to the dead-letter topic.");

    private final String advice;

    FailureReason(final String advice) {
        this.advice = advice;
    }

    /** @return what the user can do about it, one sentence, no document content */
    public String advice() {
        return advice;
    }
}
