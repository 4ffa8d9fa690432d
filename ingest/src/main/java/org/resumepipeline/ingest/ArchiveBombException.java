package org.resumepipeline.ingest;

/** An archive tripped a guard (entries, total size, compression ratio). The message says which, no content. */
final class ArchiveBombException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    ArchiveBombException(final String what) {
        super(what);
    }
}
