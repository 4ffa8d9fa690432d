package org.resumepipeline.extract.segment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.resumepipeline.model.SectionKind;

class SkillsParserTest {
    private static List<String> parse(final String... texts) {
        return SkillsParser.parse(Arrays.stream(texts).map(t -> new Line(t, false, false, 0)).toList());
    }

    @Test
    void shouldSplitLabelRowsWithOrWithoutAColon() {
        assertThat(parse("Languages: Go, Python", "DevOps AWS, Docker, Kubernetes", "Languages golang",
                "Programming Languages C, C++, Java", "Operating Systems Linux, macOS"))
                .containsExactly("Go", "Python", "AWS", "Docker", "Kubernetes", "golang", "C", "C++", "Java", "Linux",
                        "macOS");
    }

    @Test
    void shouldNotTakeASentenceOrAnIntroAsASkill() {
        assertThat(parse("Over a year of successful remote experience in distributed teams across time zones.",
                "Experience using various tools, including:", "Git, Java",
                "I developed my knowledge during my degree, thanks to projects and laboratories.")).containsExactly(
                "Git", "Java");
    }

    @Test
    void shouldReadPhrasesRatingsAndRemarks() {
        assertThat(parse("Computer: Proficient in Windows and Mac OS, Microsoft Word, and Excel", "php ○ ○ ○ ○ ○",
                "English (Can read, write and speak fluently), Chinese", "MySQL 80% complete", "Git†", "cmake, etc."))
                .containsExactly("Windows", "Mac OS", "Microsoft Word", "Excel", "php", "English", "Chinese", "MySQL",
                        "Git", "cmake");
    }

    @Test
    void shouldKeepItemsWithBracketsWhole() {
        assertThat(parse("Version Control (Git, GitHub), C (C99)")).containsExactly("Version Control (Git, GitHub)",
                "C (C99)");
    }

    @Test
    void shouldDropWrappedLabelsEntriesAndGroupLabels() {
        assertThat(parse("Языки python, bash", "программи-", "рования", "Инструменты docker, vim", "версий",
                "Zions Bank — Peak Time Teller", "August 2016 - May 2017", "Databases", "PostgreSQL, Redis"))
                .containsExactly("python", "bash", "docker", "vim", "PostgreSQL", "Redis");
    }

    @Test
    void shouldTakeNestedItemsButNotTheirTopLevelGroups() {
        final List<Line> lines = List.of(new Line("Programming Languages and Frameworks", false, true, 0, 0),
                new Line("Python", false, true, 0, 4), new Line("Django, Flask", false, true, 0, 8),
                new Line("Operating System", false, true, 0, 0), new Line("Linux", false, true, 0, 4));
        assertThat(SkillsParser.parse(lines)).containsExactly("Python", "Django", "Flask", "Linux");
    }

    @Test
    void shouldTakeAListEndingInAFullStop() {
        assertThat(parse("Python, JavaScript, Git, SQL, Linux, AWS.")).containsExactly("Python", "JavaScript", "Git",
                "SQL", "Linux", "AWS");
    }

    @Test
    void shouldTellGroupsAboveRowsFromItemsOfAOnePerLineList() {
        assertThat(parse("Java, Kotlin", "Search", "OpenSearch, Lucene", "Streaming", "Kafka, RabbitMQ"))
                .containsExactly("Java", "Kotlin", "OpenSearch", "Lucene", "Kafka", "RabbitMQ");
    }

    @Test
    void shouldNeverDropJavaFromAList() {
        assertThat(parse("Python", "Java", "C/C++", "Java, Kotlin")).contains("Java", "Python", "C/C++", "Kotlin");
    }

    @Test
    void shouldRouteSkillGroupHeadingsToSkills() {
        for (final String heading : List.of("Specialties", "Languages and Technologies:", "IT-Kenntnisse",
                "Programming", "Tools & Technologies", "Programming Languages", "Software Tools", "APTITUDES",
                "PROGRAMMAZIONE", "Основные навыки", "专业技能和语言能力", "Markup/Templating Languages & Preprocessors")) {
            assertThat(HeadingLexicon.classify(heading, false)).as(heading).contains(SectionKind.SKILLS);
        }
        assertThat(HeadingLexicon.classify("Spoken Languages", false)).isNotEqualTo(
                java.util.Optional.of(SectionKind.SKILLS));
        assertThat(HeadingLexicon.classify("Languages", false)).contains(SectionKind.OTHER);
    }
}
