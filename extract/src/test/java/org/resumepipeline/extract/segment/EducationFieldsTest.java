package org.resumepipeline.extract.segment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.resumepipeline.model.Education;

class EducationFieldsTest {

    private static List<Education> parse(final String... lines) {
        return EducationParser.parse(Arrays.stream(lines).map(t -> new Line(t, false, false, 0)).toList());
    }

    @Test
    void shouldLeaveNoBracketBehindWhenTheDatesWereInParentheses() {
        assertThat(parse("B.Sc. in Physics, University of Manchester (2015 – 2018)"))
                .containsExactly(new Education("B.Sc. in Physics", "University of Manchester", "2015 – 2018"));
        assertThat(parse("Bootcamp Certificate, Backend Development, Le Wagon (, )"))
                .containsExactly(new Education("Bootcamp Certificate, Backend Development", "Le Wagon", null));
    }

    @Test
    void shouldDropThePlaceAfterTheSchool() {
        assertThat(parse("University of Massachusetts, Amherst, MA", "Bachelor of Arts (B.A.) - Political Science"))
                .extracting(Education::institution, Education::degree)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("University of Massachusetts",
                        "Bachelor of Arts (B.A.) - Political Science"));
        assertThat(parse("National Chiao Tung University Hsinchu, Taiwan", "Bachelor of Computer Science 2011 - 2015"))
                .extracting(Education::institution).containsExactly("National Chiao Tung University");
        assertThat(parse("PhD, Computer Science; Awesome University (MyTown)"))
                .extracting(Education::institution).containsExactly("Awesome University");
        assertThat(parse("MS in Computer Science in ENSIMAG (Grenoble, France)."))
                .containsExactly(new Education("MS in Computer Science", "ENSIMAG", null));
    }

    @Test
    void shouldSplitADegreeAbbreviationFromTheSchoolAndKeepTheField() {
        assertThat(parse("PhD Princeton University, Computer Science"))
                .containsExactly(new Education("PhD, Computer Science", "Princeton University", null));
        assertThat(parse("2013-2019 PhD, Genetics and Quantitative Biology; Michigan State University"))
                .containsExactly(new Education("PhD, Genetics and Quantitative Biology", "Michigan State University",
                        "2013-2019"));
    }

    @Test
    void shouldGiveOneEntryPerDegreeUnderASchoolPrintedOnce() {
        assertThat(parse("Portland State University, Sep. 2013 – Jun. 2016",
                "B.S. Mechanical Engineering, Maseeh College of Engineering and Computer Science",
                "Focus: heat and mass transfer",
                "B.S. Physics, College of Liberal Arts and Sciences",
                "Portland Community College, Sep. 2008 – Jun. 2010"))
                .extracting(Education::degree, Education::institution)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("B.S. Mechanical Engineering",
                                "Portland State University"),
                        org.assertj.core.groups.Tuple.tuple("B.S. Physics", "Portland State University"),
                        org.assertj.core.groups.Tuple.tuple(null, "Portland Community College"));
    }

    @Test
    void shouldReadDatesPrintedAboveEachEntryAndSkipDescriptions() {
        assertThat(parse("2009-2012", "PhD in Mathematics and Computer Science at G-SCOP Laboratory (Grenoble, France).",
                "Title: Integration of Fleet Deployment", "2002-2005",
                "Preparatory classes in Lycée Thiers (Marseille, France).",
                "Mathematics and Physics courses before a national competitive examination."))
                .containsExactly(
                        new Education("PhD in Mathematics and Computer Science", "G-SCOP Laboratory", "2009-2012"),
                        new Education("Preparatory classes", "Lycée Thiers", "2002-2005"));
    }

    @Test
    void shouldTakeASchoolWithoutASchoolWordFromItsPlaceInTheEntry() {
        assertThat(parse("Brigham Young Univeristy Idaho, Rexburg, Idaho —", "Business Analytics(BS) (In Progress)",
                "November 2021- May 2024", "Desert Hills High, Saint George, Utah —High School Diploma"))
                .extracting(Education::institution)
                .containsExactly("Brigham Young Univeristy Idaho", "Desert Hills High");
    }
}
