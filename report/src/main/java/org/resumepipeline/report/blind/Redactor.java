package org.resumepipeline.report.blind;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.resumepipeline.model.Batch;
import org.resumepipeline.model.BlindMask;
import org.resumepipeline.model.Contact;
import org.resumepipeline.model.DocumentFailure;
import org.resumepipeline.model.DocumentResult;
import org.resumepipeline.model.Education;
import org.resumepipeline.model.Finding;
import org.resumepipeline.model.Pseudonym;
import org.resumepipeline.model.ResumeDocument;
import org.resumepipeline.model.ResumeText;
import org.resumepipeline.model.Role;
import org.resumepipeline.model.ScoredBullet;
import org.resumepipeline.model.ScoredRole;
import org.resumepipeline.model.Section;
import org.resumepipeline.model.SectionKind;
import org.resumepipeline.model.Signal;

/**
 * The one place blind review is applied: what the report shows of a blind batch's documents, after scoring. Every
 * view (report JSON, CSV and HTML, {@code /documents/{key}}, the web pages, the CLI's table) renders what this
 * returns, never the stored DOC: the file name and the contact block become the candidate's {@link Pseudonym}; the
 * name, email, phone and links are masked wherever they occur (bullets, titles, findings, failure messages, the
 * text as read), and so are any email, phone, link, street address and labelled personal detail (date of birth,
 * age, marital status, nationality, gender); the contact section and personal-details sections of the text are not
 * shown; employers, institutions and graduation years too when the batch's {@link BlindMask} says so. Scores,
 * grades, rules and counts are left as they are, and the spans of findings and signals are moved with the text.
 * A batch that is not blind passes through unchanged. Immutable, thread-safe.
 */
public final class Redactor {
    private static final Redactor NONE = new Redactor(null, Map.of());
    private static final Pattern YEAR = Pattern.compile("\\b(?:19|20)\\d{2}\\b");
    private static final String YEAR_MASK = "[year]";

    private final Batch batch;
    private final Map<String, String> pseudonyms;
    private final RedactionRules rules = RedactionRules.BUNDLED;

    private Redactor(final Batch batch, final Map<String, String> pseudonyms) {
        this.batch = batch;
        this.pseudonyms = pseudonyms;
    }

    /** @return the redactor of a batch that is not blind: everything passes through */
    public static Redactor none() {
        return NONE;
    }

    /**
     * @param batch the batch's metadata, or null when unknown (then not blind)
     * @param keys  every document key of the batch, so that two whose 4-digit pseudonyms collide are told apart
     * @return the redactor of that batch
     */
    public static Redactor of(final Batch batch, final Collection<String> keys) {
        return batch == null || !batch.blind() ? NONE : new Redactor(batch, Pseudonym.forBatch(keys));
    }

    /** @return true when the batch is blind */
    public boolean blind() {
        return batch != null;
    }

    /** @return the name shown for a document of the batch */
    public String pseudonym(final String key) {
        return pseudonyms.getOrDefault(key, Pseudonym.of(key));
    }

    /** @return the DOC as a view of the batch may show it */
    public DocumentResult apply(final DocumentResult doc) {
        if (!blind() || doc == null) {
            return doc;
        }
        final BlindMask m = batch.mask();
        final Contact c = doc.contact() == null ? Contact.empty() : doc.contact();
        final TextMask mask = TextMask.of(new Identity(c.name(), c.email(), c.phone(), c.links(), doc.file(),
                m.employers() ? Stream.concat(doc.roles().stream(), doc.projects().stream()).map(ScoredRole::company)
                        .toList() : List.of(),
                m.institutions() ? doc.education().stream().map(Education::institution).toList() : List.of()),
                rules);
        final String name = pseudonym(doc.key());
        return new DocumentResult(doc.key(), name, doc.status(),
                doc.failure() == null ? null
                        : new DocumentFailure(doc.failure().reason(), mask.text(doc.failure().message()),
                                doc.failure().category()),
                doc.rulesetVersion(), doc.score(), doc.grade(), doc.pages(), new Contact(name, null, null, List.of()),
                scoredRoles(doc.roles(), mask), doc.skills().stream().map(mask::text).toList(),
                education(doc.education(), mask), doc.findings().stream().map(f -> finding(f, mask, null)).toList(),
                doc.warnings(), doc.batch(), doc.uploadedAt(), scoredRoles(doc.projects(), mask),
                doc.signalCoverage(), doc.jobMatch(), doc.extractorVersion(), doc.coverage(), doc.language(),
                doc.skippedRules());
    }

