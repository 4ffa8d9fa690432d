package org.resumepipeline.extract.segment;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SkillLabelsTest {
    private final SkillLabels labels = new SkillLabels(SkillWords.DEFAULT);

    @Test
    void shouldStripALabelEndingInAHeadWord() {
        assertThat(labels.strip("Machine Learning Framework NumPy")).isEqualTo("NumPy");
        assertThat(labels.strip("Back‐end Django")).isEqualTo("Django");
        assertThat(labels.strip("Software/IDEs CLion")).isEqualTo("CLion");
    }

    @Test
    void shouldKeepASkillThatOnlyStartsWithALabelWord() {
        assertThat(labels.strip("Software Engineering")).isEqualTo("Software Engineering");
        assertThat(labels.strip("Web Design")).isEqualTo("Web Design");
        assertThat(labels.strip("Machine Learning")).isEqualTo("Machine Learning");
    }

    @Test
    void shouldTellAWholeLabel() {
        assertThat(labels.isLabel("Development Tools")).isTrue();
        assertThat(labels.isLabel("Kubernetes")).isFalse();
    }

    @Test
    void shouldReadItsWordListsFromTheResourceFile() {
        assertThat(SkillWords.DEFAULT.heads()).contains("languages", "tools");
        assertThat(SkillWords.DEFAULT.leads()).contains("proficient in");
        assertThat(SkillWords.DEFAULT.notLabels()).contains("hobbies");
    }
}
