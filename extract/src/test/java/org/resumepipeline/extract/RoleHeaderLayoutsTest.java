package org.resumepipeline.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.charset.StandardCharsets;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.resumepipeline.model.ResumeDocument;
import org.resumepipeline.model.Role;

/**
 * Role headers in the arrangements real resumes use, written by us in the formats that carry them (plain text,
 * Markdown, HTML as exporters write it): each gives two roles with title, company, start, end and bullets.
 */
class RoleHeaderLayoutsTest {
    private static final String CONTACT = "Sam Example\nsam@example.com | +1 555 555 0100\n\n";

    static Stream<Arguments> layouts() {
        return Stream.of(
                Arguments.of("dates above the entry, 'Title for Company (Place).' (pandoc plain text)", "cv.txt",
                        CONTACT + """
                        Experience
                        ----------

                        Since 2019
                        Data Scientist for Airconomy (Frankfurt am Main, Germany).
                        Forecast passenger demand over airline networks with gradient boosting.

                        2016-2018
                        Research Engineer with Amadeus (Sophia Antipolis, France).
                        Assigned aircraft to routes with a C++ solver used by 3 airlines.

                        Education
                        ---------

                        2012-2016
                        MS in Computer Science, ENSIMAG (Grenoble, France).
                        """),
                Arguments.of("company line with its place over title and dates (Jake's layout, text)", "cv.txt",
                        CONTACT + """
                        EXPERIENCE
                        Airconomy                                   Frankfurt, Germany
                        Data Scientist                              01/2019 – Present
                        - Forecast passenger demand over airline networks with gradient boosting.
                        Amadeus                                     Sophia Antipolis, France
                        Research Engineer                           2016.03 – 2018.12
                        - Assigned aircraft to routes with a C++ solver used by 3 airlines.
                        EDUCATION
                        ENSIMAG, MS in Computer Science, 2012 – 2016
                        """),
                Arguments.of("nested Markdown list: title, company, dates, a Description label, a lazy continuation",
                        "cv.md",
                        "# Sam Example\n\nsam@example.com\n\n## Experience\n\n" + """
                        + Data Scientist
                            + [Airconomy, Frankfurt, Germany](https://example.com/airconomy)
                            + Jan 2019 - Present (5 years 2 months)
                            + Description
                                + Forecast passenger demand over airline networks with
                        gradient boosting.
                        + Research Engineer
                            + Amadeus, Sophia Antipolis, France
                            + March 2016 to December 2018 (2 years 10 months)
                            + Description
                                + Assigned aircraft to routes with a C++ solver used by 3 airlines.

                        ## Education

                        + MS in Computer Science, ENSIMAG, 2012 – 2016
                        """),
                Arguments.of("HTML grid: dates split across elements, a Highlights label, source line breaks",
                        "cv.html", """
                        <html><body><h1>Sam Example</h1><p>sam@example.com</p>
                        <section><h2>Work</h2>
                        <div><h3>Airconomy</h3><div><span>Jan 2019 –</span><span>Present</span></div>
                        <div>Data Scientist</div><div>airconomy.example</div>
                        <h4>Highlights</h4><ul><li>Forecast passenger demand over airline
                        networks with gradient boosting.</li></ul></div>
                        <div><h3>Amadeus</h3><div><span>Mar 2016 –</span><span>Dec 2018</span></div>
                        <div>Research Engineer</div>
                        <h4>Highlights</h4><ul><li>Assigned aircraft to routes with a C++
                        solver used by 3 airlines.</li></ul></div></section>
                        <section><h2>Education</h2><p>MS in Computer Science, ENSIMAG, 2012 – 2016</p></section>
                        </body></html>
                        """));
    }

