package org.resumepipeline.report.blind;

import java.util.Optional;
import java.util.UUID;
import java.util.function.LongSupplier;
import org.resumepipeline.model.Contact;
import org.resumepipeline.model.DocumentKeys;
import org.resumepipeline.model.DocumentResult;
import org.resumepipeline.model.Reveal;
import org.resumepipeline.report.ReportService;

/**
 * Reveals who a candidate is: reads the stored DOC (from whichever report instance holds it), writes the audit
 * record, and only then answers with the identity. The one way to the identity of a blind batch's candidate, for
 * the HTTP route and for {@code rp reveal}. Thread-safe.
 */
public final class Reveals {
    private final ReportService reports;
    private final AuditLog audit;
    private final LongSupplier clock;

    public Reveals(final ReportService reports, final AuditLog audit) {
        this(reports, audit, System::currentTimeMillis);
    }

    Reveals(final ReportService reports, final AuditLog audit, final LongSupplier clock) {
        this.reports = reports;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * @param key the document key
     * @param by  who asks: the reviewer's name when given, and how they were let in
     * @return the identity, or empty when the report has no such document (nothing is audited then)
     * @throws IllegalStateException when the audit record cannot be written (nothing is revealed then)
     */
    public Optional<RevealedIdentity> reveal(final String key, final String by) {
        final Optional<DocumentResult> stored = reports.storedDocument(key);
        if (stored.isEmpty()) {
            return Optional.empty();
        }
        final DocumentResult doc = stored.get();
        final String batch = DocumentKeys.batchOf(key);
        final String candidate = reports.redactor(batch).pseudonym(key);
        final Reveal record = new Reveal(UUID.randomUUID().toString(), batch, key, candidate, by,
                clock.getAsLong());
        audit.write(record);
        final Contact c = doc.contact() == null ? Contact.empty() : doc.contact();
        return Optional.of(new RevealedIdentity(key, candidate, c.name(), c.email(), c.phone(), c.links(),
                doc.file(), by, record.at(), record.id()));
    }
}
