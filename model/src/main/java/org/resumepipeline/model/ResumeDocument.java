package org.resumepipeline.model;

import java.util.List;
import java.util.Map;

/**
 * The structure extract finds in a resume. Scoring is a pure function of this and a ruleset.
 *
 * @param format    short format name: pdf, docx, doc, odt, rtf, html, md, txt
 * @param pages     page count (1 for formats without pages)
 * @param contact   contact block
 * @param summary   summary text, or null
 * @param sections  sections in reading order
 * @param roles     experience roles, most recent first as written
 * @param projects  project entries (title = project name)
 * @param skills    skills as a flat list
 * @param education education entries
 * @param warnings  layout warnings: TWO_COLUMN, IMAGE_ONLY, GARBLED_TEXT, SCANNED, LOW_COVERAGE (the structure
 *                  accounts for too little of the text, or bullet-like lines were left unplaced)
 * @param coverage  share (0..1) of the document's words the structure accounts for; null when not measured (texts
 *                  extracted before this field existed)
 * @param language  the document's language, ISO 639-1 ("en", "de", "zh"); null when unknown (too little text, or
 *                  extracted before this field existed)
 * @param bulletLanguages the language of each bullet (role and project bullets, by text) that is written in another
 *                  language than the document; empty when none is
 */
public record ResumeDocument(String format, int pages, Contact contact, String summary, List<Section> sections,
                             List<Role> roles, List<Role> projects, List<String> skills, List<Education> education,
                             List<String> warnings, Double coverage, String language,
                             Map<String, String> bulletLanguages) {
    /** The warning of a document whose structure accounts for too little of its text. */
    public static final String LOW_COVERAGE = "LOW_COVERAGE";

    public ResumeDocument(final String format, final int pages, final Contact contact, final String summary,
                          final List<Section> sections, final List<Role> roles, final List<Role> projects,
                          final List<String> skills, final List<Education> education, final List<String> warnings) {
        this(format, pages, contact, summary, sections, roles, projects, skills, education, warnings, null);
    }

    /** The structure before {@code language}: language unknown. */
    public ResumeDocument(final String format, final int pages, final Contact contact, final String summary,
                          final List<Section> sections, final List<Role> roles, final List<Role> projects,
                          final List<String> skills, final List<Education> education, final List<String> warnings,
                          final Double coverage) {
        this(format, pages, contact, summary, sections, roles, projects, skills, education, warnings, coverage, null,
                Map.of());
    }

    public ResumeDocument {
        contact = contact == null ? Contact.empty() : contact;
        sections = sections == null ? List.of() : List.copyOf(sections);
        roles = roles == null ? List.of() : List.copyOf(roles);
        projects = projects == null ? List.of() : List.copyOf(projects);
        skills = skills == null ? List.of() : List.copyOf(skills);
        education = education == null ? List.of() : List.copyOf(education);
        warnings = warnings == null ? List.of() : List.copyOf(warnings);
        bulletLanguages = bulletLanguages == null ? Map.of() : Map.copyOf(bulletLanguages);
    }

    /** @return this structure with its language and the languages of the bullets written in another one */
    public ResumeDocument withLanguage(final String documentLanguage, final Map<String, String> otherBullets) {
        return new ResumeDocument(format, pages, contact, summary, sections, roles, projects, skills, education,
                warnings, coverage, documentLanguage, otherBullets);
    }

    /** @return the language a bullet of this document is written in, null when unknown */
    public String languageOf(final String bullet) {
        return bulletLanguages.getOrDefault(bullet, language);
    }
}