    @Test
    void shouldGiveEachRoleUnderOneEmployersBannerThatEmployer() {
        final String text = CONTACT + """
                EMPLOYMENT HISTORY
                airSlate, Inc.                                   Boston, MA
                DiRECTOR OF ENGiNEERiNG                          Dec. 2021 - Present
                - Grew the engineering organisation from 20 to 65 people in two years.
                R&D TEAM LEAD, ENGiNEERiNG MANAGER               Aug. 2020 - Dec. 2021
                - Led 3 teams shipping the document workflow engine.
                YMCA, Pomona, CA | Summer 2013, 2014
                Volunteer Swim Coach
                - Instructed classes of up to 15 children on basic swimming skills.
                EDUCATION
                MS in Computer Science, Example University, 2012 - 2016
                """;
        final Extraction result = InProcess.EXTRACTOR.extract("cv.txt", text.getBytes(StandardCharsets.UTF_8));
        assertThat(result.document().roles()).extracting(Role::title, Role::company, Role::start).containsExactly(
                tuple("DIRECTOR OF ENGINEERING", "airSlate, Inc.", "2021-12"),
                tuple("R&D TEAM LEAD, ENGINEERING MANAGER", "airSlate, Inc.", "2020-08"),
                tuple("Volunteer Swim Coach", "YMCA", "2013"));
    }

    @Test
    void shouldKeepEmployerAndTitleLinesWholeAndLeaveListIntroductionsOut() {
        final String text = CONTACT + """
                Professional Experience
                Northwind - Graduate School of Applied Sciences                  Lyon, France
                Visiting Researcher - Reinforcement Learning                     Mar. 2019 - Now
                - Trained a driving policy for a small robot on 40 hours of camera footage.
                Skills and knowledge acquired:
                - Deepened PyTorch and NumPy through 3 published experiments.
                Fabrikam s.r.l.                                                  Milan, Italy
                Mobile Developer - Undergraduate Internship (250h)               Mar. 2017 - Jul. 2017
                 My tasks were:
                - Rebuilt the meeting app's booking screens used by 12 client offices.
                Education
                MS in Computer Science, Example University, 2012 - 2016
                """;
        final Extraction result = InProcess.EXTRACTOR.extract("cv.txt", text.getBytes(StandardCharsets.UTF_8));
        assertThat(result.document().roles()).extracting(Role::title, Role::company, Role::location, Role::start)
                .containsExactly(
                        tuple("Visiting Researcher – Reinforcement Learning",
                                "Northwind – Graduate School of Applied Sciences", "Lyon, France", "2019-03"),
                        tuple("Mobile Developer – Undergraduate Internship (250h)", "Fabrikam s.r.l.", "Milan, Italy",
                                "2017-03"));
        assertThat(result.document().roles()).extracting(r -> r.bullets().size()).containsExactly(2, 1);
    }

    @Test
    void shouldTakeNoParagraphAmongDatedJobsForAJob() {
        final String text = CONTACT + """
                Experience
                Data Scientist, Airconomy                                        2019 - 2023
                - Forecast passenger demand over airline networks with gradient boosting.
                Research Engineer, Amadeus                                       2016 - 2018
                - Assigned aircraft to routes with a C++ solver used by 3 airlines.
                Activities
                I was the treasurer of the campus robotics club, one of the largest student associations of the
                university, and organised its yearly contest for 300 students.
                Education
                MS in Computer Science, Example University, 2012 - 2016
                """;
        final Extraction result = InProcess.EXTRACTOR.extract("cv.txt", text.getBytes(StandardCharsets.UTF_8));
        assertThat(result.document().roles()).extracting(Role::title, Role::company)
                .containsExactly(tuple("Data Scientist", "Airconomy"), tuple("Research Engineer", "Amadeus"));
        assertThat(result.document().warnings()).doesNotContain(ResumeDocument.LOW_COVERAGE);
    }

    @Test
    void shouldTakeTheTitleAndTheEmployerFromTheirLabels() {
        final String text = CONTACT + """
                Professional Experience
                Airconomy GmbH
                Position: Data Scientist
                Period 01/2019 – 03/2023
                Forecast passenger demand over airline networks with gradient boosting for 40 airlines.
                Company: Amadeus
                Role: Research Engineer
                Period 03/2016 – 12/2018
                Assigned aircraft to routes with a C++ solver used by 3 airlines.
                Education
                MS in Computer Science, Example University, 2012 - 2016
                """;
        final Extraction result = InProcess.EXTRACTOR.extract("cv.txt", text.getBytes(StandardCharsets.UTF_8));
        assertThat(result.document().roles()).extracting(Role::title, Role::company, Role::start)
                .containsExactly(tuple("Data Scientist", "Airconomy GmbH", "2019-01"),
                        tuple("Research Engineer", "Amadeus", "2016-03"));
    }

