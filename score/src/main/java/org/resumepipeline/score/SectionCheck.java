package org.resumepipeline.score;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.resumepipeline.model.Section;
import org.resumepipeline.model.SectionKind;

/** SECTION_MISSING (error for Experience, downgraded for Skills and Education) and SECTION_ORDER. */
final class SectionCheck implements ResumeCheck {
    @Override
    public void apply(final ResumeContext c) {
        if (index(c, SectionKind.EXPERIENCE) < 0 && c.doc.roles().isEmpty()) {
            c.fire(RuleCatalog.SECTION_MISSING, "No Experience section was found.",
                    "Add an Experience section with a heading recruiters and parsers recognise ('Experience', "
                            + "'Work Experience'), most recent role first.");
        }
        if (index(c, SectionKind.SKILLS) < 0 && c.doc.skills().isEmpty()) {
            c.fire(RuleCatalog.SECTION_MISSING, true, "No Skills section was found.",
                    "Add a short Skills section grouped by languages, datastores and infrastructure.");
        }
        if (index(c, SectionKind.EDUCATION) < 0 && c.doc.education().isEmpty()) {
            c.fire(RuleCatalog.SECTION_MISSING, true, "No Education section was found.",
                    "Add an Education section (degree, institution, year), even a one-liner.");
        }
        final int experience = index(c, SectionKind.EXPERIENCE);
        if (experience < 0) {
            return;
        }
        final List<String> before = new ArrayList<>();
        for (final SectionKind k : List.of(SectionKind.PROJECTS, SectionKind.SKILLS, SectionKind.EDUCATION)) {
            final int i = index(c, k);
            if (i >= 0 && i < experience) {
                before.add(k.name().charAt(0) + k.name().substring(1).toLowerCase(Locale.ROOT));
            }
        }
        if (!before.isEmpty()) {
            c.fire(RuleCatalog.SECTION_ORDER, Sentences.join(before) + " come" + (before.size() == 1 ? "s" : "")
                            + " before Experience.",
                    "Put Experience right after the contact block (and an optional short Summary), then Projects, "
                            + "Skills and Education.");
        }
    }

    private static int index(final ResumeContext c, final SectionKind kind) {
        final List<Section> sections = c.doc.sections();
        for (int i = 0; i < sections.size(); i++) {
            if (sections.get(i).kind() == kind) {
                return i;
            }
        }
        return -1;
    }
}
