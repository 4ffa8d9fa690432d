package org.resumepipeline.extract;

import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;

/**
 * What threw when a document failed with PARSE_ERROR, for operators telling a bug from a bad file: the parser and
 * the exception's class, never its message (a message can quote document content).
 *
 * @param parser    simple class name of the innermost parser that was running, or "unknown"
 * @param exception class name of the exception (the root cause's, when it has one)
 */
public record ParseFault(String parser, String exception) {
    /** The parser name when no parser ran (the worker died, the parse never started). */
    public static final String UNKNOWN = "unknown";

    /**
     * @param error    what the parse threw
     * @param metadata the parse's metadata: Tika records each parser it runs under {@code X-TIKA:Parsed-By}
     * @return the fault
     */
    public static ParseFault of(final Throwable error, final Metadata metadata) {
        final String[] parsedBy = metadata == null ? new String[0]
                : metadata.getValues(TikaCoreProperties.TIKA_PARSED_BY);
        final String parser = parsedBy.length == 0 ? UNKNOWN : simpleName(parsedBy[parsedBy.length - 1]);
        Throwable root = error;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return new ParseFault(parser, root.getClass().getName());
    }

    private static String simpleName(final String className) {
        final int dot = className.lastIndexOf('.');
        return dot < 0 ? className : className.substring(dot + 1);
    }
}
