package org.resumepipeline.extract;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.tika.Tika;
import org.apache.tika.exception.EncryptedDocumentException;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.parser.AutoDetectParser;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.sax.BodyContentHandler;
import org.resumepipeline.model.Contact;
import org.resumepipeline.model.FailureReason;
import org.resumepipeline.model.ResumeDocument;
import org.resumepipeline.model.Role;

/** STUB for the walking skeleton: in-process Tika text, naive bullets. Replaced by the extraction issue. */
final class SimpleTikaExtractor implements Extractor {
    private final AutoDetectParser parser = new AutoDetectParser();
    private final ExtractConfig config;

    SimpleTikaExtractor(final ExtractConfig config) {
        this.config = config;
    }

    @Override
    public Extraction extract(final String file, final byte[] content) {
        if (content.length == 0) {
            return Extraction.failed(FailureReason.EMPTY, null, null);
        }
        final Metadata metadata = new Metadata();
        final BodyContentHandler handler = new BodyContentHandler(config.maxChars());
        try {
            parser.parse(new ByteArrayInputStream(content), handler, metadata, new ParseContext());
        } catch (EncryptedDocumentException e) {
            return Extraction.failed(FailureReason.ENCRYPTED, null, null);
        } catch (Exception e) {
            return Extraction.failed(FailureReason.PARSE_ERROR, null, null);
        }
        final List<String> bullets = new ArrayList<>();
        for (final String line : handler.toString().split("\\R")) {
            final String t = line.strip();
            if (t.startsWith("- ") || t.startsWith("• ") || t.startsWith("* ")) {
                bullets.add(t.substring(2).strip());
            }
        }
        if (bullets.isEmpty()) {
            return Extraction.failed(FailureReason.NOT_A_RESUME, null, metadata.get("Content-Type"));
        }
        final String format = file.contains(".") ? file.substring(file.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT)
                : "txt";
        final Role role = new Role(null, null, null, null, null, null, false, bullets);
        return Extraction.ok(new ResumeDocument(format, 1, Contact.empty(), null, List.of(), List.of(role), List.of(),
                List.of(), List.of(), List.of()), metadata.get("Content-Type"));
    }

    @Override
    public String version() {
        return "tika-" + Tika.class.getPackage().getImplementationVersion() + "/stub";
    }

    @Override
    public void close() {
        // nothing held
    }
}
