package org.resumepipeline.model;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import java.io.IOException;

/**
 * What went wrong reading JSON, told without quoting it. Jackson's messages quote the input ("Unrecognized token
 * 'Quinn'", "from String \"...\""); an exception that carries one as its message or cause ends in the dead-letter
 * headers and the log. Thread-safe (stateless).
 */
public final class JsonErrors {
    private JsonErrors() {
    }

    /** @return the kind of error and where, e.g. "InvalidFormatException at line 1, column 16" */
    public static String describe(final IOException e) {
        final JsonLocation at = e instanceof JsonProcessingException j ? j.getLocation() : null;
        return e.getClass().getSimpleName()
                + (at == null ? "" : " at line " + at.getLineNr() + ", column " + at.getColumnNr());
    }
}