    @Test
    void shouldReadASkillsLineUnderTheNameWhenTheResumeHasNoSkillsSection() {
        final String text = """
                Sam Example
                sam@example.com | +1 555 555 0100
                Specialties: C++, Python, Linux, Operations Research

                Experience
                Data Scientist, Airconomy                                        2019 - 2023
                - Forecast passenger demand over airline networks with gradient boosting.
                Education
                MS in Computer Science, Example University, 2012 - 2016
                """;
        final Extraction result = InProcess.EXTRACTOR.extract("cv.txt", text.getBytes(StandardCharsets.UTF_8));
        assertThat(result.document().skills()).containsExactly("C++", "Python", "Linux", "Operations Research");
        assertThat(result.document().contact().name()).isEqualTo("Sam Example");
    }

    @Test
    void shouldReadUndatedEntriesAsTitleThenDescriptionEvenWhenATitleSaysExperience() {
        final String text = "# Sam Example\n\nsam@example.com\n\n" + """
                Experience
                ----------

                **Translation Experience:**

                Translated technical manuals for three industrial clients, kept a shared glossary of
                2,000 terms and reviewed the work of two junior translators,
                with a turnaround of five days.

                * Cut review time by a third with a checklist.

                * Moved the glossary to a shared spreadsheet used by 6 people.

                **Volunteer Tutor**

                Taught weekly maths lessons to ten pupils.

                Education
                ---------

                MS in Computer Science, Example University, 2012 - 2016
                """;
        final Extraction result = InProcess.EXTRACTOR.extract("cv.md", text.getBytes(StandardCharsets.UTF_8));
        assertThat(result.document().roles()).extracting(Role::title)
                .containsExactly("Translation Experience", "Volunteer Tutor");
        assertThat(result.document().roles()).extracting(r -> r.bullets().size()).containsExactly(3, 1);
    }

    @Test
    void shouldReadLabelledDatesAndPlacesAndARoleWithoutBullets() {
        final String text = CONTACT + """
                Experience
                Vice President of Location & Services
                Google
                Date: Oct 2010 – July 2012 Location: Palo Alto, CA
                - Positioned Google Maps as the leader in mobile navigation
                Vice President of Search Products & UX
                Google
                Date: 2005 – 2010 Location: Palo Alto, CA
                Product Manager & UI Lead
                Google
                Date: Oct 2001 – July 2005 Location: Palo Alto, CA
                - Led the product management and user interaction teams
                Education
                MS in Computer Science, Example University, 1997 - 1999
                """;
        final Extraction result = InProcess.EXTRACTOR.extract("cv.txt", text.getBytes(StandardCharsets.UTF_8));
        assertThat(result.document().roles()).extracting(Role::title, Role::company, Role::location, Role::start)
                .containsExactly(tuple("Vice President of Location & Services", "Google", "Palo Alto, CA", "2010-10"),
                        tuple("Vice President of Search Products & UX", "Google", "Palo Alto, CA", "2005"),
                        tuple("Product Manager & UI Lead", "Google", "Palo Alto, CA", "2001-10"));
        assertThat(result.document().roles()).extracting(r -> r.bullets().size()).containsExactly(1, 0, 1);
    }

    @Test
    void shouldKeepATitleWrappedAfterADashAndATitleLineWithItsSpecialtyWhole() {
        final String text = CONTACT + """
                Experience
                Moxie Pest Control, Norcross, Georgia — Sales
                Representative
                January 2023 - August 2023
                - Recruited and trained a summer sales team of twelve people.
                Technology Consultant – Artificial Intelligence & Data Analytics
                3.2020 – 8.2020 Lufthansa Industry Solutions GmbH
                - Analysed fuel efficiency for the airline's fleet.
                Education
                MS in Computer Science, Example University, 2012 - 2016
                """;
        final Extraction result = InProcess.EXTRACTOR.extract("cv.txt", text.getBytes(StandardCharsets.UTF_8));
        assertThat(result.document().roles()).extracting(Role::title, Role::company, Role::start).containsExactly(
                tuple("Sales Representative", "Moxie Pest Control", "2023-01"),
                tuple("Technology Consultant – Artificial Intelligence & Data Analytics",
                        "Lufthansa Industry Solutions GmbH", "2020-03"));
    }

