package org.resumepipeline.model;

/** The kind of a resume section, from a heading lexicon. */
public enum SectionKind {
    CONTACT, SUMMARY, EXPERIENCE, PROJECTS, SKILLS, EDUCATION, CERTIFICATIONS, OTHER
}
