package org.resumepipeline.cli.command;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.tika.Tika;
import org.apache.tika.exception.TikaException;

/** Reads a job description from a file in any format Tika reads (text, PDF, DOCX, HTML, ...). */
public final class JobDescriptions {
    private static final int MAX_CHARS = 200_000;

    private JobDescriptions() {
    }

    public static String read(final Path file) throws IOException {
        if (!Files.isRegularFile(file)) {
            throw new IOException("no job description file at " + file);
        }
        final Tika tika = new Tika();
        tika.setMaxStringLength(MAX_CHARS);
        try {
            return tika.parseToString(file).strip();
        } catch (TikaException e) {
            throw new IOException("cannot read the job description " + file.getFileName() + ": " + e.getMessage(), e);
        }
    }
}