    @Test
    void shouldReadTitlesInOtherLanguagesOverTheirDatedEmployerLine() {
        final String text = """
                Eva Beispiel
                eva@example.com | +49 170 5550100

                Berufserfahrung
                Freiberufliche Beraterin für Datenanalyse – Nebentätigkeit
                1.2014 – 10.2016 Beispiel Raumfahrt – Europäisches Zentrum für Bahnanalyse
                - Entwicklung einer Software für die Bahnanalyse von 12 Missionen.
                Desarrolladora Fullstack (Contratista Independiente)
                Profesional Independiente Ago. 2016 - Ene. 2019
                - Desarrollo de 8 tiendas en línea para clientes pequeños.
                Akademische Laufbahn
                Master of Science in Informatik
                10.2011 – 10.2013 Beispiel Universität
                """;
        final Extraction result = InProcess.EXTRACTOR.extract("cv.txt", text.getBytes(StandardCharsets.UTF_8));
        assertThat(result.document().roles()).extracting(Role::title, Role::company, Role::start).containsExactly(
                tuple("Freiberufliche Beraterin für Datenanalyse – Nebentätigkeit",
                        "Beispiel Raumfahrt – Europäisches Zentrum für Bahnanalyse", "2014-01"),
                tuple("Desarrolladora Fullstack (Contratista Independiente)", "Profesional Independiente",
                        "2016-08"));
        assertThat(result.document().education()).extracting(e -> e.institution())
                .containsExactly("Beispiel Universität");
    }

    @Test
    void shouldEndTheHeaderAtItsSentenceAndTheJobsAtASectionTheLexiconDoesNotName() {
        final String text = CONTACT + """
                Corporate Experience
                --------------------

                Since 2019
                    Data Scientist for Airconomy (Frankfurt am Main, Germany).
                    Mining of flight booking records to forecast passenger demand over
                    airline networks.

                2016-2018
                    Research Engineer with Amadeus (Sophia Antipolis, France).
                    Assigned aircraft to routes with a C++ solver used by 3 airlines.

                Selected Open Source Contributions
                ----------------------------------

                Python
                    Author of a linear programming library, downloaded 10.000 times a month.

                Education
                ---------

                2012-2016
                    MS in Computer Science, Example University.
                """;
        final Extraction result = InProcess.EXTRACTOR.extract("cv.txt", text.getBytes(StandardCharsets.UTF_8));
        assertThat(result.document().roles()).extracting(Role::title, Role::company, r -> r.bullets().size())
                .containsExactly(tuple("Data Scientist", "Airconomy", 1), tuple("Research Engineer", "Amadeus", 1));
    }

    @Test
    void shouldReadTheDatesATimelineThemeKeepsInAnAttributeForItsStyleSheet() {
        final String html = """
                <html><head><title>cv</title><style>.item:before { content: attr(data-dates) }</style></head><body>
                <h1>Sam Example</h1><p>sam@example.com</p>
                <h2>Work History</h2>
                <div class="item" data-dates="02/1998 - 04/2004"><h4>Example College of Art</h4><p>Sculptor</p></div>
                <div class="item" data-dates="04/2004 - 06/2008"><h4>Fisher Funeral Homes Ltd</h4><p>Embalmer</p></div>
                <div class="item" data-dates="06/2011 - Present"><h4>Hooli Inc.</h4><p>Web Developer</p></div>
                <h2>Skills</h2><p>Python, Django</p>
                </body></html>
                """;
        final Extraction result = InProcess.EXTRACTOR.extract("cv.html", html.getBytes(StandardCharsets.UTF_8));
        assertThat(result.document().roles()).extracting(Role::title, Role::company, Role::start, Role::current)
                .containsExactly(tuple("Sculptor", "Example College of Art", "1998-02", false),
                        tuple("Embalmer", "Fisher Funeral Homes Ltd", "2004-04", false),
                        tuple("Web Developer", "Hooli Inc.", "2011-06", true));
    }

