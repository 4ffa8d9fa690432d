package org.resumepipeline.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.resumepipeline.model.ResumeDocument;

/**
 * A document whose structure accounts for too little of its text is still returned, with LOW_COVERAGE and the
 * figure, so a recruiter sees "we could not read this resume well" instead of a low score.
 */
class CoverageGateTest {
    private static final String TOP = "Sam Example\nsam@example.com | +1 555 555 0100\n\n";
    private static final String EDUCATION = "\nEducation\nMS in Computer Science, Example University, 2012 - 2016\n";
    private static final String ROLES = """
            Data Scientist, Airconomy, Jan 2019 - Present
            - Forecast passenger demand over airline networks with gradient boosting.
            - Cut the forecasting pipeline's nightly run from 6 hours to 40 minutes.
            Research Engineer, Amadeus, Mar 2016 - Dec 2018
            - Assigned aircraft to routes with a C++ solver used by 3 airlines.
            - Wrote a Python suite of 20 command line tools for schedule analysis.
            """;

    private static ResumeDocument extract(final String text) {
        final Extraction result = InProcess.EXTRACTOR.extract("cv.txt", text.getBytes(StandardCharsets.UTF_8));
        assertThat(result.isOk()).as(result.message()).isTrue();
        return result.document();
    }

    @Test
    void shouldMeasureAWellReadResumeAsCoveredWithoutWarning() {
        final ResumeDocument doc = extract(TOP + "Experience\n" + ROLES + EDUCATION);
        assertThat(doc.roles()).hasSize(2);
        assertThat(doc.coverage()).isGreaterThan(0.9);
        assertThat(doc.warnings()).doesNotContain(ResumeDocument.LOW_COVERAGE);
    }

    @Test
    void shouldWarnWhenTheRolesSitUnderAHeadingNobodyRecognizes() {
        final ResumeDocument doc = extract(TOP + "Where I Have Made A Difference\n" + ROLES + EDUCATION);
        assertThat(doc.roles()).isEmpty();
        assertThat(doc.warnings()).contains(ResumeDocument.LOW_COVERAGE);
        assertThat(doc.coverage()).isNotNull().isBetween(0.0, 1.0);
    }

    @Test
    void shouldWarnWhenMostOfTheTextIsNeitherHeaderNorBullet() {
        final StringBuilder prose = new StringBuilder();
        for (int i = 0; i < 12; i++) {
            prose.append("Zxq").append(i).append(" qwv plorb snerk ").append(i).append(" vlim trab.\n");
        }
        final ResumeDocument doc = extract(prose + TOP + "Experience\n" + ROLES + EDUCATION);
        assertThat(doc.coverage()).isLessThan(0.75);
        assertThat(doc.warnings()).contains(ResumeDocument.LOW_COVERAGE);
    }
}
