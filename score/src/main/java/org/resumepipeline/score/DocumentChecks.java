package org.resumepipeline.score;

import java.util.Locale;
import org.resumepipeline.model.Contact;

/** TOO_MANY_PAGES and CONTACT_MISSING. */
final class DocumentChecks implements ResumeCheck {
    @Override
    public void apply(final ResumeContext c) {
        final Thresholds th = c.ruleset.thresholds();
        final int pages = c.doc.pages();
        final double years = ExperienceYears.of(c.doc.roles(), c.text.uploadedAt());
        if (pages > th.maxPages()) {
            c.fire(RuleCatalog.TOO_MANY_PAGES, "The resume has " + Sentences.count(pages, "page") + " (more than "
                            + th.maxPages() + ").",
                    "Cut to " + Sentences.count(th.maxPages(), "page")
                            + ": fewer bullets for older roles, no paragraphs.");
        } else if (years >= 0 && years < th.juniorYears() && pages > th.maxPagesJunior()) {
            c.fire(RuleCatalog.TOO_MANY_PAGES, "The resume has " + Sentences.count(pages, "page") + " for "
                            + String.format(Locale.ROOT, "%.1f", years) + " years of experience.",
                    "Under " + Sentences.count(th.juniorYears(), "year") + " of experience, "
                            + Sentences.count(th.maxPagesJunior(), "page") + (th.maxPagesJunior() == 1 ? " is" : " are")
                            + " enough: keep the strongest bullets.");
        }
        final Contact contact = c.doc.contact();
        if (contact.email() == null || contact.email().isBlank()) {
            c.fire(RuleCatalog.CONTACT_MISSING, "No email address was found.",
                    "Put an email address in the header, as text (not in an image or the page header).");
        }
        final boolean link = contact.links().stream().anyMatch(l -> l != null && !l.isBlank());
        if (!link) {
            c.fire(RuleCatalog.CONTACT_MISSING, "No profile or portfolio link was found.",
                    "Add a GitHub, LinkedIn or personal site link to the header.");
        }
    }
}