    @Test
    void shouldTakeTheFieldWithThePlaceForTheEmployerWhenNoWordSaysWhichIsTheTitle() {
        final String text = CONTACT + """
                Service
                Example Parish, Eugene, Oregon — Missionary Nov. 2018 - Nov. 2022
                - Taught 40 families each month in two languages.
                Education
                MS in Computer Science, Example University, 2012 - 2016
                """;
        final Extraction result = InProcess.EXTRACTOR.extract("cv.txt", text.getBytes(StandardCharsets.UTF_8));
        assertThat(result.document().roles()).extracting(Role::title, Role::company, Role::location, Role::start)
                .containsExactly(tuple("Missionary", "Example Parish", "Eugene, Oregon", "2018-11"));
    }

    @Test
    void shouldTellThePlaceFromTheEmployerAfterALegalFormABracketOrALineBreak() {
        final String text = CONTACT + """
                Experience
                Backend Developer
                Northwind Traders Ltd. Leeds   2020 – 2022
                - Cut the nightly export from 40 to 6 minutes with a streaming writer.
                Frontend Developer
                Globex Inc. Silicon Valley   2018 – 2020
                - Rebuilt the checkout page, lifting conversion by 4%.
                Flight Dynamics Engineer
                Orbital Logistics GmbH (formerly SkyCargo GmbH)   2016 – 2018
                - Planned 14 satellite manoeuvres with a Python toolkit.
                Research Intern
                Example Research Centre in Applied Sciences Sophia Antipolis (Biot), France   2015 – 2016
                - Compared 5 reinforcement learning algorithms on a small robot.
                Example Parish of Saint Mark, Eugene,
                Oregon — Missionary   2013 – 2015
                - Taught 40 families each month in two languages.
                Education
                MS in Computer Science, Example University, 2012 - 2016
                """;
        final Extraction result = InProcess.EXTRACTOR.extract("cv.txt", text.getBytes(StandardCharsets.UTF_8));
        assertThat(result.document().roles()).extracting(Role::title, Role::company, Role::location).containsExactly(
                tuple("Backend Developer", "Northwind Traders Ltd.", "Leeds"),
                tuple("Frontend Developer", "Globex Inc.", "Silicon Valley"),
                tuple("Flight Dynamics Engineer", "Orbital Logistics GmbH (formerly SkyCargo GmbH)", null),
                tuple("Research Intern", "Example Research Centre in Applied Sciences", "Sophia Antipolis Biot, France"),
                tuple("Missionary", "Example Parish of Saint Mark", "Eugene, Oregon"));
    }

    @Test
    void shouldReadEachOfficeHeldInAnOrganisationAsARoleAndAPlainMembershipAsNone() {
        final String text = CONTACT + """
                Experience
                Northwind Traders
                - 2019 – 2022: Senior Data Engineer
                - 2016 – 2019: Data Engineer
                Memberships
                IEEE Student Member
                2015 – Present
                Example Robotics Club Officer
                - 2017-Present: President
                - 2015-2017: Treasurer
                Organizations
                Member
                Open Source Society
                2014 – 2016
                Education
                MS in Computer Science, Example University, 2012 - 2016
                """;
        final Extraction result = InProcess.EXTRACTOR.extract("cv.txt", text.getBytes(StandardCharsets.UTF_8));
        assertThat(result.document().roles()).extracting(Role::title, Role::company, Role::start, Role::current)
                .containsExactly(tuple("Senior Data Engineer", "Northwind Traders", "2019", false),
                        tuple("Data Engineer", "Northwind Traders", "2016", false),
                        tuple("President", "Example Robotics Club", "2017", true),
                        tuple("Treasurer", "Example Robotics Club", "2015", false));
    }

    @Test
    void shouldKeepADescriptionParagraphOutOfTheHeaderAndTheTownOutOfTheEmployer() {
        final String text = CONTACT + """
                Experience
                Stagiaire en recherche en IA
                Swisscom Digital Lab, Lausanne   Sept. 2022 – Mars 2023
                Transferred from the data platform department to the kernel computing department and started to
                focus on the optimizer of the distributed database.
                - Designed the statistics collection that cut analyze time by 50%.
                Research Engineer
                Amadeus, Sophia-Antipolis   2016 – 2018
                - Assigned aircraft to routes with a C++ solver used by 3 airlines.
                Education
                MS in Computer Science, Example University, 2012 - 2016
                """;
        final Extraction result = InProcess.EXTRACTOR.extract("cv.txt", text.getBytes(StandardCharsets.UTF_8));
        assertThat(result.document().roles()).extracting(Role::title, Role::company, Role::location, Role::start)
                .containsExactly(tuple("Stagiaire en recherche en IA", "Swisscom Digital Lab", "Lausanne", "2022-09"),
                        tuple("Research Engineer", "Amadeus", "Sophia-Antipolis", "2016"));
        assertThat(result.document().roles().get(0).bullets()).hasSize(2);
    }

