package org.resumepipeline.extract.segment;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Tells the projects among the entries of an experience section: in a section of side activities ("Extracurricular
 * Activity", "Personal Experiences and Activities") an entry described by project details ("Description: ...",
 * "URL: ...", "Technologies: ...") is a project, while an office held there (a club's president, a volunteer) stays a
 * role; anywhere, an entry under the Chinese "project description" sub-heading ("项目描述") is a project. Thread-safe.
 */
final class SideProjects {
    private static final Pattern ACTIVITY_HEADING = Pattern.compile(Wordlist.alternation("activity-headings.txt"));
    private static final Pattern DETAIL = Pattern.compile("^(?:" + Wordlist.alternation("project-details.txt")
            + ")\\s*[:：]\\s*\\S", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    /**
     * The sub-heading that names an entry a project in the usual Chinese template ("项目描述" over "责任描述"; a job
     * has "工作描述"). In English "Project description" also describes a client project within a job: no sign.
     */
    private static final Pattern PROJECT_SUBHEADING = Pattern.compile("项目描述\\s*[:：]?");
    /** One "Technologies:" line is a job's detail too; two details describe a project. */
    private static final int MIN_DETAILS = 2;

    private SideProjects() {
    }

    /** @return true for the heading of a section of side activities */
    static boolean listsActivities(final String heading) {
        return ACTIVITY_HEADING.matcher(HeadingLexicon.normalize(heading.strip())).find();
    }

    /** @return true for a sub-heading that names the entry above it a project */
    static boolean namesProject(final String line) {
        return PROJECT_SUBHEADING.matcher(line.strip()).matches();
    }

    /** @return true when enough of the entry's lines open with a project's details */
    static boolean describedAsProject(final List<String> bullets) {
        return bullets.stream().filter(b -> DETAIL.matcher(b).find()).count() >= MIN_DETAILS;
    }
}
