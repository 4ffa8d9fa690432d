package org.resumepipeline.extract.segment;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.resumepipeline.model.SectionKind;

class HeadingLexiconTest {
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "Work History | EXPERIENCE", "Employment | EXPERIENCE", "Professional Experience | EXPERIENCE",
        "Relevant Experience | EXPERIENCE", "Additional Experience | EXPERIENCE", "Military Service | EXPERIENCE",
        "Research Positions | EXPERIENCE", "Teaching | EXPERIENCE", "Leadership | EXPERIENCE",
        "Berufserfahrung | EXPERIENCE", "Expérience professionnelle | EXPERIENCE", "EXPERIENCIA LABORAL | EXPERIENCE",
        "Esperienze lavorative | EXPERIENCE", "Опыт работы | EXPERIENCE", "工作经历 | EXPERIENCE",
        "Ausbildung | EDUCATION", "Formação Acadêmica | EDUCATION", "教育背景 | EDUCATION",
        "Relevante Publikationen | OTHER", "Akademische Laufbahn | EDUCATION", "Zivildienst | EXPERIENCE",
        "Selected Open Source Contributions | OTHER",
        "E X P E R I E N C E | EXPERIENCE", "Edu cation | EDUCATION", "INT ERESTS | OTHER",
        "Extracurricular Activity | EXPERIENCE", "Leadership Activities | EXPERIENCE",
        "Activities and Interests | OTHER", "Hobbies and Activities | OTHER", "Leisure Activities | OTHER",
    })
    void shouldReadTheHeadingsPeopleUse(final String heading, final SectionKind kind) {
        assertThat(HeadingLexicon.classify(heading, false)).as(heading).contains(kind);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"Educational Collaborator", "Experience with Kafka and Flink at scale.", "Data Scientist",
        "Sales Representative"})
    void shouldNotTakeATitleOrASentenceForASection(final String line) {
        assertThat(HeadingLexicon.classify(line, false)).as(line).isEmpty();
    }
}