    @Test
    void shouldTakeTheLineAboveAPlaceOfItsOwnAsTheEmployer() {
        final String text = CONTACT + """
                Experiences
                Computer Center of Dept. Computer Science, NCTU
                Hsinchu, Taiwan
                Linux, Web & PC team
                August 2013 - July 2015
                - Maintained the department's mail and web servers for 2,000 users.
                Education
                MS in Computer Science, Example University, 2012 - 2016
                """;
        final Extraction result = InProcess.EXTRACTOR.extract("cv.txt", text.getBytes(StandardCharsets.UTF_8));
        assertThat(result.document().roles()).extracting(Role::title, Role::company, Role::location).containsExactly(
                tuple("Linux, Web & PC team", "Computer Center of Dept. Computer Science, NCTU", "Hsinchu, Taiwan"));
    }

    @Test
    void shouldReadJobsPrintedAfterTheSummaryWithoutAHeadingAndKeepToolLabelsOutOfBullets() {
        final String text = CONTACT + """
                Summary
                Backend engineer who ships forecasting systems for airlines.
                Airconomy
                2019/01 – present
                Data Scientist
                - Forecast passenger demand over airline networks with gradient boosting.
                Tech stack: Python, Spark, Airflow
                Amadeus
                2016/03 – 2018/12
                Research Engineer
                - Assigned aircraft to routes with a C++ solver used by 3 airlines.
                Education
                MS in Computer Science, Example University, 2012 - 2016
                """;
        final Extraction result = InProcess.EXTRACTOR.extract("cv.txt", text.getBytes(StandardCharsets.UTF_8));
        assertThat(result.document().roles()).extracting(Role::title, Role::company, Role::start).containsExactly(
                tuple("Data Scientist", "Airconomy", "2019-01"), tuple("Research Engineer", "Amadeus", "2016-03"));
        assertThat(result.document().roles()).allSatisfy(r -> assertThat(r.bullets()).hasSize(1));
    }

    @Test
    void shouldPutDatesDrawnAsAColumnOfTheirOwnBackOnTheirRoles() throws Exception {
        final Extraction result = InProcess.EXTRACTOR.extract("cv.pdf", ResumeFixtures.datesColumnLastPdf());
        assertThat(result.isOk()).as(result.message()).isTrue();
        assertThat(result.document().roles()).extracting(Role::title, Role::company, Role::start, Role::end)
                .containsExactly(tuple("Senior Software Engineer", "Acme Corp", "2021-01", null),
                        tuple("Software Engineer", "Globex Corporation", "2018-03", "2020-12"),
                        tuple("Software Engineering Intern", "Initech", "2017-06", "2017-08"));
        assertThat(result.document().roles()).allSatisfy(r -> assertThat(r.bullets()).containsExactly(
                "Cut p99 checkout latency from 800 ms to 120 ms with a Redis cache.",
                "Automated database failover, reducing MTTR from 40 to 5 minutes."));
    }

    @Test
    void shouldGiveARoleTheDatesPrintedAtTheEndOfItsFirstBulletsLine() throws Exception {
        final Extraction result = InProcess.EXTRACTOR.extract("cv.pdf", ResumeFixtures.datesAfterFirstBulletPdf());
        assertThat(result.isOk()).as(result.message()).isTrue();
        assertThat(result.document().roles()).extracting(Role::title, Role::company, Role::start, Role::end)
                .containsExactly(tuple("Senior Software Engineer", "Acme Corp", "2021-01", null),
                        tuple("Software Engineer", "Globex Corporation", "2018-03", "2020-12"));
        assertThat(result.document().roles()).allSatisfy(r -> assertThat(r.bullets()).containsExactly(
                "Cut p99 checkout latency from 800 ms to 120 ms with a Redis cache for 2M users",
                "Automated database failover, reducing MTTR from 40 to 5 minutes."));
    }

