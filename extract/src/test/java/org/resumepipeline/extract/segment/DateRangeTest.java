package org.resumepipeline.extract.segment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DateRangeTest {
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "null", value = {
        "Software Engineer, Jan 2013 – Mar 2014 | 2013-01 | 2014-03 | false",
        "January 2013 - present | 2013-01 | null | true",
        "01/2019 – 03/2021 | 2019-01 | 2021-03 | false",
        "2012.10 – present | 2012-10 | null | true",
        "2016-03-01 – | 2016-03 | null | true",
        "FROM: 2016-03 TO: 2018-01 | 2016-03 | 2018-01 | false",
        "From: Jan 2013 To: Mar 2014 | 2013-01 | 2014-03 | false",
        "2014--2016 | 2014 | 2016 | false",
        "Acme 2014 – | 2014 | null | true",
        "June - September, 2023 | 2023-06 | 2023-09 | false",
        "Researcher Mar. 2016 - Exp. Jun. 2017 | 2016-03 | 2017-06 | false",
        "'19 – '21 | 2019 | 2021 | false",
        "Sept 2018 – Current | 2018-09 | null | true",
        "May 2020 to date | 2020-05 | null | true",
        "Since 2013 | 2013 | null | true",
        "März 2019 – heute | 2019-03 | null | true",
        "septembre 2017 - aujourd'hui | 2017-09 | null | true",
        "2019.03 - 至今 | 2019-03 | null | true",
        "Сентябрь 2015 — настоящее время | 2015-09 | null | true",
        "Октябрь 2022 - Текущий момент | 2022-10 | null | true",
        "ottobre 2018 - in corso | 2018-10 | null | true",
    })
    void shouldParseTheRangesPeoplePrint(final String line, final String start, final String end,
                                         final boolean current) {
        final Optional<DateRange> range = DateRange.findRange(line);
        assertThat(range).as(line).isPresent();
        assertThat(range.get().start()).isEqualTo(start);
        assertThat(range.get().end()).isEqualTo(end);
        assertThat(range.get().current()).isEqualTo(current);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "Summer 2019 | 2019",
        "2008 (3 months) | 2008",
        "Sept 2018 – May 2023 | 2018-09",
    })
    void shouldTakeALineOfDatesAloneAsDates(final String line, final String start) {
        assertThat(DateRange.alone(line)).as(line).get().extracting(DateRange::start).isEqualTo(start);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "Volunteer Swim Coach Summer 2013, 2014 | 2013 | 2014",
        "Teaching Assistant Fall 2016 & 2017, 2019 | 2016 | 2019",
        "Best Paper Award 2018 | 2018 | 2018",
    })
    void shouldEndASingleDateRepeatedInMoreYearsAtTheLastYear(final String line, final String start,
                                                                final String end) {
        assertThat(DateRange.findAny(line)).as(line).get().extracting(DateRange::start, DateRange::end)
                .containsExactly(start, end);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "Marketing 2019 campaign reached 40% more users",
        "Senior Engineer, Acme 2019",
        "Grew revenue 2019 - 30 clients",
    })
    void shouldNotReadWordsOrCountsAsMonthsOrLinesOfDates(final String line) {
        assertThat(DateRange.alone(line)).as(line).isEmpty();
        assertThat(DateRange.findRange(line)).as(line).isEmpty();
    }
}