    /**
     * @param shown a DOC of the batch another report instance has redacted (it named it by the keys it holds)
     * @return that DOC named by this batch's pseudonyms, which know every key of the batch
     */
    public DocumentResult renamed(final DocumentResult shown) {
        if (!blind() || shown == null) {
            return shown;
        }
        final String name = pseudonym(shown.key());
        return new DocumentResult(shown.key(), name, shown.status(), shown.failure(), shown.rulesetVersion(),
                shown.score(), shown.grade(), shown.pages(), new Contact(name, null, null, List.of()), shown.roles(),
                shown.skills(), shown.education(), shown.findings(), shown.warnings(), shown.batch(),
                shown.uploadedAt(), shown.projects(), shown.signalCoverage(), shown.jobMatch(),
                shown.extractorVersion(), shown.coverage(), shown.language(), shown.skippedRules());
    }

    /** @return the text as read, as a view of the batch may show it */
    public ResumeText apply(final ResumeText text) {
        if (!blind() || text == null) {
            return text;
        }
        final BlindMask m = batch.mask();
        final ResumeDocument d = text.document();
        final Contact c = d.contact();
        final TextMask mask = TextMask.of(new Identity(c.name(), c.email(), c.phone(), c.links(), text.file(),
                m.employers() ? Stream.concat(d.roles().stream(), d.projects().stream()).map(Role::company).toList()
                        : List.of(),
                m.institutions() ? d.education().stream().map(Education::institution).toList() : List.of()), rules);
        final String name = pseudonym(text.key());
        final List<Section> sections = new ArrayList<>();
        for (final Section s : d.sections()) {
            if (s.kind() != SectionKind.CONTACT && !rules.isPersonalHeading(s.heading())) {
                sections.add(new Section(s.kind(), mask.text(s.heading()),
                        s.lines().stream().map(mask::text).toList()));
            }
        }
        final Map<String, String> bulletLanguages = new LinkedHashMap<>();
        d.bulletLanguages().forEach((bullet, language) -> bulletLanguages.put(mask.text(bullet), language));
        final ResumeDocument shown = new ResumeDocument(d.format(), d.pages(), new Contact(name, null, null, List.of()),
                mask.text(d.summary()), sections, roles(d.roles(), mask), roles(d.projects(), mask),
                d.skills().stream().map(mask::text).toList(), education(d.education(), mask), d.warnings(),
                d.coverage(), d.language(), bulletLanguages);
        return new ResumeText(text.key(), text.batch(), name, text.uploadedAt(), text.extractorVersion(), shown);
    }

    private List<ScoredRole> scoredRoles(final List<ScoredRole> roles, final TextMask mask) {
        return roles.stream().map(r -> new ScoredRole(mask.text(r.title()), company(r.company(), mask), r.dates(),
                r.start(), r.end(), r.current(), r.bullets().stream().map(b -> bullet(b, mask)).toList())).toList();
    }

    private List<Role> roles(final List<Role> roles, final TextMask mask) {
        return roles.stream().map(r -> new Role(mask.text(r.title()), company(r.company(), mask),
                mask.text(r.location()), r.dates(), r.start(), r.end(), r.current(),
                r.bullets().stream().map(mask::text).toList())).toList();
    }

    private String company(final String company, final TextMask mask) {
        return company == null ? null : batch.mask().employers() ? TextMask.EMPLOYER : mask.text(company);
    }

    private List<Education> education(final List<Education> education, final TextMask mask) {
        final BlindMask m = batch.mask();
        return education.stream().map(e -> new Education(years(mask.text(e.degree())),
                e.institution() == null ? null : m.institutions() ? TextMask.INSTITUTION : mask.text(e.institution()),
                years(e.dates()))).toList();
    }

    private String years(final String text) {
        return text == null || !batch.mask().graduationYears() ? text : YEAR.matcher(text).replaceAll(YEAR_MASK);
    }

    private static ScoredBullet bullet(final ScoredBullet b, final TextMask mask) {
        if (b.text() == null) {
            return b;
        }
        final MaskedText shown = mask.apply(b.text());
        return new ScoredBullet(shown.text(), b.score(), b.grade(),
                b.findings().stream().map(f -> finding(f, mask, shown)).toList(),
                b.signals().stream().map(s -> new Signal(s.signal(), start(s.start(), shown), end(s.end(), shown)))
                        .toList());
    }

    private static Finding finding(final Finding f, final TextMask mask, final MaskedText shown) {
        return new Finding(f.rule(), f.severity(), mask.text(f.message()), start(f.start(), shown),
                end(f.end(), shown), mask.text(f.suggestion()));
    }

    private static Integer start(final Integer offset, final MaskedText shown) {
        return offset == null || shown == null ? offset : Integer.valueOf(shown.map(offset, false));
    }

    private static Integer end(final Integer offset, final MaskedText shown) {
        return offset == null || shown == null ? offset : Integer.valueOf(shown.map(offset, true));
    }
}