    @Test
    void shouldReadApartTheWordsOfATightlySetLine() throws Exception {
        final Extraction result = InProcess.EXTRACTOR.extract("cv.pdf", ResumeFixtures.tightlySetWordsPdf());
        assertThat(result.isOk()).as(result.message()).isTrue();
        assertThat(result.document().roles()).singleElement().satisfies(r -> assertThat(r.bullets())
                .containsExactly("Worked on my master thesis with a small robot and a team of four"));
    }

    @Test
    void shouldReadSectionLabelsPrintedInTheMarginAndTheUnmarkedLinesUnderHighlights() throws Exception {
        final Extraction result = InProcess.EXTRACTOR.extract("cv.pdf", ResumeFixtures.marginLabelsPdf());
        assertThat(result.isOk()).as(result.message()).isTrue();
        final ResumeDocument doc = result.document();
        assertThat(doc.roles()).extracting(Role::title, Role::company, Role::start)
                .containsExactly(tuple("Senior Data Engineer", "Airconomy GmbH", "2019-01"),
                        tuple("Software Engineer", "Amadeus", "2016-03"));
        assertThat(doc.roles()).extracting(r -> r.bullets().size()).containsExactly(2, 1);
        assertThat(doc.education()).extracting(e -> e.institution()).containsExactly("Example University");
        assertThat(doc.skills()).contains("Python", "Kafka", "PostgreSQL");
    }

    @Test
    void shouldPutBackTogetherDatesThatANarrowMarginColumnWrapsOverTheEntrysLines() throws Exception {
        final Extraction result = InProcess.EXTRACTOR.extract("cv.pdf", ResumeFixtures.wrappedMarginDatesPdf());
        assertThat(result.isOk()).as(result.message()).isTrue();
        final ResumeDocument doc = result.document();
        assertThat(doc.roles()).extracting(Role::title, Role::company, Role::location, Role::start, Role::end,
                        Role::current)
                .containsExactly(tuple("Senior Softwareentwickler", "Acme GmbH", "Berlin, Deutschland", "2019-10",
                                null, true),
                        tuple("Softwareentwickler", "Globex AG", "München, Deutschland", "2016-03", "2019-09", false));
        assertThat(doc.roles().get(0).bullets()).hasSize(2).last().asString().startsWith("Senkte die Latenz");
        assertThat(doc.roles().get(1).bullets()).containsExactly(
                "Automatisierte den Failover der Datenbank in 12 Rechenzentren.");
    }

    @Test
    void shouldKeepAYearWrappedUnderItsRangeAndTheLastWordsOfADescriptionOutOfTheNextHeader() throws Exception {
        final Extraction result = InProcess.EXTRACTOR.extract("cv.pdf", ResumeFixtures.wrappedYearOverPageNumbersPdf());
        assertThat(result.isOk()).as(result.message()).isTrue();
        assertThat(result.document().roles()).extracting(Role::title, Role::company, Role::start, Role::end)
                .containsExactly(tuple("Backend Engineer", "Acme Inc.", "2019-06", "2020-07"),
                        tuple("Site Reliability Engineer", "Globex Inc.", "2020-08", null));
        assertThat(result.document().roles().get(0).bullets()).hasSize(2).first().asString()
                .endsWith("every merchant of the Nordic market.");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("layouts")
    void shouldReadTitleCompanyDatesAndBulletsOfEachRole(final String layout, final String file, final String text) {
        final Extraction result = InProcess.EXTRACTOR.extract(file, text.getBytes(StandardCharsets.UTF_8));
        assertThat(result.isOk()).as(result.message()).isTrue();
        final ResumeDocument doc = result.document();
        assertThat(doc.roles()).as(layout).extracting(Role::title, Role::company)
                .containsExactly(tuple("Data Scientist", "Airconomy"), tuple("Research Engineer", "Amadeus"));
        assertThat(doc.roles().get(0).start()).startsWith("2019");
        assertThat(doc.roles().get(0).current()).isTrue();
        assertThat(doc.roles().get(1).start()).startsWith("2016");
        assertThat(doc.roles().get(1).end()).startsWith("2018");
        assertThat(doc.roles()).allSatisfy(r -> assertThat(r.bullets()).hasSize(1));
        assertThat(doc.roles().get(0).bullets().get(0))
                .isEqualTo("Forecast passenger demand over airline networks with gradient boosting.");
    }
}
