package org.resumepipeline.report.blind;

import java.util.Optional;
import java.util.UUID;
import java.util.function.LongSupplier;
import org.apache.kafka.streams.state.HostInfo;
import org.resumepipeline.model.Contact;
import org.resumepipeline.model.DocumentKeys;
import org.resumepipeline.model.DocumentResult;
import org.resumepipeline.model.Reveal;
import org.resumepipeline.report.RemoteReports;
import org.resumepipeline.report.ReportService;

/**
 * Reveals who a candidate is: the report instance that holds the stored DOC writes the audit record and only then
 * answers with the identity (another instance asks it over {@link RemoteReports#reveal}, so the identity never
 * travels unaudited). The one way to the identity of a blind batch's candidate, for the HTTP route and for
 * {@code rp reveal}. Thread-safe.
 */
public final class Reveals {
    private final ReportService reports;
    private final AuditLog audit;
    private final RemoteReports remote;
    private final LongSupplier clock;

    /** A single report instance. */
    public Reveals(final ReportService reports, final AuditLog audit) {
        this(reports, audit, null);
    }

    /**
     * @param reports the report's queries
     * @param audit   where reveals are written
     * @param remote  how to reach the other report instances, or null for a single instance
     */
    public Reveals(final ReportService reports, final AuditLog audit, final RemoteReports remote) {
        this(reports, audit, remote, System::currentTimeMillis);
    }

    Reveals(final ReportService reports, final AuditLog audit, final RemoteReports remote, final LongSupplier clock) {
        this.reports = reports;
        this.audit = audit;
        this.remote = remote;
        this.clock = clock;
    }

    /**
     * @param key the document key
     * @param by  who asks: the reviewer's name when given, and how they were let in
     * @return the identity, or empty when the report has no such document (nothing is audited then)
     * @throws IllegalStateException when the audit record cannot be written (nothing is revealed then)
     * @throws org.apache.kafka.streams.errors.InvalidStateStoreException when the instance that holds the document
     *                                                                    cannot answer now
     */
    public Optional<RevealedIdentity> reveal(final String key, final String by) {
        final Optional<HostInfo> owner = remote == null ? Optional.empty() : reports.remoteOwner(key);
        return owner.isPresent() ? remote.reveal(owner.get(), key, by) : revealHere(key, by);
    }

    /**
     * As {@link #reveal}, for a document this instance holds (the internal route another instance's reveal calls).
     *
     * @return the identity, or empty when this instance has no such document
     */
    public Optional<RevealedIdentity> revealHere(final String key, final String by) {
        final Optional<DocumentResult> stored = reports.localDocument(key);
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
